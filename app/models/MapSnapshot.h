#pragma once

#include "telemetry/TelemetryStore.h"
#include "trace/ServiceMap.h"

#include <QHash>
#include <QList>
#include <QString>

namespace kunren::app {

// A service map copied out of the store into Qt values, so the GUI keeps no pointer into telemetry
// once the computation (run off the GUI thread) is done.
struct MapSnapshot
{
    struct Figures
    {
        double requestRate = 0, errorRate = 0, p50Ms = 0, p95Ms = 0, baselineP95Ms = 0;
        std::size_t spans = 0;
    };
    struct Node
    {
        Figures figures;
        NodeHealth health = NodeHealth::Ok;
        QString healthReason;
        bool managed = false;
    };
    struct Edge
    {
        QString from, to;
        Figures figures;
    };

    SimTime from = 0, to = 0;
    QHash<QString, Node> nodes; // components with traffic in the window
    QList<Edge> edges;

    const Edge* edge(const QString& caller, const QString& callee) const;
};

// The service map of traces that started in [from, to), read below `counts` (any thread).
MapSnapshot snapshotServiceMap(const TelemetryStore& store, const TelemetryCounts& counts, SimTime from, SimTime to);

} // namespace kunren::app
