#include "alerting/KnownErrors.h"

#include "errors/MessageNormalizer.h"
#include "sim/ErrorCatalog.h"

namespace kunren {

KnownErrors::KnownErrors(const Scenario& scenario, const BaselineModel& baseline)
{
    const Topology& topology = *scenario.topology;
    TelemetryStore scratch; // the catalog interns into a store; this one is thrown away
    ErrorCatalog catalog(scratch);
    auto addCatalog = [&](const ServiceSpec& s, FailureCause cause, std::string_view peer, std::string_view detail,
                          int status) {
        const ErrorId id = catalog.error(cause, s.language, s.name, peer, detail, status);
        const ErrorInfo& info = scratch.error(id);
        m_exact.emplace(s.name, std::string(scratch.str(info.type)), normalizeMessage(scratch.str(info.message)));
    };
    for (const ServiceSpec& s : topology.services) {
        for (const BackgroundError& b : s.errors) {
            const std::size_t brace = b.message.find('{');
            if (brace == std::string::npos)
                m_exact.emplace(s.name, b.type, normalizeMessage(b.message));
            else
                m_prefixes.emplace_back(s.name, b.type, b.message.substr(0, brace));
        }
        for (const EndpointSpec& e : s.endpoints) {
            if (e.errorRate > 0)
                addCatalog(s, FailureCause::Unexpected, s.name, {}, 500);
            for (const CallStep& step : e.steps)
                for (const CallSpec& c : step.calls) {
                    const EndpointBaseline* callee = baseline.find(c.service, c.endpoint);
                    if (!callee || callee->errorProbability <= 0 || c.onFailure == CallSpec::OnFailure::Degrade)
                        continue;
                    addCatalog(s, FailureCause::Upstream, c.service, c.endpoint, 500);
                    if (const ServiceSpec* peer = topology.service(c.service))
                        for (const BackgroundError& b : peer->errors)
                            if (b.endpoint.empty() || b.endpoint == c.endpoint)
                                addCatalog(s, FailureCause::Upstream, c.service, c.endpoint, b.status);
                }
        }
    }
}

bool KnownErrors::contains(const std::string& service, const std::string& type, const std::string& title,
                           const std::string& message) const
{
    if (m_exact.count({service, type, title}))
        return true;
    for (const auto& [s, t, prefix] : m_prefixes)
        if (s == service && t == type && message.compare(0, prefix.size(), prefix) == 0)
            return true;
    return false;
}

} // namespace kunren
