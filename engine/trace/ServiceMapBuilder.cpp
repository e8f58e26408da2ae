// One pass over the spans of the traces in a window, tallying nodes and edges (see ServiceMap.h).
#include "trace/LatencyHistogram.h"
#include "trace/ServiceMap.h"
#include "trace/TraceWindow.h"

#include "core/ServiceKind.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <deque>
#include <unordered_map>

namespace kunren {

namespace {

bool isManaged(std::uint8_t kind)
{
    const auto k = static_cast<ServiceKind>(kind);
    return k == ServiceKind::Database || k == ServiceKind::Cache || k == ServiceKind::Queue ||
           k == ServiceKind::External;
}

bool isCall(SpanKind k) { return k == SpanKind::Client || k == SpanKind::Producer; }
bool isServed(SpanKind k) { return k == SpanKind::Server || k == SpanKind::Consumer; }

// What the loop needs of an operation, resolved once so the hot loop does no lookups of its own.
struct OpRole
{
    ServiceIndex service = kNoService;
    std::int32_t node = -1;      // tally this span on that node (callee for calls to managed components)
    std::int32_t edge = -1;      // calls to managed components: their edge slot
    std::int32_t queueEdge = -1; // CONSUMER spans of a queue's messages: the queue → consumer edge slot
    bool served = false;         // SERVER/CONSUMER: may join its caller's span (an edge to an instrumented service)
    bool call = false;           // CLIENT/PRODUCER
};

struct Tally
{
    std::size_t spans = 0;
    double errors = 0.0;
    LatencyHistogram latency; // its total is the weighted request count

    void add(const SpanRecord& s, double w)
    {
        ++spans;
        if (s.status == SpanStatus::Error)
            errors += w;
        latency.add(s.durationUs, w);
    }
};

struct Tallies
{
    std::size_t services = 0;
    std::vector<Tally> nodes;           // by service
    std::vector<std::int32_t> edgeSlot; // from * services + to → index in edges, −1 if none
    std::vector<std::pair<ServiceIndex, ServiceIndex>> edgeKeys;
    std::deque<Tally> edges; // stable addresses while slots are added

    explicit Tallies(std::size_t n) : services(n), nodes(n), edgeSlot(n * n, -1) {}

    std::int32_t edgeIndex(ServiceIndex from, ServiceIndex to)
    {
        std::int32_t& slot = edgeSlot[std::size_t{from} * services + to];
        if (slot < 0) {
            slot = static_cast<std::int32_t>(edges.size());
            edgeKeys.emplace_back(from, to);
            edges.emplace_back();
        }
        return slot;
    }
};

std::vector<OpRole> resolveOps(const TelemetryStore& store, const TelemetryCounts& counts,
                               const std::vector<std::uint8_t>& kinds, Tallies& t)
{
    std::vector<OpRole> ops(counts.operations);
    // Which queue carries each destination: its producers name it (messaging.destination.name). Consumers
    // start traces of their own, so the queue → consumer edge comes from the destination, not a parent span.
    std::unordered_map<StringId, ServiceIndex> queueOf;
    for (std::size_t i = 0; i < counts.operations; ++i) {
        const OperationInfo& op = store.operation(static_cast<OperationId>(i));
        if (op.kind == SpanKind::Producer && op.destination != kNoString && op.peer < counts.services &&
            static_cast<ServiceKind>(kinds[op.peer]) == ServiceKind::Queue)
            queueOf.emplace(op.destination, op.peer);
    }
    for (std::size_t i = 0; i < counts.operations; ++i) {
        const OperationInfo& op = store.operation(static_cast<OperationId>(i));
        if (op.service >= counts.services)
            continue;
        OpRole& r = ops[i];
        r.service = op.service;
        r.call = isCall(op.kind);
        r.served = isServed(op.kind);
        if (r.call) {
            // Managed components have no spans of their own: their callers' spans are all we know.
            if (op.peer < counts.services && isManaged(kinds[op.peer])) {
                r.node = op.peer;
                r.edge = t.edgeIndex(op.service, op.peer);
            }
        } else {
            r.node = op.service;
        }
        if (op.kind == SpanKind::Consumer && op.destination != kNoString)
            if (const auto q = queueOf.find(op.destination); q != queueOf.end() && q->second != op.service)
                r.queueEdge = t.edgeIndex(q->second, op.service);
    }
    return ops;
}

void tally(const TelemetryStore& store, const TelemetryCounts& counts, const std::vector<OpRole>& ops, SimTime from,
           SimTime to, Tallies& t)
{
    const TraceRange range = tracesStartingIn(store, counts.traces, from, to);
    for (std::size_t ti = range.first; ti < range.last; ++ti) {
        const TraceRecord& tr = store.trace(static_cast<TraceIndex>(ti));
        if (tr.start < from || tr.start >= to)
            continue;
        const double w = tr.weight;
        const std::size_t first = tr.firstSpan;
        const std::size_t last = std::min<std::size_t>(first + tr.spanCount, counts.spans);
        for (std::size_t i = first; i < last; ++i) {
            const SpanRecord& s = store.span(i);
            const OpRole& role = ops[s.operation];
            if (role.node < 0)
                continue;
            if (role.call) {
                t.nodes[static_cast<std::size_t>(role.node)].add(s, w);
                t.edges[static_cast<std::size_t>(role.edge)].add(s, w);
                continue;
            }
            // INTERNAL roots (batch jobs) are requests of their service too.
            const bool root = s.parent == kNoParent;
            if (role.served || root)
                t.nodes[static_cast<std::size_t>(role.node)].add(s, w);
            if (role.queueEdge >= 0)
                t.edges[static_cast<std::size_t>(role.queueEdge)].add(s, w);
            // An edge to an instrumented service exists only where the callee's span joined the caller's
            // trace: broken propagation removes it, as it does in real service maps.
            if (role.served && !root && first + s.parent < last) {
                const SpanRecord& p = store.span(first + s.parent);
                const OpRole& caller = ops[p.operation];
                if (caller.service != kNoService && caller.service != role.service)
                    t.edges[static_cast<std::size_t>(t.edgeIndex(caller.service, role.service))].add(
                        caller.call ? p : s, w);
            }
        }
    }
}

void finishHealth(MapNode& n, const ServiceMapOptions& o)
{
    char text[160];
    auto raise = [&n](NodeHealth h, const char* why) {
        if (h > n.health) {
            n.health = h;
            n.healthReason = why;
        }
    };
    if (n.errorRate >= o.warningErrorRate) {
        std::snprintf(text, sizeof text, "error rate %.1f %%", n.errorRate * 100.0);
        raise(n.errorRate >= o.criticalErrorRate ? NodeHealth::Critical : NodeHealth::Warning, text);
    }
    if (n.baselineP95Ms > 0.0) {
        const double factor = n.p95Ms / n.baselineP95Ms;
        if (factor >= o.warningLatencyFactor) {
            std::snprintf(text, sizeof text, "p95 %.1f ms is %.1fx its baseline %.1f ms", n.p95Ms, factor,
                          n.baselineP95Ms);
            raise(factor >= o.criticalLatencyFactor ? NodeHealth::Critical : NodeHealth::Warning, text);
        }
    } else if (n.p95Ms >= o.warningP95Ms) {
        std::snprintf(text, sizeof text, "p95 %.1f ms", n.p95Ms);
        raise(n.p95Ms >= o.criticalP95Ms ? NodeHealth::Critical : NodeHealth::Warning, text);
    }
}

} // namespace

std::string_view nodeHealthName(NodeHealth health)
{
    switch (health) {
    case NodeHealth::Ok: return "ok";
    case NodeHealth::Warning: return "warning";
    case NodeHealth::Critical: return "critical";
    }
    return "ok";
}

ServiceMap buildServiceMap(const TelemetryStore& store, const TelemetryCounts& counts, SimTime from, SimTime to,
                           const ServiceMapOptions& options)
{
    ServiceMap map;
    map.from = from;
    map.to = to;
    if (to <= from || counts.services == 0)
        return map;

    std::vector<std::uint8_t> kinds(counts.services);
    for (std::size_t s = 0; s < counts.services; ++s)
        kinds[s] = store.service(static_cast<ServiceIndex>(s)).kind;
    Tallies now(counts.services);
    const std::vector<OpRole> ops = resolveOps(store, counts, kinds, now);
    tally(store, counts, ops, from, to, now);
    const SimDuration length = to - from;
    // The baseline: the same length just before. It shares the operations' edge slots, which must exist.
    Tallies before(0);
    if (options.baseline && from > 0) {
        before = Tallies(counts.services);
        before.edgeSlot = now.edgeSlot;
        before.edgeKeys = now.edgeKeys;
        before.edges.resize(now.edges.size());
        tally(store, counts, ops, std::max<SimTime>(0, from - length), from, before);
    }

    const SimTime seenTo = std::min(to, std::max(from, counts.time));
    const double seconds = static_cast<double>(seenTo > from ? seenTo - from : length) / 1e6;
    auto fill = [seconds](const Tally& t, auto& out) {
        const double requests = t.latency.total();
        out.spans = t.spans;
        out.requests = requests;
        out.requestRate = requests / seconds;
        out.errorRate = requests > 0.0 ? t.errors / requests : 0.0;
        out.p50Ms = t.latency.quantileUs(0.50) / 1000.0;
        out.p95Ms = t.latency.quantileUs(0.95) / 1000.0;
    };

    for (std::size_t s = 0; s < counts.services; ++s) {
        if (now.nodes[s].spans == 0)
            continue;
        MapNode n;
        n.service = static_cast<ServiceIndex>(s);
        n.name = store.str(store.service(n.service).name);
        n.kind = kinds[s];
        n.managed = isManaged(kinds[s]);
        fill(now.nodes[s], n);
        if (s < before.nodes.size() && before.nodes[s].spans >= options.minBaselineSpans)
            n.baselineP95Ms = before.nodes[s].latency.quantileUs(0.95) / 1000.0;
        finishHealth(n, options);
        map.nodes.push_back(std::move(n));
    }
    std::sort(map.nodes.begin(), map.nodes.end(), [](const MapNode& a, const MapNode& b) { return a.name < b.name; });

    for (std::size_t e = 0; e < now.edges.size(); ++e) {
        if (now.edges[e].spans == 0)
            continue; // a managed call seen only outside the window
        MapEdge edge;
        edge.from = now.edgeKeys[e].first;
        edge.to = now.edgeKeys[e].second;
        edge.fromName = store.str(store.service(edge.from).name);
        edge.toName = store.str(store.service(edge.to).name);
        fill(now.edges[e], edge);
        map.edges.push_back(edge);
    }
    std::sort(map.edges.begin(), map.edges.end(), [](const MapEdge& a, const MapEdge& b) {
        return a.fromName != b.fromName ? a.fromName < b.fromName : a.toName < b.toName;
    });
    return map;
}

} // namespace kunren
