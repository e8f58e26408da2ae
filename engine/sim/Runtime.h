#pragma once

// The simulator's resolved, mutable view of a topology: indices instead of names, per-tick conditions
// computed from load and active faults, and the counters the metrics are built from.

#include "core/DurationBounds.h"
#include "scenario/Scenario.h"
#include "sim/LogRenderer.h"
#include "sim/Rng.h"
#include "telemetry/LogText.h"
#include "telemetry/Records.h"

#include <array>
#include <deque>
#include <optional>
#include <vector>

namespace kunren {

// A fault acting on one endpoint or edge this tick, with its current strength (intensity × magnitude).
struct ActiveFault
{
    const FaultSpec* fault = nullptr;
    double strength = 0.0;
};

// RED counters of one endpoint over the current 10 s metric window (every request, sampled or not).
struct RedWindow
{
    std::uint64_t count = 0;
    std::uint64_t errors = 0;
    double durationSum = 0.0; // seconds
    std::array<std::uint32_t, kDurationBounds.size() + 1> buckets{};
    void add(double seconds, bool error);
};

struct CallRt
{
    int service = -1;         // callee
    int endpoint = -1;        // callee endpoint (global index)
    OperationId clientOp = 0; // span recorded by the caller
    const CallSpec* spec = nullptr;
    int missService = -1; // cache miss fallback
    int missEndpoint = -1;
    OperationId missClientOp = 0;
    std::vector<ActiveFault> faults; // network / unreachable faults on this edge, this tick
};

struct StepRt
{
    std::vector<CallRt> calls;
    bool parallel = false;
};

struct EndpointRt
{
    int service = -1;
    const EndpointSpec* spec = nullptr;
    LogNormal latency;
    OperationId serverOp = 0;
    std::vector<StepRt> steps;
    std::vector<ActiveFault> faults;   // request-level faults this tick
    double workFactor = 1.0;           // work per request this tick (time and CPU), e.g. a slowed consumer
    std::vector<int> backgroundErrors; // indices into the service's errors
    std::vector<int> logs;             // indices into the service's compiled log templates
    RedWindow window;
    std::uint64_t totalCount = 0, totalErrors = 0;
    double tickCount = 0, tickLatencySum = 0;  // this tick, for Little's-law resource models
    double lastCount = 0, lastMeanLatency = 0; // previous tick
    SeriesId hitsSeries = 0, errorsSeries = 0, durationSeries = 0;
};

enum class PodState : std::uint8_t { Starting, Running, CrashLoopBackOff, Terminated };

struct Pod
{
    ResourceId resource = kNoResource;
    std::string name;
    std::string version;
    PodState state = PodState::Starting;
    SimTime readyAt = 0;
    SimTime restartAt = 0;
    SimTime lastStart = 0;
    double memory = 0;       // working set, bytes
    double leakFactor = 1.0; // per-pod spread so pods don't die in lockstep
    int restarts = 0;
    int backoffLevel = 0;
    std::uint64_t oomEvents = 0;
    bool lastTerminatedOom = false;
    bool regressed = false; // runs a bad deploy's version
    double cpuSeconds = 0;  // cumulative CPU used
    double tickCpu = 0;     // CPU demand this tick (seconds)
    std::uint64_t periods = 0, throttledPeriods = 0;
    std::vector<SeriesId> series; // per-pod metric series, in MetricsRecorder order
};

struct AutoscalerState
{
    std::deque<std::pair<SimTime, int>> recommendations; // for the scale-down stabilisation window
    int desired = 0;
    int minOverride = 0; // a manual scale-out raises the floor (and the ceiling if needed)
    int maxOverride = 0;
};

// What the trainee's mitigations changed on a component (sim/Mitigations.cpp). Defaults change nothing.
struct MitigationEffects
{
    double poolSize = 0;                     // raise-limit on a database: the new pool size (0 = as configured)
    double rateLimit = 0;                    // raise-limit on an external API: the new quota (0 = as configured)
    double memoryLimitFactor = 1.0;          // raise-limit on pods
    double consumerFactor = 1.0;             // raise-limit on a queue: more consumer instances
    int extraPods = 0;                       // pods added by hand; each opens a connection pool to its databases
    double heldConnections = 0;              // databases: connections held open by those extra pods
    SimTime unavailableUntil = 0;            // restart/failover: a database or cache is down until then
    SimTime coldSince = -1;                  // a cache emptied at this time warms up again over a few minutes
    std::vector<std::size_t> curedByRollout; // faults (scenario indices) gone once the running rollback completes
};

struct RolloutState
{
    bool active = false;
    std::string version;
    bool regressed = false;
    SimTime nextStep = 0;
    SimTime started = -1; // when the latest rollout began (-1: none during the drill)
};

// A message waiting in a queue with the context its producer gave it, as headers carry it: the publish
// span to link to, the request's attributes and the ids it was about (an order id), and whether its trace
// is recorded.
struct QueuedMessage
{
    std::uint64_t traceHigh = 0, traceLow = 0, publishSpanId = 0; // publishSpanId 0: the producer was not traced
    bool sampled = false;
    float weight = 1.0f;
    AttributeSetId attributes = 0;
    std::vector<std::pair<StringId, LogArg>> ids;
};

struct ServiceRt
{
    const ServiceSpec* spec = nullptr;
    ServiceIndex index = 0;
    ResourceId serviceResource = kNoResource;
    Rng rng;
    Rng networkRng; // the jitter of this service's outgoing network hops (its own stream: adding it moved no other
                    // draw)
    Rng fleetRng;
    std::vector<int> endpoints; // global endpoint indices
    std::vector<Pod> pods;
    std::vector<int> ready; // indices of pods that serve traffic this tick
    std::string currentVersion;
    std::string previousVersion; // what a rollback returns to (empty: never deployed during the drill)
    std::string replicaSetHash;
    AutoscalerState autoscaler;
    RolloutState rollout;
    std::vector<CompiledLogTemplate> logTemplates;
    // Debug logging left on (debug-logging fault): compiled only for services such a fault names.
    std::optional<CompiledLogTemplate> debugDump;
    double debugLines = 0.0; // request dumps per request this tick; > 0 also enables debug templates
    std::vector<ErrorId> backgroundErrorIds;

    // Conditions for this tick, computed from the previous tick's load and the active faults.
    double cpuFactor = 1.0;       // CPU per request multiplier (CPU saturation)
    double utilisation = 0.0;     // CPU demand / limit across ready pods
    double queueFactor = 1.0;     // latency multiplier from queueing
    double rejectProbability = 0; // overload shedding (503)
    double leakBytesPerSecond = 0;
    std::string leakVersion; // a leak shipped by a deploy lives only in that version's pods
    bool propagationBroken = false;
    std::string propagationMode;
    double tickCpuDemand = 0; // CPU seconds requested this tick (offered load, served or shed)
    double lastCpuDemand = 0; // the same for the previous tick

    // Stateful components.
    double poolSize = 0, poolInUse = 0, poolWaitProbability = 0, poolFailProbability = 0;
    double memoryPressure = 0, freeableMemory = 0, swapBytes = 0, memoryLatencyFactor = 1, memoryErrorProbability = 0;
    double hitRatioFactor = 1.0;
    bool cacheDown = false;
    double rateLimit = 0, throttleProbability = 0, tickAttempts = 0, lastAttempts = 0;
    std::uint64_t throttledTotal = 0, clientErrorsTotal = 0;
    double backlog = 0, consumerRateFactor = 1.0;
    std::uint64_t published = 0, consumed = 0;
    // The oldest messages of the backlog with their producers' context (at most kMaxQueuedContexts; past
    // that a message is counted in the backlog alone and its consumer starts a trace of its own).
    std::deque<QueuedMessage> messages;
    static constexpr std::size_t kMaxQueuedContexts = 200000;
    double oldestMessageAge = 0;
    std::vector<SeriesId> series; // service-level metric series
    MitigationEffects mitigation;
};

} // namespace kunren
