#pragma once

#include "map/MapLayout.h"
#include "models/MapSnapshot.h"

#include <QGraphicsItem>

#include <optional>

namespace kunren::app {

// The health colours every overview page shares (map nodes, APM rows, chart markers).
QColor healthColour(NodeHealth health);
QColor noTrafficColour();

// One component on the map: its shape tells the kind (box = service, cylinder = database, hexagon =
// cache, pipe = queue, dashed cloud box = external API, chevron = load balancer); the side bar and
// border tell its health.
class MapNodeItem : public QGraphicsItem
{
public:
    explicit MapNodeItem(const MapLayout::Node& node);

    QString name() const { return m_node.name; }
    const MapLayout::Node& layoutNode() const { return m_node; }
    // Figures of the current window; nullopt = no traffic in it.
    void setFigures(const std::optional<MapSnapshot::Node>& figures);
    const std::optional<MapSnapshot::Node>& figures() const { return m_figures; }
    void setMatched(bool matched);
    void setDimmed(bool dimmed);

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    QPainterPath outline() const;
    QString figuresText() const;
    void updateToolTip();

    MapLayout::Node m_node;
    std::optional<MapSnapshot::Node> m_figures;
    bool m_matched = false;
    bool m_compact = false; // last painted zoomed out: name and health only, no figures line
};

// A namespace's run of components in one column: a faint band behind them, labelled with the namespace
// at a size that stays readable with the whole map fitted.
class MapGroupItem : public QGraphicsItem
{
public:
    explicit MapGroupItem(const MapLayout::Group& group);

    QString ns() const { return m_group.ns; }
    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    MapLayout::Group m_group;
};

// A call from one component to another: width by request rate, colour by error rate; the figures show
// on hover and, in focus mode, as a label.
class MapEdgeItem : public QGraphicsItem
{
public:
    MapEdgeItem(MapNodeItem* from, MapNodeItem* to, bool async);

    MapNodeItem* from() const { return m_from; }
    MapNodeItem* to() const { return m_to; }
    void setFigures(const std::optional<MapSnapshot::Figures>& figures);
    void setLabelVisible(bool visible);
    void setDimmed(bool dimmed);

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent* event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent* event) override;

private:
    QString labelText() const;
    QRectF labelRect() const;
    double penWidth() const;
    QColor colour() const;

    MapNodeItem* m_from;
    MapNodeItem* m_to;
    bool m_async;
    QPainterPath m_path;
    QPointF m_mid;
    std::optional<MapSnapshot::Figures> m_figures;
    bool m_hovered = false;
    bool m_label = false;
};

} // namespace kunren::app
