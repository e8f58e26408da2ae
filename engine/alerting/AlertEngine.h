#pragma once

#include "alerting/AlertModel.h"
#include "alerting/BaselineModel.h"
#include "alerting/KnownErrors.h"
#include "alerting/Monitor.h"
#include "alerting/NotificationRouter.h"
#include "alerting/SeriesIndex.h"

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace kunren {

class ErrorTracker;
class AnomalyMonitor;
class CustomerSupport;
class SloMonitor;
class WatchdogMonitor;

// Evaluates a scenario's monitors from the telemetry at simulated time, like Datadog does every
// minute, and keeps each monitor group's state, the transitions and the notifications they caused.
//
// Nothing is scripted: a monitor fires because the data it reads crossed its threshold. evaluate()
// reads only telemetry published since the previous call. Not thread-safe: the thread that steps the
// simulation drives it (DrillSession does both).
class AlertEngine
{
public:
    static constexpr SimDuration kInterval = kMinute;

    // `errors` may be null (error-tracking monitors then never fire). The store must outlive the engine.
    AlertEngine(std::shared_ptr<const Scenario> scenario, const TelemetryStore& store, std::uint64_t seed,
                const ErrorTracker* errors = nullptr);
    ~AlertEngine();
    AlertEngine(const AlertEngine&) = delete;
    AlertEngine& operator=(const AlertEngine&) = delete;

    // Evaluates every monitor at `now` (call at each kInterval of simulated time, after the store
    // published `now`).
    void evaluate(SimTime now);
    SimTime evaluatedAt() const { return m_now; }

    // Acknowledges the open page(s) of a monitor at simulated time `at`; returns how many were open.
    int acknowledge(const std::string& monitor, SimTime at, const std::string& group = {});

    struct GroupState
    {
        std::string monitor, group;
        AlertLevel level = AlertLevel::Ok;
        SimTime since = 0;
        double value = 0.0;
        bool hasData = false;
    };

    const std::vector<AlertTransition>& transitions() const { return m_transitions; }
    const std::vector<AlertNotification>& notifications() const { return m_router.notifications(); }
    std::vector<GroupState> states() const; // every group seen so far, by monitor then group
    const std::vector<MonitorSpec>& monitors() const { return m_specs; } // the scenario's, then Watchdog's
    const MonitorSpec* monitor(const std::string& id) const;
    const SloMonitor* slo(const std::string& id) const;            // SLO status history, null for other types
    const AnomalyMonitor* anomaly(const std::string& id) const;    // per-group values, bands and flags
    const WatchdogMonitor* watchdog() const { return m_watchdog; } // stories; null when Watchdog is off
    // Monitors that cannot be evaluated (bad query, unknown metric) and why; they stay OK.
    const std::vector<std::string>& problems() const { return m_problems; }
    // Things a scenario author should know that do not stop evaluation (e.g. an SLO tighter than what
    // the topology delivers on a normal day).
    const std::vector<std::string>& notes() const { return m_notes; }
    NotificationRouter& router() { return m_router; }
    MonitorContext& context() { return *m_context; }

    // Adds an evaluator the scenario does not declare (Watchdog, customer support …). The engine owns it.
    void addEvaluator(std::unique_ptr<MonitorEvaluator> evaluator);

    // The errors of a normal day (immutable once the engine is built: safe to read or copy anywhere).
    const KnownErrors& knownErrors() const { return m_known; }

private:
    struct Group
    {
        AlertLevel level = AlertLevel::Ok;
        SimTime since = 0;
        AlertLevel pending = AlertLevel::Ok;
        SimTime pendingSince = 0;
        SimTime lastData = 0;
        double value = 0.0;
        bool hasData = false;
    };
    void apply(MonitorEvaluator& m, const MonitorReading& r, SimTime now);
    AlertLevel levelOf(std::size_t monitor, const std::string& group) const;

    std::shared_ptr<const Scenario> m_scenario;
    const TelemetryStore& m_store;
    SeriesIndex m_series;
    BaselineModel m_baseline;
    KnownErrors m_known;
    std::unique_ptr<MonitorContext> m_context;
    std::vector<MonitorSpec> m_specs;
    std::vector<std::unique_ptr<MonitorEvaluator>> m_evaluators;
    std::vector<std::map<std::string, Group>> m_groups; // by monitor index
    std::vector<AlertTransition> m_transitions;
    NotificationRouter m_router;
    std::vector<std::string> m_problems;
    std::vector<std::string> m_notes;
    std::vector<MonitorReading> m_readings; // reused between evaluations
    const WatchdogMonitor* m_watchdog = nullptr;
    std::unique_ptr<CustomerSupport> m_support;
    SimTime m_now = 0;
};

} // namespace kunren
