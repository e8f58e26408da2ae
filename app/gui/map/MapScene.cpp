#include "map/MapScene.h"

#include "map/MapItems.h"

#include <QSet>

namespace kunren::app {

MapScene::MapScene(QObject* parent) : QGraphicsScene(parent) { setItemIndexMethod(QGraphicsScene::NoIndex); }

void MapScene::setTopology(const Topology* topology)
{
    clear();
    m_nodes.clear();
    m_edges.clear();
    m_focus.clear();
    m_layout = topology ? layoutTopology(*topology) : MapLayout{};
    for (const MapLayout::Group& g : m_layout.groups)
        addItem(new MapGroupItem(g));
    for (const MapLayout::Node& n : m_layout.nodes) {
        auto* item = new MapNodeItem(n);
        addItem(item);
        m_nodes.insert(n.name, item);
    }
    for (const MapLayout::Edge& e : m_layout.edges)
        addEdge(m_nodes.value(m_layout.nodes[static_cast<std::size_t>(e.from)].name),
                m_nodes.value(m_layout.nodes[static_cast<std::size_t>(e.to)].name), e.async);
    setSceneRect(contentRect().adjusted(-200, -200, 200, 200));
}

MapEdgeItem* MapScene::addEdge(MapNodeItem* from, MapNodeItem* to, bool async)
{
    auto* item = new MapEdgeItem(from, to, async);
    addItem(item);
    m_edges[{from->name(), to->name()}] = item;
    return item;
}

void MapScene::applySnapshot(const MapSnapshot& snapshot)
{
    for (MapNodeItem* node : std::as_const(m_nodes)) {
        const auto it = snapshot.nodes.constFind(node->name());
        node->setFigures(it == snapshot.nodes.constEnd() ? std::nullopt : std::optional(*it));
    }
    QSet<MapEdgeItem*> seen;
    for (const MapSnapshot::Edge& e : snapshot.edges) {
        MapNodeItem* from = m_nodes.value(e.from);
        MapNodeItem* to = m_nodes.value(e.to);
        if (!from || !to)
            continue;
        auto it = m_edges.find({e.from, e.to});
        MapEdgeItem* item = it != m_edges.end() ? it->second : nullptr;
        if (!item) {
            // Traces show a producer calling the queue's consumer directly; the queue already shows that.
            if (to->layoutNode().kind == ServiceKind::Worker)
                continue;
            item = addEdge(from, to, false);
            item->setDimmed(!m_focus.isEmpty() && m_focus != e.from && m_focus != e.to);
        }
        item->setFigures(e.figures);
        seen.insert(item);
    }
    for (const auto& [key, item] : m_edges)
        if (!seen.contains(item))
            item->setFigures(std::nullopt);
}

QStringList MapScene::nodeNames() const
{
    QStringList names;
    for (const MapLayout::Node& n : m_layout.nodes)
        names << n.name;
    return names;
}

QStringList MapScene::markMatches(const QString& text)
{
    QStringList matches;
    for (const MapLayout::Node& n : m_layout.nodes) {
        const bool match = !text.isEmpty() && n.name.contains(text, Qt::CaseInsensitive);
        m_nodes.value(n.name)->setMatched(match);
        if (match)
            matches << n.name;
    }
    return matches;
}

void MapScene::setFocusNode(const QString& name)
{
    m_focus = m_nodes.contains(name) ? name : QString();
    QSet<QString> visible{m_focus};
    for (const auto& [key, edge] : m_edges)
        if (key.first == m_focus || key.second == m_focus)
            visible << key.first << key.second;
    for (MapNodeItem* node : std::as_const(m_nodes))
        node->setDimmed(!m_focus.isEmpty() && !visible.contains(node->name()));
    for (const auto& [key, edge] : m_edges) {
        const bool touches = key.first == m_focus || key.second == m_focus;
        edge->setDimmed(!m_focus.isEmpty() && !touches);
        edge->setLabelVisible(!m_focus.isEmpty() && touches);
    }
}

QRectF MapScene::contentRect() const { return m_layout.bounds.adjusted(-20, -20, 20, 20); }

} // namespace kunren::app
