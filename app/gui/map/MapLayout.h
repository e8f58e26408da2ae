#pragma once

#include "scenario/Topology.h"

#include <QHash>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <vector>

namespace kunren::app {

// Where each component of a topology sits on the service map: columns by call depth (callers left of
// callees), and inside a column grouped by namespace, then ordered next to their callers to keep lines
// short. Depends only on the topology, so positions never move while a drill runs.
struct MapLayout
{
    struct Node
    {
        QString name, ns, system;
        ServiceKind kind = ServiceKind::Http;
        int column = 0;
        QPointF centre;
    };
    // A column's run of components of one namespace: drawn as a labelled band behind them.
    struct Group
    {
        QString ns;
        int column = 0;
        QRectF rect; // around its nodes, with room for the label at the top
    };
    struct Edge
    {
        int from = 0, to = 0;
        bool async = false; // a queue handing messages to its consumer
    };

    static constexpr double kNodeWidth = 196;
    static constexpr double kNodeHeight = 62;
    static constexpr double kColumnPitch = 268;
    static constexpr double kRowPitch = 80;
    static constexpr double kGroupGap = 44;   // extra room between namespaces in a column, for the label
    static constexpr double kGroupLabel = 34; // label band above a group's first node

    std::vector<Node> nodes;
    std::vector<Edge> edges; // calls the topology declares, caller → callee
    QStringList namespaces;  // in display order
    std::vector<Group> groups;
    QRectF bounds;

    int indexOf(const QString& name) const { return m_index.value(name, -1); }
    QHash<QString, int> m_index;
};

MapLayout layoutTopology(const Topology& topology);

} // namespace kunren::app
