#pragma once

#include "scenario/Scenario.h"
#include "sim/Mitigation.h"
#include "sim/SimOptions.h"
#include "telemetry/TelemetryStore.h"

#include <memory>
#include <string>
#include <vector>

namespace kunren {

struct World;
class RequestWalker;
class MetricsRecorder;

// Totals of one component over the simulated time so far (every request, sampled or not).
struct ServiceTotals
{
    std::string name;
    std::string kind;
    std::uint64_t requests = 0;
    std::uint64_t errors = 0;
};

// Replays a scenario one simulated second at a time. Deterministic: the same scenario and seed give
// the same telemetry, byte for byte. Telemetry is appended to a store that other threads may read
// while the simulation runs (see TelemetryStore).
class Simulator
{
public:
    static constexpr SimDuration kTick = kSecond;

    explicit Simulator(std::shared_ptr<const Scenario> scenario, SimOptions options = {});
    ~Simulator();
    Simulator(const Simulator&) = delete;
    Simulator& operator=(const Simulator&) = delete;

    // Advances one tick. When a step throws (a full store), nothing of that second is published and every
    // later step throws too: the world is half-way through a second and cannot go on.
    void step();
    void runUntil(SimTime until); // steps until simulated time reaches `until`
    SimTime now() const;          // simulated time reached (end of the last tick)
    bool finished() const { return now() >= scenario().duration; }

    // A trainee's mitigation, acting on the system at now() (between two ticks). Deterministic: the same
    // mitigations at the same simulated times give the same telemetry, which is how drills are replayed.
    MitigationResult applyMitigation(const MitigationRequest& request);

    const Scenario& scenario() const;
    const TelemetryStore& telemetry() const;
    // For tools that add synthetic rows between steps (benchmarks); never while another thread steps.
    TelemetryStore& telemetryForAppend();
    double traceSampleRate() const;
    std::uint64_t seed() const;
    std::vector<ServiceTotals> totals() const;

private:
    void applyScriptedChanges();
    void generateEntryTraffic();
    void processQueues();
    void runBatchJobs();
    double dailyFactor() const;

    std::unique_ptr<World> m_world;
    std::unique_ptr<RequestWalker> m_walker;
    std::unique_ptr<MetricsRecorder> m_metrics;
    std::int64_t m_tick = 0;
    bool m_stepFailed = false;
};

} // namespace kunren
