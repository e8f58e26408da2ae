#pragma once

#include "map/MapLayout.h"
#include "models/MapSnapshot.h"

#include <QGraphicsScene>
#include <QHash>

#include <map>

namespace kunren::app {

class MapEdgeItem;
class MapNodeItem;

// The service map's items: one node per topology component at a fixed place, the declared calls as
// edges, and the current window's figures painted onto them.
class MapScene : public QGraphicsScene
{
    Q_OBJECT

public:
    explicit MapScene(QObject* parent = nullptr);

    // Lays out a topology's components (nullptr clears the map).
    void setTopology(const Topology* topology);
    // Paints a window's figures; positions never change.
    void applySnapshot(const MapSnapshot& snapshot);

    QStringList nodeNames() const;
    MapNodeItem* node(const QString& name) const { return m_nodes.value(name); }
    // Components whose name contains `text` (case-insensitive), in layout order; they get a ring.
    QStringList markMatches(const QString& text);
    // Dims everything but `name` and its direct callers and callees; an empty name shows all.
    void setFocusNode(const QString& name);
    QString focusNode() const { return m_focus; }
    QRectF contentRect() const;

private:
    MapEdgeItem* addEdge(MapNodeItem* from, MapNodeItem* to, bool async);

    MapLayout m_layout;
    QHash<QString, MapNodeItem*> m_nodes;
    std::map<std::pair<QString, QString>, MapEdgeItem*> m_edges;
    QString m_focus;
};

} // namespace kunren::app
