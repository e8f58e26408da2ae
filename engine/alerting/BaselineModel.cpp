#include "alerting/BaselineModel.h"

#include "sim/Rng.h"

#include <algorithm>
#include <cmath>

namespace kunren {

namespace {
constexpr double kNetworkSeconds = 0.0002; // one hop, as the request walker adds
}

BaselineModel::BaselineModel(const Scenario& scenario) : m_topology(*scenario.topology)
{
    for (const ServiceSpec& s : m_topology.services)
        for (const EndpointSpec& e : s.endpoints) {
            m_endpoints.push_back({s.name, e.name, 0.0, 0.0, 0.0, 0.5});
            m_specs.push_back(&e);
            m_services.push_back(&s);
        }
    m_solved.assign(m_endpoints.size(), 0);
    for (std::size_t i = 0; i < m_endpoints.size(); ++i)
        solve(static_cast<int>(i), 0);

    // Rates: push each entry's traffic down the call graph, in topological order by repeated relaxation
    // (call graphs are shallow and acyclic; the loader rejects cycles).
    std::vector<double> own(m_endpoints.size(), 0.0);
    for (const TrafficEntry& t : scenario.traffic.entries)
        if (const int i = index(t.service, t.endpoint); i >= 0)
            own[static_cast<std::size_t>(i)] += t.rate;
    for (const ServiceSpec& s : m_topology.services)
        if (s.schedule && s.schedule->every > 0)
            if (const int i = index(s.name, s.schedule->endpoint); i >= 0)
                own[static_cast<std::size_t>(i)] += s.schedule->items / toSeconds(s.schedule->every);
    std::vector<double> rate = own;
    for (int pass = 0; pass < 12; ++pass) {
        std::vector<double> next = own;
        for (std::size_t i = 0; i < m_endpoints.size(); ++i) {
            if (rate[i] <= 0)
                continue;
            auto push = [&](std::string_view service, std::string_view endpoint, double share) {
                if (const int j = index(service, endpoint); j >= 0)
                    next[static_cast<std::size_t>(j)] += rate[i] * share;
            };
            for (const CallStep& step : m_specs[i]->steps)
                for (const CallSpec& c : step.calls) {
                    push(c.service, c.endpoint, c.probability);
                    if (c.onMiss) {
                        const EndpointSpec* cache = m_topology.endpoint(c.service, c.endpoint);
                        push(c.onMiss->first, c.onMiss->second,
                             c.probability * (1.0 - (cache ? cache->hitRatio : 1.0)));
                    }
                }
            // A queue topic's messages reach its consumer's endpoint.
            const ServiceSpec& s = *m_services[i];
            if (s.kind == ServiceKind::Queue && !s.resource.consumer.empty())
                push(s.resource.consumer, s.resource.consumerEndpoint, 1.0);
        }
        if (next == rate)
            break;
        rate = std::move(next);
    }
    for (std::size_t i = 0; i < m_endpoints.size(); ++i)
        m_endpoints[i].rate = rate[i];
}

int BaselineModel::index(std::string_view service, std::string_view endpoint) const
{
    for (std::size_t i = 0; i < m_endpoints.size(); ++i)
        if (m_endpoints[i].service == service && m_endpoints[i].endpoint == endpoint)
            return static_cast<int>(i);
    return -1;
}

void BaselineModel::solve(int e, int depth)
{
    const auto i = static_cast<std::size_t>(e);
    if (m_solved[i] || depth > 32)
        return;
    m_solved[i] = 1; // a cycle (rejected by the loader anyway) stops here
    const EndpointSpec& spec = *m_specs[i];
    const ServiceSpec& service = *m_services[i];
    const LogNormal own = LogNormal::fit(static_cast<double>(spec.latency.p50), static_cast<double>(spec.latency.p99));
    double latency = own.mean() / 1e6;
    double ok = 1.0 - spec.errorRate;
    for (const BackgroundError& b : service.errors)
        if (b.endpoint.empty() || b.endpoint == spec.name)
            ok *= 1.0 - std::clamp(b.rate, 0.0, 1.0);
    for (const CallStep& step : spec.steps) {
        double longest = 0.0;
        for (const CallSpec& c : step.calls) {
            const int j = index(c.service, c.endpoint);
            if (j < 0)
                continue;
            solve(j, depth + 1);
            const EndpointBaseline& callee = m_endpoints[static_cast<std::size_t>(j)];
            double callLatency = callee.meanLatency + kNetworkSeconds;
            double fail = callee.errorProbability;
            if (c.onMiss) {
                const int k = index(c.onMiss->first, c.onMiss->second);
                if (k >= 0) {
                    solve(k, depth + 1);
                    const double miss = 1.0 - m_specs[static_cast<std::size_t>(j)]->hitRatio;
                    callLatency += miss * (m_endpoints[static_cast<std::size_t>(k)].meanLatency + kNetworkSeconds);
                    fail = miss * m_endpoints[static_cast<std::size_t>(k)].errorProbability;
                }
            }
            const double afterRetries = std::pow(std::clamp(fail, 0.0, 1.0), c.retries + 1);
            if (c.onFailure == CallSpec::OnFailure::Fail)
                ok *= 1.0 - c.probability * afterRetries;
            if (step.parallel)
                longest = std::max(longest, c.probability * callLatency);
            else
                latency += c.probability * callLatency;
        }
        latency += longest;
    }
    EndpointBaseline& b = m_endpoints[i];
    b.errorProbability = std::clamp(1.0 - ok, 0.0, 1.0);
    b.meanLatency = latency;
    b.latencySpread = std::sqrt(std::max(0.0, std::exp(own.sigma * own.sigma) - 1.0));
}

const EndpointBaseline* BaselineModel::find(std::string_view service, std::string_view endpoint) const
{
    const int i = index(service, endpoint);
    return i >= 0 ? &m_endpoints[static_cast<std::size_t>(i)] : nullptr;
}

std::vector<const EndpointBaseline*> BaselineModel::select(std::string_view service, std::string_view endpoint) const
{
    std::vector<const EndpointBaseline*> out;
    for (const EndpointBaseline& b : m_endpoints)
        if (b.service == service && (endpoint.empty() || b.endpoint == endpoint))
            out.push_back(&b);
    return out;
}

} // namespace kunren
