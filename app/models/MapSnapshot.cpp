#include "models/MapSnapshot.h"

#include "bridge/QtConversions.h"

namespace kunren::app {

namespace {

template <typename T> MapSnapshot::Figures figuresOf(const T& x)
{
    MapSnapshot::Figures f;
    f.requestRate = x.requestRate;
    f.errorRate = x.errorRate;
    f.p50Ms = x.p50Ms;
    f.p95Ms = x.p95Ms;
    f.spans = x.spans;
    return f;
}

} // namespace

const MapSnapshot::Edge* MapSnapshot::edge(const QString& caller, const QString& callee) const
{
    for (const Edge& e : edges)
        if (e.from == caller && e.to == callee)
            return &e;
    return nullptr;
}

MapSnapshot snapshotServiceMap(const TelemetryStore& store, const TelemetryCounts& counts, SimTime from, SimTime to)
{
    MapSnapshot snap;
    snap.from = from;
    snap.to = to;
    if (to <= from)
        return snap;
    const ServiceMap map = buildServiceMap(store, counts, from, to);
    for (const MapNode& n : map.nodes) {
        MapSnapshot::Node node;
        node.figures = figuresOf(n);
        node.figures.baselineP95Ms = n.baselineP95Ms;
        node.health = n.health;
        node.healthReason = qs(n.healthReason);
        node.managed = n.managed;
        snap.nodes.insert(qs(n.name), node);
    }
    for (const MapEdge& e : map.edges)
        snap.edges.append({qs(e.fromName), qs(e.toName), figuresOf(e)});
    return snap;
}

} // namespace kunren::app
