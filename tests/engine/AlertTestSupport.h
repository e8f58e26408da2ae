#pragma once

// Monitors and drills for the alerting suites, on the small test topology (TestTopology.h).

#include "TestTopology.h"

#include "session/DrillSession.h"

#include <algorithm>
#include <memory>

namespace kunren::test {

inline MonitorSpec sloMonitor(std::string id, std::string scope, double slo, RouteKind route = RouteKind::Page)
{
    MonitorSpec m;
    m.id = std::move(id);
    m.type = "slo";
    m.name.en = m.id;
    m.query = std::move(scope);
    m.slo = slo;
    m.route = route;
    return m;
}

inline MonitorSpec metricMonitor(std::string id, std::string query, std::optional<double> warning,
                                 std::optional<double> critical, RouteKind route = RouteKind::Channel)
{
    MonitorSpec m;
    m.id = std::move(id);
    m.type = "metric";
    m.name.en = m.id;
    m.query = std::move(query);
    m.warning = warning;
    m.critical = critical;
    m.route = route;
    return m;
}

// A quiet scenario: watchdog and customer support off unless a test turns them on, so a test sees
// only the monitors it declares.
inline std::shared_ptr<Scenario> alertScenario(std::vector<FaultSpec> faults, std::vector<MonitorSpec> monitors,
                                               SimDuration duration = 20 * kMinute)
{
    auto sc = scenarioWith(std::move(faults), duration);
    sc->monitors = std::move(monitors);
    sc->watchdog.enabled = false;
    sc->support.enabled = false;
    return sc;
}

inline std::unique_ptr<DrillSession> runDrill(std::shared_ptr<Scenario> scenario, SimTime until,
                                              SimOptions options = {})
{
    auto session = std::make_unique<DrillSession>(std::move(scenario), options);
    session->runUntil(until);
    return session;
}

inline std::vector<AlertTransition> transitionsOf(const DrillSession& s, const std::string& monitor)
{
    std::vector<AlertTransition> out;
    for (const AlertTransition& t : s.alerts().transitions())
        if (t.monitor == monitor)
            out.push_back(t);
    return out;
}

inline const AlertTransition* firstTo(const DrillSession& s, const std::string& monitor, AlertLevel level)
{
    for (const AlertTransition& t : s.alerts().transitions())
        if (t.monitor == monitor && t.to == level)
            return &t;
    return nullptr;
}

inline std::size_t countPosts(const DrillSession& s, AlertChannel channel, AlertNotification::Kind kind,
                              const std::string& monitor = {})
{
    const auto& posts = s.alerts().notifications();
    return static_cast<std::size_t>(std::count_if(posts.begin(), posts.end(), [&](const AlertNotification& n) {
        return n.channel == channel && n.kind == kind && (monitor.empty() || n.monitor == monitor);
    }));
}

inline FaultSpec errorFault(std::string service, std::string endpoint, SimTime start, double probability,
                            SimDuration duration = 0)
{
    FaultSpec f = fault(FaultKind::Errors, std::move(service), std::move(endpoint), start, probability);
    f.duration = duration;
    f.status = 500;
    f.errorType = "java.lang.IllegalStateException";
    f.errorMessage = "boom";
    return f;
}

} // namespace kunren::test
