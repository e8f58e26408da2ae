#pragma once

#include "scenario/Scenario.h"

#include <string>
#include <vector>

namespace kunren {

// What each endpoint looks like on a normal day, derived from the topology alone: request rate at the
// daily mean, chance a request fails, mean latency. The warm-up history before the drill (SLO windows
// reach back 30 days; anomaly bands need days of seasonality) is drawn from it: simulating 30 days at
// one-second ticks would take hours.
//
// Rates follow the call graph from the traffic entries (call probability, cache misses, queue
// consumers, batch schedules averaged); failures combine the endpoint's own baseline and background
// errors with the failures of its non-degrading calls after retries; latency adds own latency, network
// hops and calls (parallel steps take their slowest call).
struct EndpointBaseline
{
    std::string service;
    std::string endpoint;
    double rate = 0.0; // requests per second at daily factor 1
    double errorProbability = 0.0;
    double meanLatency = 0.0;   // seconds
    double latencySpread = 0.5; // coefficient of variation of one request's latency
};

class BaselineModel
{
public:
    explicit BaselineModel(const Scenario& scenario);

    const std::vector<EndpointBaseline>& endpoints() const { return m_endpoints; }
    const EndpointBaseline* find(std::string_view service, std::string_view endpoint) const;
    // Endpoints of `service` whose name is `endpoint` (all of them when `endpoint` is empty).
    std::vector<const EndpointBaseline*> select(std::string_view service, std::string_view endpoint) const;

private:
    int index(std::string_view service, std::string_view endpoint) const;
    void solve(int e, int depth);

    const Topology& m_topology;
    std::vector<EndpointBaseline> m_endpoints;
    std::vector<const EndpointSpec*> m_specs;
    std::vector<const ServiceSpec*> m_services;
    std::vector<char> m_solved;
};

} // namespace kunren
