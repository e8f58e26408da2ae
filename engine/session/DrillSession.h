#pragma once

#include "alerting/AlertEngine.h"
#include "errors/ErrorTracker.h"
#include "sim/Simulator.h"

#include <memory>

namespace kunren {

// One drill as everything that watches it sees it: the simulator, error tracking and the alert engine
// stepped together, so the CLI, the GUI worker and scoring all drive one object.
//
// step() advances the simulation one tick; every AlertEngine::kInterval of simulated time error
// tracking catches up and all monitors are evaluated. Error tracking may also be caught up in between
// (errors().update(), e.g. before a reader copies its issues): it reads published rows in order, so how often
// it catches up changes nothing it finds, and monitors read it only when they are evaluated. Not thread-safe: one
// thread drives it; readers on other threads use the telemetry store (safe) or copies of what this returns.
class DrillSession
{
public:
    explicit DrillSession(std::shared_ptr<const Scenario> scenario, SimOptions options = {});
    ~DrillSession();
    DrillSession(const DrillSession&) = delete;
    DrillSession& operator=(const DrillSession&) = delete;

    void step();
    void runUntil(SimTime until);
    SimTime now() const { return m_simulator->now(); }
    bool finished() const { return m_simulator->finished(); }

    // The trainee acknowledges a page (at the current simulated time unless `at` is given).
    int acknowledge(const std::string& monitor, std::optional<SimTime> at = std::nullopt);
    // The trainee moves the error-tracking issue with this fingerprint to `to` (at the current simulated time
    // unless `at` is given). Error tracking first catches up to the time simulated, so the issue is found and
    // resolved in the version it had reached, exactly as a replay of the same log at the same time does. A
    // refusal (no such issue yet, a transition the states do not allow) says why and changes nothing.
    TransitionResult transitionIssue(Fingerprint fingerprint, IssueState to, std::optional<SimTime> at = std::nullopt);

    Simulator& simulator() { return *m_simulator; }
    const Simulator& simulator() const { return *m_simulator; }
    const Scenario& scenario() const { return m_simulator->scenario(); }
    const TelemetryStore& telemetry() const { return m_simulator->telemetry(); }
    ErrorTracker& errors() { return *m_errors; }
    const ErrorTracker& errors() const { return *m_errors; }
    AlertEngine& alerts() { return *m_alerts; }
    const AlertEngine& alerts() const { return *m_alerts; }

    // Alert transitions, notifications and the store's system events (deploys, config changes,
    // scaling, OOM kills …) merged in time order, up to the time simulated.
    std::vector<TimelineEntry> timeline() const;

    // Brings error tracking and every monitor up to the simulated time reached (step() does this every
    // AlertEngine::kInterval; call it after stepping the Simulator directly).
    void evaluateNow();

private:
    std::unique_ptr<Simulator> m_simulator;
    std::unique_ptr<ErrorTracker> m_errors;
    std::unique_ptr<AlertEngine> m_alerts;
};

} // namespace kunren
