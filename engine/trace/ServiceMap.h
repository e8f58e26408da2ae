#pragma once

#include "telemetry/TelemetryStore.h"

#include <string>
#include <string_view>
#include <vector>

namespace kunren {

enum class NodeHealth : std::uint8_t { Ok, Warning, Critical };
std::string_view nodeHealthName(NodeHealth health);

// Health thresholds. Error rate: ≥ warningErrorRate → warning, ≥ criticalErrorRate → critical. Latency:
// p95 against the node's own p95 in the window of the same length just before (the baseline), ×1.5 →
// warning and ×3 → critical, when that baseline holds at least minBaselineSpans spans; otherwise against
// fixed p95 limits. The worse of the two verdicts wins.
struct ServiceMapOptions
{
    double warningErrorRate = 0.01;
    double criticalErrorRate = 0.05;
    double warningLatencyFactor = 1.5;
    double criticalLatencyFactor = 3.0;
    double warningP95Ms = 1000.0;
    double criticalP95Ms = 3000.0;
    std::size_t minBaselineSpans = 20;
    bool baseline = true; // false: fixed latency limits only (one pass instead of two)
};

// A service, or a managed component (database, cache, queue, external API) seen through its callers.
struct MapNode
{
    ServiceIndex service = kNoService;
    std::string_view name;
    std::uint8_t kind = 0;    // ServiceKind
    bool managed = false;     // no spans of its own: figures are client-observed
    std::size_t spans = 0;    // sampled spans behind the figures
    double requests = 0.0;    // estimated (weighted) requests in the window
    double requestRate = 0.0; // per second
    double errorRate = 0.0;   // 0–1
    double p50Ms = 0.0, p95Ms = 0.0;
    double baselineP95Ms = 0.0; // 0 when no baseline
    NodeHealth health = NodeHealth::Ok;
    std::string healthReason;
};

// Calls from one component to another: CLIENT/PRODUCER spans to managed components, SERVER/CONSUMER
// spans whose parent belongs to another service (figures from the caller's client span when there is one),
// and queue → consumer: CONSUMER spans of a destination that producers publish to a queue (figures from
// the consumer's spans; consumers start their own traces, so no parent links them).
struct MapEdge
{
    ServiceIndex from = kNoService, to = kNoService;
    std::string_view fromName, toName;
    std::size_t spans = 0;
    double requests = 0.0;
    double requestRate = 0.0;
    double errorRate = 0.0;
    double p50Ms = 0.0, p95Ms = 0.0;
};

struct ServiceMap
{
    SimTime from = 0, to = 0;
    std::vector<MapNode> nodes; // by name
    std::vector<MapEdge> edges; // by caller, then callee

    const MapNode* node(std::string_view name) const;
    const MapEdge* edge(std::string_view from, std::string_view to) const;
    // Every component reachable by following calls from (downstream) or to (upstream) `name`, by name.
    std::vector<std::string_view> downstreamOf(std::string_view name) const;
    std::vector<std::string_view> upstreamOf(std::string_view name) const;
    // calledServices()[s] != 0 when service s has an incoming edge (for AssembleOptions).
    std::vector<char> calledServices() const;
};

// The map of spans in traces that started in [from, to), reading only rows below `counts`. Rates divide by
// the part of the window already simulated. Traces are weighted (TraceRecord::weight) so sampled traces
// estimate true request counts; percentiles are weighted too.
ServiceMap buildServiceMap(const TelemetryStore& store, const TelemetryCounts& counts, SimTime from, SimTime to,
                           const ServiceMapOptions& options = {});

} // namespace kunren
