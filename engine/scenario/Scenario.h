#pragma once

#include "scenario/Topology.h"

#include <memory>
#include <optional>

namespace kunren {

// The failure mechanisms a scenario can inject. Each changes the simulated system, never telemetry directly.
enum class FaultKind : std::uint8_t {
    Latency,               // extra own latency on a service/endpoint (multiplier = 1 + magnitude)
    Errors,                // error injection: magnitude = error probability, with status and exception
    BadDeploy,             // rolls out a new version whose pods carry a regression (errors/latency)
    MemoryLeak,            // working set grows by magnitude MiB/min per pod → OOMKilled → CrashLoopBackOff
    CpuSaturation,         // CPU per request multiplied by 1 + magnitude → throttling, queueing
    TrafficSpike,          // entry traffic multiplied by 1 + magnitude
    DbConnectionPool,      // database pool shrinks to (1 - magnitude) of its size → waits, timeouts
    DbMemoryPressure,      // database freeable memory shrinks by magnitude (0–1) → slow queries, errors
    CacheFailure,          // cache hit ratio drops by magnitude (0–1); at 1 the cache errors out
    ExternalRateLimit,     // external API limit reduced to (1 - magnitude) of its rate → 429s
    DependencyUnreachable, // calls from `from` to `to` fail to connect (config change)
    Network,               // latency (ms = magnitude), loss (probability) or partition between two services
    QueueConsumerLag,      // queue consumers slowed to (1 - magnitude) of their rate
    TracePropagation,      // a service stops propagating trace context (and drops tags)
    BusinessErrors,        // requests fail for business reasons (e.g. expired cards): not a system fault
    DebugLogging,          // debug logging left on: debug templates plus magnitude request dumps per request
};

// Which part of the traffic a fault touches; empty fields match everything.
struct TrafficSlice
{
    std::string attribute; // request attribute key, e.g. payment.method
    std::string value;     // its value, e.g. card
    std::string version;   // only pods running this version
    std::string region;    // only this region
    bool empty() const { return attribute.empty() && version.empty() && region.empty(); }
};

struct FaultSpec
{
    std::string id;
    FaultKind kind = FaultKind::Latency;
    std::string service;  // the component the fault lives in
    std::string endpoint; // optional: one endpoint only
    std::string to;       // Network/DependencyUnreachable: the callee
    SimTime start = 0;
    SimDuration ramp = 0;     // linear rise from 0 to full magnitude
    SimDuration duration = 0; // 0 = until the end of the drill
    double magnitude = 1.0;
    TrafficSlice slice;
    // Kind-specific details.
    int status = 500;         // Errors/BusinessErrors: HTTP status
    std::string errorType;    // Errors/BusinessErrors: exception class
    std::string errorMessage; // Errors/BusinessErrors: message
    std::string version;      // BadDeploy: the version rolled out
    // Variant of the kind. Network: latency (default) | loss | partition. BadDeploy: errors (default) | latency.
    // DependencyUnreachable: refused (default) | dns. TracePropagation: fragment (default) | orphan-parent.
    std::string mode;
    std::string event; // id of the event that triggers this fault, if any

    // Fraction of full strength at time t: 0 before start, ramping up, 1 until the end, 0 after.
    double intensity(SimTime t) const;
};

enum class EventKind : std::uint8_t { Deploy, ConfigChange, FlagFlip, Scaling, Note };

// Something that happens in the system and is visible in the events stream (deploys, config changes …).
struct EventSpec
{
    std::string id;
    EventKind kind = EventKind::Note;
    SimTime at = 0;
    std::string service;
    std::string version; // Deploy
    LocalizedText title;
};

enum class RouteKind : std::uint8_t { Page, Channel, None };

// How a monitor compares its value with its thresholds.
enum class MonitorComparator : std::uint8_t { Above, AboveOrEqual, Below, BelowOrEqual };

// One pair of a multi-window, multi-burn-rate SLO alert: both windows must burn faster than `burnRate`.
struct BurnRateTierSpec
{
    SimDuration longWindow = kHour;
    SimDuration shortWindow = 5 * kMinute;
    double burnRate = 14.4;
    bool page = true; // page tiers raise ALERT; ticket tiers raise WARN (non-urgent channel)
};

// A monitor as declared; evaluated by the alerting engine (engine/alerting) from the telemetry.
// Which fields matter depends on the type; docs/SCENARIOS.md §3.6 lists them per type.
struct MonitorSpec
{
    std::string id;
    std::string type; // metric | slo | anomaly | log | error-tracking | kubernetes
    LocalizedText name;
    std::string query;     // metric query, search query or anomalies(...), type-specific
    LocalizedText message; // the notification text (what it means, what to do first)
    std::optional<double> warning;
    std::optional<double> critical;
    std::optional<double> recovery; // ALERT ends only once the value is back past this
    MonitorComparator comparator = MonitorComparator::Above;
    std::string aggregation = "avg"; // time aggregation over the window: avg | max | min | sum | last
    SimDuration window = 5 * kMinute;
    SimDuration holdFor = 0;   // "for": the condition must hold this long before it alerts
    bool notifyNoData = false; // a group whose data stops goes to NO DATA (else it keeps its state)
    RouteKind route = RouteKind::Channel;
    SimDuration renotify = 0; // page route: pager re-notification interval (0 = 5 minutes)
    std::string runbook;      // id of a runbook
    std::string service;      // the service it is about
    std::string rule;         // kubernetes monitors: hpa-at-max, crash-looping, oom-killed, restarts, …
    // slo monitors
    double slo = 0.0; // objective, e.g. 0.999
    SimDuration sloPeriod = 30 * 24 * kHour;
    std::vector<BurnRateTierSpec> tiers; // empty = 14.4 (1h/5m) page, 6 (6h/30m) page, 1 (3d/6h) ticket
    double minRequests = 20;             // a window with fewer requests never burns (low-traffic guard)
    double budgetSpentBefore = 0.0;      // error budget already spent in the period when the drill starts
    SimDuration latencyThreshold = 0;    // > 0: latency SLO, good = faster than this
};

// Watchdog: automatic anomaly detection on every service (on unless a scenario turns it off).
struct WatchdogSpec
{
    bool enabled = true;
    double sensitivity = 3.0; // band width in robust standard deviations
    RouteKind route = RouteKind::Channel;
};

// Customer-support inquiries: users who hit errors or slowness complain after a delay.
struct SupportSpec
{
    bool enabled = true;
    double complaintProbability = 0.01; // per failed or very slow request at an entry point
    SimDuration minDelay = 3 * kMinute;
    SimDuration maxDelay = 12 * kMinute;
};

struct RunbookSpec
{
    std::string id;
    LocalizedText title;
    LocalizedText body;
};

struct HintSpec
{
    SimTime after = 0; // available from this simulated time
    LocalizedText text;
};

// What the trainee should find. Used by scoring; never shown during the drill.
struct AnswerKey
{
    std::string component;
    std::string mechanism;                 // taxonomy id: bad-deploy, resource-exhaustion, capacity, …
    std::string trigger;                   // event id, empty when there is no trigger event
    std::vector<std::string> alternatives; // other acceptable components
    std::string mitigation;                // rollback, scale-out, raise-limit, restart, failover, disable-flag, none
    LocalizedText explanation;
};

struct TargetTimes
{
    SimDuration detect = 5 * kMinute;
    SimDuration rootCause = 15 * kMinute;
    SimDuration mitigate = 25 * kMinute;
};

struct Scenario
{
    std::string id;
    LocalizedText title;
    std::string difficulty = "beginner";
    SimDuration duration = 30 * kMinute;
    std::uint64_t seed = 1;
    std::int64_t startsAtUnixNanos = 0; // wall-clock label of simulated time 0 (for timestamps only)
    int utcOffsetMinutes = 0;           // for the daily traffic pattern
    LocalizedText briefing;
    std::shared_ptr<const Topology> topology;
    TrafficSpec traffic; // effective traffic: the scenario's, else the topology's
    std::vector<FaultSpec> faults;
    std::vector<EventSpec> events;
    std::vector<MonitorSpec> monitors;
    WatchdogSpec watchdog;
    SupportSpec support;
    std::vector<RunbookSpec> runbooks;
    std::vector<HintSpec> hints;
    AnswerKey answer;
    TargetTimes targets;
    std::vector<std::string> teaches;
    std::string sourcePath;
};

const char* toString(FaultKind kind);
std::optional<FaultKind> faultKindFromString(std::string_view s);
const char* toString(EventKind kind);
std::optional<EventKind> eventKindFromString(std::string_view s);

} // namespace kunren
