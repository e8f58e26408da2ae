#include "map/MapItems.h"

#include "models/Formatting.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFontMetrics>
#include <QGraphicsScene>
#include <QPainter>
#include <QPainterPathStroker>
#include <QPalette>
#include <QStyleOptionGraphicsItem>
#include <QWidget>

#include <algorithm>
#include <cmath>

namespace kunren::app {

namespace {

// The translation context of this file's strings; lupdate reads the ServiceMap::tr calls.
struct ServiceMap
{
    Q_DECLARE_TR_FUNCTIONS(ServiceMap)
};

QPalette paletteFor(const QWidget* widget) { return widget ? widget->palette() : QApplication::palette(); }

QColor blend(const QColor& a, const QColor& b, double t)
{
    return QColor::fromRgbF(static_cast<float>(a.redF() * (1 - t) + b.redF() * t),
                            static_cast<float>(a.greenF() * (1 - t) + b.greenF() * t),
                            static_cast<float>(a.blueF() * (1 - t) + b.blueF() * t));
}

} // namespace

QColor healthColour(NodeHealth health)
{
    switch (health) {
    case NodeHealth::Ok: return QColor(0x2e, 0x9d, 0x5b);
    case NodeHealth::Warning: return QColor(0xe0, 0x9b, 0x12);
    case NodeHealth::Critical: return QColor(0xd6, 0x36, 0x2f);
    }
    return {};
}

QColor noTrafficColour() { return QColor(0x8a, 0x8f, 0x98); }

// --- nodes -----------------------------------------------------------------------------------------

MapNodeItem::MapNodeItem(const MapLayout::Node& node) : m_node(node)
{
    setPos(node.centre);
    setFlag(ItemIsSelectable);
    setAcceptHoverEvents(true);
    setZValue(1);
    setData(0, node.name);
    updateToolTip();
}

void MapNodeItem::setFigures(const std::optional<MapSnapshot::Node>& figures)
{
    // Repaint only when what the node shows changes: its health colour, or its figures line when zoomed
    // in enough to print it. Repainting all 60 nodes (and the edges under them) every refresh cost the
    // GUI thread tens of milliseconds for pixels that stayed the same.
    const QColor oldStatus = m_figures ? healthColour(m_figures->health) : noTrafficColour();
    const QString oldText = m_compact ? QString() : figuresText();
    m_figures = figures;
    const QColor newStatus = m_figures ? healthColour(m_figures->health) : noTrafficColour();
    const QString newText = m_compact ? QString() : figuresText();
    updateToolTip();
    if (newStatus != oldStatus || newText != oldText)
        update();
}

void MapNodeItem::setMatched(bool matched)
{
    if (m_matched != matched) {
        m_matched = matched;
        update();
    }
}

void MapNodeItem::setDimmed(bool dimmed) { setOpacity(dimmed ? 0.16 : 1.0); }

QRectF MapNodeItem::boundingRect() const
{
    const double w = MapLayout::kNodeWidth, h = MapLayout::kNodeHeight;
    return QRectF(-w / 2 - 6, -h / 2 - 6, w + 12, h + 12);
}

QPainterPath MapNodeItem::shape() const { return outline(); }

QPainterPath MapNodeItem::outline() const
{
    const double w = MapLayout::kNodeWidth, h = MapLayout::kNodeHeight;
    const QRectF r(-w / 2, -h / 2, w, h);
    QPainterPath p;
    switch (m_node.kind) {
    case ServiceKind::Database: {
        const double e = 14;
        p.moveTo(r.left(), r.top() + e / 2);
        p.arcTo(QRectF(r.left(), r.top(), w, e), 180, -180);
        p.lineTo(r.right(), r.bottom() - e / 2);
        p.arcTo(QRectF(r.left(), r.bottom() - e, w, e), 0, -180);
        p.closeSubpath();
        break;
    }
    case ServiceKind::Cache: {
        const double c = 12;
        p.addPolygon(QPolygonF({QPointF(r.left() + c, r.top()), QPointF(r.right() - c, r.top()),
                                QPointF(r.right(), r.top() + c), QPointF(r.right(), r.bottom() - c),
                                QPointF(r.right() - c, r.bottom()), QPointF(r.left() + c, r.bottom()),
                                QPointF(r.left(), r.bottom() - c), QPointF(r.left(), r.top() + c)}));
        p.closeSubpath();
        break;
    }
    case ServiceKind::Queue: p.addRoundedRect(r, h / 2, h / 2); break;
    case ServiceKind::LoadBalancer: {
        const double c = 18;
        p.addPolygon(QPolygonF({QPointF(r.left() + c, r.top()), QPointF(r.right() - c, r.top()),
                                QPointF(r.right(), r.center().y()), QPointF(r.right() - c, r.bottom()),
                                QPointF(r.left() + c, r.bottom()), QPointF(r.left(), r.center().y())}));
        p.closeSubpath();
        break;
    }
    default: p.addRoundedRect(r, 8, 8); break;
    }
    return p;
}

QString MapNodeItem::figuresText() const
{
    if (!m_figures)
        return ServiceMap::tr("no traffic in this window");
    const MapSnapshot::Figures& f = m_figures->figures;
    return ServiceMap::tr("%1 · %2 err · p95 %3")
        .arg(formatRate(f.requestRate), formatPercent(f.errorRate), formatMs(f.p95Ms));
}

void MapNodeItem::updateToolTip()
{
    QString tip = QStringLiteral("<b>%1</b><br>%2 · %3")
                      .arg(m_node.name.toHtmlEscaped(), kindLabel(m_node.kind),
                           ServiceMap::tr("namespace %1").arg(m_node.ns.toHtmlEscaped()));
    tip += QStringLiteral("<br>") + figuresText().toHtmlEscaped();
    if (m_figures && !m_figures->healthReason.isEmpty())
        tip += QStringLiteral("<br><i>%1</i>").arg(m_figures->healthReason.toHtmlEscaped());
    if (m_figures && m_figures->managed)
        tip += QStringLiteral("<br>") + ServiceMap::tr("Figures as its callers see them.");
    tip += QStringLiteral("<br><small>%1</small>").arg(ServiceMap::tr("Double-click to open the service"));
    setToolTip(tip);
}

void MapNodeItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget)
{
    const QPalette pal = paletteFor(widget);
    const double w = MapLayout::kNodeWidth, h = MapLayout::kNodeHeight;
    const QRectF r(-w / 2, -h / 2, w, h);
    const QColor status = m_figures ? healthColour(m_figures->health) : noTrafficColour();
    const bool unhealthy = m_figures && m_figures->health != NodeHealth::Ok;
    const QPainterPath path = outline();
    painter->setRenderHint(QPainter::Antialiasing);

    // Selection and search rings sit outside the border.
    if (option->state & QStyle::State_Selected) {
        painter->setPen(QPen(pal.color(QPalette::Highlight), 7));
        painter->drawPath(path);
    } else if (m_matched) {
        painter->setPen(QPen(pal.color(QPalette::Highlight), 4, Qt::DashLine));
        painter->drawPath(path);
    }

    const QColor base = pal.color(QPalette::Base);
    painter->setPen(Qt::NoPen);
    painter->setBrush(unhealthy ? blend(base, status, 0.16) : base);
    painter->drawPath(path);
    painter->save();
    painter->setClipPath(path);
    painter->fillRect(QRectF(r.left(), r.top(), 7, h), status);
    painter->restore();

    QPen border(unhealthy ? status : blend(pal.color(QPalette::Text), base, 0.55), unhealthy ? 2.2 : 1.2);
    if (m_node.kind == ServiceKind::External)
        border.setStyle(Qt::DashLine);
    painter->setPen(border);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(path);
    if (m_node.kind == ServiceKind::Database) // the cylinder's rim
        painter->drawArc(QRectF(r.left(), r.top(), w, 14), 180 * 16, 180 * 16);

    const double inset = m_node.kind == ServiceKind::LoadBalancer ? 22 : 14;
    const QRectF text = r.adjusted(inset, m_node.kind == ServiceKind::Database ? 9 : 5, -inset + 4, -5);
    QFont nameFont = widget ? widget->font() : QApplication::font();
    nameFont.setBold(true);

    // Zoomed out (the whole 60-service map fitted), three lines of small print are unreadable: show
    // just the name, as large on screen as the window's own text, wrapped at its hyphens if need be.
    const double lod = QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform());
    m_compact = lod > 0 && lod < 0.75;
    if (m_compact) {
        QFont big = nameFont;
        big.setPointSizeF(nameFont.pointSizeF() * std::min(0.95 / lod, 2.2));
        painter->setFont(big);
        painter->setPen(unhealthy ? blend(status, pal.color(QPalette::Text), 0.25) : pal.color(QPalette::Text));
        painter->drawText(text, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, m_node.name);
        return;
    }
    QFont small = nameFont;
    small.setBold(false);
    small.setPointSizeF(nameFont.pointSizeF() * 0.85);
    const QFontMetrics nameMetrics(nameFont), smallMetrics(small);

    painter->setPen(pal.color(QPalette::Text));
    painter->setFont(nameFont);
    const double lineH = (text.height()) / 3.0;
    painter->drawText(QRectF(text.left(), text.top(), text.width(), lineH), Qt::AlignLeft | Qt::AlignVCenter,
                      nameMetrics.elidedText(m_node.name, Qt::ElideRight, static_cast<int>(text.width())));
    painter->setFont(small);
    QString sub = kindLabel(m_node.kind);
    if (!m_node.system.isEmpty())
        sub += QStringLiteral(" (%1)").arg(m_node.system);
    sub += QStringLiteral(" · ") + m_node.ns;
    painter->setPen(blend(pal.color(QPalette::Text), base, 0.35));
    painter->drawText(QRectF(text.left(), text.top() + lineH, text.width(), lineH), Qt::AlignLeft | Qt::AlignVCenter,
                      smallMetrics.elidedText(sub, Qt::ElideRight, static_cast<int>(text.width())));
    painter->setPen(unhealthy ? blend(status, pal.color(QPalette::Text), 0.25) : pal.color(QPalette::Text));
    if (!m_figures)
        painter->setPen(blend(pal.color(QPalette::Text), base, 0.5));
    painter->drawText(QRectF(text.left(), text.top() + 2 * lineH, text.width(), lineH),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      smallMetrics.elidedText(figuresText(), Qt::ElideRight, static_cast<int>(text.width())));
}

// --- namespace groups ------------------------------------------------------------------------------

MapGroupItem::MapGroupItem(const MapLayout::Group& group) : m_group(group)
{
    setZValue(-1);
    setToolTip(ServiceMap::tr("namespace %1").arg(group.ns));
}

QRectF MapGroupItem::boundingRect() const { return m_group.rect.adjusted(-1, -1, 1, 1); }

void MapGroupItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget* widget)
{
    const QPalette pal = paletteFor(widget);
    QColor fill = pal.color(QPalette::Text);
    fill.setAlphaF(0.045f);
    QColor line = pal.color(QPalette::Text);
    line.setAlphaF(0.14f);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(line, 1));
    painter->setBrush(fill);
    painter->drawRoundedRect(m_group.rect, 10, 10);

    // The label keeps about the window's text size on screen when zoomed out (like the node names).
    QFont font = widget ? widget->font() : QApplication::font();
    const double lod = QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform());
    if (lod > 0 && lod < 1.0)
        font.setPointSizeF(font.pointSizeF() * std::min(1.0 / lod, 2.2));
    font.setBold(true);
    painter->setFont(font);
    painter->setPen(blend(pal.color(QPalette::Text), pal.color(QPalette::Base), 0.35));
    const QRectF label(m_group.rect.left() + 10, m_group.rect.top() + 2, m_group.rect.width() - 20,
                       MapLayout::kGroupLabel - 4);
    const QFontMetricsF fm(font);
    painter->drawText(label, Qt::AlignLeft | Qt::AlignVCenter,
                      fm.elidedText(m_group.ns, Qt::ElideRight, label.width()));
}

// --- edges -----------------------------------------------------------------------------------------

MapEdgeItem::MapEdgeItem(MapNodeItem* from, MapNodeItem* to, bool async) : m_from(from), m_to(to), m_async(async)
{
    setAcceptHoverEvents(true);
    setZValue(0);
    const QPointF a = from->pos() + QPointF(MapLayout::kNodeWidth / 2, 0);
    const QPointF b = to->pos() - QPointF(MapLayout::kNodeWidth / 2 + 3, 0);
    const double dx = std::max(70.0, std::abs(b.x() - a.x()) / 2);
    m_path.moveTo(a);
    m_path.cubicTo(a + QPointF(dx, 0), b - QPointF(dx, 0), b);
    m_mid = m_path.pointAtPercent(0.5);
    setFigures(std::nullopt);
}

void MapEdgeItem::setFigures(const std::optional<MapSnapshot::Figures>& figures)
{
    // The bounds depend on the figures only through a shown label; moving the bounds of every edge on
    // every refresh made the scene re-index and repaint far more than the lines that changed.
    if (m_label || m_hovered)
        prepareGeometryChange();
    const double oldWidth = penWidth();
    const QColor oldColour = colour();
    const bool hadFigures = m_figures.has_value();
    const QString oldLabel = m_label || m_hovered ? labelText() : QString();
    m_figures = figures;
    QString tip =
        QStringLiteral("<b>%1 → %2</b><br>").arg(m_from->name().toHtmlEscaped(), m_to->name().toHtmlEscaped());
    if (m_async && !figures)
        tip += ServiceMap::tr("delivers messages to its consumer");
    else
        tip += labelText().toHtmlEscaped();
    setToolTip(tip);
    // Most refreshes change no pixel of a line (its width moves in steps): repaint only those that do.
    if (penWidth() != oldWidth || colour() != oldColour || m_figures.has_value() != hadFigures ||
        ((m_label || m_hovered) && labelText() != oldLabel))
        update();
}

void MapEdgeItem::setLabelVisible(bool visible)
{
    if (m_label != visible) {
        prepareGeometryChange();
        m_label = visible;
        update();
    }
}

void MapEdgeItem::setDimmed(bool dimmed) { setOpacity(dimmed ? 0.08 : 1.0); }

QString MapEdgeItem::labelText() const
{
    if (!m_figures)
        return ServiceMap::tr("no calls in this window");
    return ServiceMap::tr("%1 · %2 err · p95 %3")
        .arg(formatRate(m_figures->requestRate), formatPercent(m_figures->errorRate), formatMs(m_figures->p95Ms));
}

QRectF MapEdgeItem::labelRect() const
{
    const QFontMetricsF fm(QApplication::font());
    const double w = fm.horizontalAdvance(labelText()) + 12, h = fm.height() + 6;
    return QRectF(m_mid.x() - w / 2, m_mid.y() - h / 2, w, h);
}

double MapEdgeItem::penWidth() const
{
    if (!m_figures)
        return 1.0;
    // In quarter-pixel steps: finer differences do not show, and each one would cost a repaint.
    const double width = std::min(7.0, 1.2 + 1.4 * std::log10(1.0 + m_figures->requestRate));
    return std::round(width * 4.0) / 4.0;
}

QColor MapEdgeItem::colour() const
{
    if (m_figures && m_figures->errorRate >= 0.05)
        return healthColour(NodeHealth::Critical);
    if (m_figures && m_figures->errorRate >= 0.01)
        return healthColour(NodeHealth::Warning);
    return {};
}

QRectF MapEdgeItem::boundingRect() const
{
    QRectF r = m_path.boundingRect().adjusted(-12, -12, 12, 12);
    if (m_label || m_hovered)
        r = r.united(labelRect().adjusted(-2, -2, 2, 2));
    return r;
}

QPainterPath MapEdgeItem::shape() const
{
    QPainterPathStroker stroker;
    stroker.setWidth(10);
    return stroker.createStroke(m_path);
}

void MapEdgeItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget* widget)
{
    const QPalette pal = paletteFor(widget);
    QColor c = colour();
    if (!c.isValid()) {
        c = pal.color(QPalette::Text);
        c.setAlphaF(m_figures ? 0.45f : 0.22f);
    }
    if (m_hovered)
        c.setAlphaF(1.0f);
    painter->setRenderHint(QPainter::Antialiasing);
    QPen pen(c, penWidth() + (m_hovered ? 1.5 : 0.0));
    if (m_async || !m_figures)
        pen.setStyle(Qt::DashLine);
    pen.setCapStyle(Qt::FlatCap);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(m_path);

    // Arrowhead along the curve's last tangent.
    const QPointF tip = m_path.pointAtPercent(1.0);
    const double angle = qDegreesToRadians(-m_path.angleAtPercent(1.0));
    const double size = 7 + penWidth();
    const QPointF back(std::cos(angle) * size, std::sin(angle) * size);
    const QPointF side(-back.y() * 0.5, back.x() * 0.5);
    painter->setPen(Qt::NoPen);
    painter->setBrush(c);
    painter->drawPolygon(QPolygonF({tip + QPointF(3, 0), tip - back + side, tip - back - side}));

    if (m_label || m_hovered) {
        const QRectF r = labelRect();
        painter->setPen(QPen(c, 1));
        painter->setBrush(pal.color(QPalette::ToolTipBase));
        painter->drawRoundedRect(r, 4, 4);
        painter->setPen(pal.color(QPalette::ToolTipText));
        painter->setFont(QApplication::font());
        painter->drawText(r, Qt::AlignCenter, labelText());
    }
}

void MapEdgeItem::hoverEnterEvent(QGraphicsSceneHoverEvent*)
{
    prepareGeometryChange();
    m_hovered = true;
    setZValue(2);
    update();
}

void MapEdgeItem::hoverLeaveEvent(QGraphicsSceneHoverEvent*)
{
    prepareGeometryChange();
    m_hovered = false;
    setZValue(0);
    update();
}

} // namespace kunren::app
