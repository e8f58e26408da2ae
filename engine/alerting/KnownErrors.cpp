#include "alerting/KnownErrors.h"

#include "errors/MessageNormalizer.h"
#include "sim/ErrorCatalog.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace kunren {

namespace {

// HTTP statuses an endpoint fails with on a normal day: its own baseline errors (500), its background
// errors, and what its non-degrading calls bring back — client errors pass through, 429 becomes 503,
// the rest 500; a call that can time out brings 504. Memoised per endpoint; cycles stop at depth 32.
class NormalFailures
{
public:
    NormalFailures(const Topology& t, const BaselineModel& b) : m_topology(t), m_baseline(b) {}

    const std::set<int>& statuses(const std::string& service, const std::string& endpoint, int depth = 0)
    {
        const auto key = std::make_pair(service, endpoint);
        if (const auto it = m_memo.find(key); it != m_memo.end() || depth > 32)
            return it != m_memo.end() ? it->second : m_empty;
        std::set<int>& out = m_memo[key];
        const ServiceSpec* s = m_topology.service(service);
        const EndpointSpec* e = m_topology.endpoint(service, endpoint);
        if (!s || !e)
            return out;
        if (e->errorRate > 0)
            out.insert(500);
        for (const BackgroundError& b : s->errors)
            if (b.endpoint.empty() || b.endpoint == endpoint)
                out.insert(b.status);
        for (const CallStep& step : e->steps)
            for (const CallSpec& c : step.calls) {
                if (c.onFailure == CallSpec::OnFailure::Degrade)
                    continue;
                for (int st : statuses(c.service, c.endpoint, depth + 1))
                    out.insert(st >= 400 && st < 500 && st != 429 ? st : st == 429 ? 503 : 500);
                if (timesOut(c))
                    out.insert(500);
            }
        return m_memo[key];
    }

    // A call times out on a normal day when the callee's latency passes the timeout about once a day.
    bool timesOut(const CallSpec& c) const
    {
        const EndpointBaseline* callee = m_baseline.find(c.service, c.endpoint);
        if (!callee || c.timeout <= 0 || callee->meanLatency <= 0)
            return false;
        const double sigma = std::sqrt(std::log(1.0 + callee->latencySpread * callee->latencySpread));
        const double mu = std::log(callee->meanLatency) - sigma * sigma / 2;
        const double z = (std::log(toSeconds(c.timeout)) - mu) / std::max(sigma, 1e-6);
        const double tail = 0.5 * std::erfc(z / std::sqrt(2.0));
        return tail * callee->rate * 86400.0 >= 0.5;
    }

private:
    const Topology& m_topology;
    const BaselineModel& m_baseline;
    std::map<std::pair<std::string, std::string>, std::set<int>> m_memo;
    std::set<int> m_empty;
};

} // namespace

KnownErrors::KnownErrors(const Scenario& scenario, const BaselineModel& baseline)
{
    const Topology& topology = *scenario.topology;
    TelemetryStore scratch; // the catalog interns into a store; this one is thrown away
    ErrorCatalog catalog(scratch);
    NormalFailures failures(topology, baseline);
    auto addCatalog = [&](const ServiceSpec& s, FailureCause cause, std::string_view peer, std::string_view detail,
                          int status, ServiceKind peerKind = ServiceKind::Http) {
        const ErrorId id = catalog.error(cause, s.language, s.name, peer, detail, status, peerKind);
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
                    for (int status : failures.statuses(c.service, c.endpoint))
                        addCatalog(s, FailureCause::Upstream, c.service, c.endpoint, status);
                    if (failures.timesOut(c)) {
                        // What the call's span says, and what the service then reports: the driver's own
                        // exception for a database, cache or queue; an upstream error for anything else.
                        const ServiceSpec* peer = topology.service(c.service);
                        const ServiceKind kind = peer ? peer->kind : ServiceKind::Http;
                        addCatalog(s, FailureCause::Timeout, c.service, c.endpoint, 504, kind);
                        if (!ErrorCatalog::propagatesAsIs(kind))
                            addCatalog(s, FailureCause::Upstream, c.service, c.endpoint, 504);
                    }
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

std::function<bool(const Issue&)> knownIssuePredicate(const KnownErrors& known)
{
    return [&known](const Issue& i) { return known.contains(i.service, i.type, i.title, i.message); };
}

} // namespace kunren
