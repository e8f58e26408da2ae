#include "map/MapView.h"

#include "map/MapItems.h"

#include <QContextMenuEvent>
#include <QGraphicsItem>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QWheelEvent>

#include <cmath>

namespace kunren::app {

MapView::MapView(QGraphicsScene* scene, QWidget* parent) : QGraphicsView(scene, parent)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setFrameShape(QFrame::NoFrame);
    setBackgroundRole(QPalette::Window);
    // Pan by dragging or with the arrow keys; scroll bars only clutter a map.
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
}

double MapView::zoom() const { return transform().m11(); }

void MapView::zoomBy(double factor)
{
    m_fitContent = QRectF();
    const double target = std::clamp(zoom() * factor, 0.08, 3.0);
    scale(target / zoom(), target / zoom());
}

void MapView::fitMap(const QRectF& content)
{
    m_fitContent = content;
    if (content.isEmpty())
        return;
    fitInView(content, Qt::KeepAspectRatio);
    // Never blow a small map up past its natural size: text would look bloated.
    if (zoom() > 1.0)
        setTransform(QTransform());
    centerOn(content.center());
}

void MapView::wheelEvent(QWheelEvent* event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps != 0)
        zoomBy(std::pow(1.15, steps));
    event->accept();
}

QString MapView::nodeAt(const QPoint& viewPos) const
{
    for (QGraphicsItem* item : items(viewPos))
        if (auto* node = dynamic_cast<MapNodeItem*>(item))
            return node->name();
    return {};
}

void MapView::mouseDoubleClickEvent(QMouseEvent* event)
{
    const QString name = nodeAt(event->position().toPoint());
    if (!name.isEmpty()) {
        Q_EMIT nodeActivated(name);
        event->accept();
        return;
    }
    QGraphicsView::mouseDoubleClickEvent(event);
}

void MapView::contextMenuEvent(QContextMenuEvent* event)
{
    const QString name = nodeAt(event->pos());
    if (name.isEmpty())
        return;
    scene()->clearSelection();
    for (QGraphicsItem* item : items(event->pos()))
        if (auto* node = dynamic_cast<MapNodeItem*>(item)) {
            node->setSelected(true);
            break;
        }
    Q_EMIT nodeContextMenu(name, event->globalPos());
}

void MapView::resizeEvent(QResizeEvent* event)
{
    QGraphicsView::resizeEvent(event);
    if (followsFit())
        fitMap(m_fitContent);
}

void MapView::keyPressEvent(QKeyEvent* event)
{
    // Enter opens the selected component, like a double-click.
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        const auto selected = scene()->selectedItems();
        for (QGraphicsItem* item : selected)
            if (auto* node = dynamic_cast<MapNodeItem*>(item)) {
                Q_EMIT nodeActivated(node->name());
                return;
            }
    }
    QGraphicsView::keyPressEvent(event);
}

void MapView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton)
        m_fitContent = QRectF(); // panning by hand: stop refitting on resize
    QGraphicsView::mousePressEvent(event);
}

} // namespace kunren::app
