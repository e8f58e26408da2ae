#include "widgets/Icons.h"

#include <QGuiApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPixmap>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <utility>

namespace kunren::app {

namespace {

// Draws a glyph on a 24 × 24 grid; the painter is already scaled to the target rectangle.
void drawGlyph(QPainter& p, Glyph glyph, const QColor& colour)
{
    QPen pen(colour, 1.8, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    const auto fill = [&p, &colour](const QPainterPath& shape) { // solid, without the outline pen
        p.save();
        p.setPen(Qt::NoPen);
        p.setBrush(colour);
        p.drawPath(shape);
        p.restore();
    };
    const auto dot = [&fill](QPointF c, double r) {
        QPainterPath disc;
        disc.addEllipse(c, r, r);
        fill(disc);
    };
    switch (glyph) {
    case Glyph::Drills: // a target: the drill's goal
        p.drawEllipse(QPointF(12, 12), 9, 9);
        p.drawEllipse(QPointF(12, 12), 5, 5);
        dot(QPointF(12, 12), 1.8);
        break;
    case Glyph::Channels: { // a speech bubble
        QPainterPath path;
        path.addRoundedRect(QRectF(3, 4, 18, 12), 3, 3);
        p.drawPath(path);
        p.drawPolyline(QPolygonF({QPointF(8, 16), QPointF(7, 21), QPointF(12, 16)}));
        p.drawLine(QPointF(7, 8.5), QPointF(17, 8.5));
        p.drawLine(QPointF(7, 12), QPointF(14, 12));
        break;
    }
    case Glyph::Map: // three components and their calls
        p.drawLine(QPointF(6, 12), QPointF(17, 6));
        p.drawLine(QPointF(6, 12), QPointF(17, 18));
        p.drawLine(QPointF(17, 6), QPointF(17, 18));
        p.setBrush(QGuiApplication::palette().color(QPalette::Window));
        p.drawEllipse(QPointF(6, 12), 3, 3);
        p.drawEllipse(QPointF(17, 6), 3, 3);
        p.drawEllipse(QPointF(17, 18), 3, 3);
        break;
    case Glyph::Apm: // a pulse
        p.drawPolyline(QPolygonF({QPointF(2, 13), QPointF(7, 13), QPointF(9.5, 6), QPointF(13, 19), QPointF(15.5, 10),
                                  QPointF(17, 13), QPointF(22, 13)}));
        break;
    case Glyph::Traces: // a waterfall of spans
        p.drawLine(QPointF(3, 6), QPointF(21, 6));
        p.drawLine(QPointF(6, 10), QPointF(15, 10));
        p.drawLine(QPointF(9, 14), QPointF(13, 14));
        p.drawLine(QPointF(15, 18), QPointF(20, 18));
        break;
    case Glyph::Logs: // lines of text
        for (int i = 0; i < 4; ++i) {
            dot(QPointF(4, 6 + 4 * i), 1.2);
            p.drawLine(QPointF(8, 6 + 4 * i), QPointF(i % 2 ? 17 : 21, 6 + 4 * i));
        }
        break;
    case Glyph::Metrics: // a chart
        p.drawPolyline(QPolygonF({QPointF(3, 3), QPointF(3, 21), QPointF(21, 21)}));
        p.drawPolyline(QPolygonF({QPointF(6, 16), QPointF(10, 11), QPointF(14, 14), QPointF(20, 6)}));
        break;
    case Glyph::Errors: { // a warning triangle
        QPainterPath path;
        path.moveTo(12, 3);
        path.lineTo(22, 20);
        path.lineTo(2, 20);
        path.closeSubpath();
        p.drawPath(path);
        p.drawLine(QPointF(12, 9), QPointF(12, 14));
        dot(QPointF(12, 17), 1.2);
        break;
    }
    case Glyph::Events: // a flag on a pole
        p.drawLine(QPointF(5, 3), QPointF(5, 21));
        p.drawPolyline(QPolygonF({QPointF(5, 4), QPointF(19, 4), QPointF(15.5, 8.5), QPointF(19, 13), QPointF(5, 13)}));
        break;
    case Glyph::Monitors: { // a bell
        QPainterPath bell;
        bell.moveTo(5, 17);
        bell.cubicTo(7, 15, 6, 11, 7, 9);
        bell.cubicTo(8, 5, 16, 5, 17, 9);
        bell.cubicTo(18, 11, 17, 15, 19, 17);
        bell.closeSubpath();
        p.drawPath(bell);
        p.drawArc(QRectF(10, 17, 4, 4), 180 * 16, 180 * 16);
        p.drawLine(QPointF(12, 3), QPointF(12, 5));
        break;
    }
    case Glyph::Drill: // a stopwatch: the drill itself
        p.drawEllipse(QPointF(12, 13.5), 7.5, 7.5);
        p.drawLine(QPointF(12, 13.5), QPointF(12, 9));
        p.drawLine(QPointF(10, 3), QPointF(14, 3));
        p.drawLine(QPointF(12, 3), QPointF(12, 6));
        break;
    case Glyph::Score: { // a medal on its ribbon: the drill's result
        p.drawPolyline(QPolygonF({QPointF(8, 3), QPointF(10.5, 9.5)}));
        p.drawPolyline(QPolygonF({QPointF(16, 3), QPointF(13.5, 9.5)}));
        p.drawEllipse(QPointF(12, 15), 6, 6);
        QPainterPath star; // a small five-pointed star in the medal
        for (int i = 0; i < 10; ++i) {
            const double r = i % 2 == 0 ? 3.4 : 1.5;
            const double a = -std::numbers::pi / 2 + i * std::numbers::pi / 5;
            const QPointF pt(12 + r * std::cos(a), 15.2 + r * std::sin(a));
            i == 0 ? star.moveTo(pt) : star.lineTo(pt);
        }
        star.closeSubpath();
        fill(star);
        break;
    }
    case Glyph::History: { // a clock whose hand turns back: drills gone by
        p.drawArc(QRectF(4, 4, 16, 16), 200 * 16, -310 * 16);
        p.drawPolyline(QPolygonF({QPointF(2.6, 10.5), QPointF(4.6, 13.6), QPointF(7.4, 11.2)}));
        p.drawPolyline(QPolygonF({QPointF(12, 7.5), QPointF(12, 12), QPointF(15, 14)}));
        break;
    }
    case Glyph::Play: {
        QPainterPath path;
        path.moveTo(7, 4);
        path.lineTo(19, 12);
        path.lineTo(7, 20);
        path.closeSubpath();
        p.setBrush(colour);
        p.drawPath(path);
        break;
    }
    case Glyph::Pause:
        p.setBrush(colour);
        p.drawRoundedRect(QRectF(6, 4, 4, 16), 1, 1);
        p.drawRoundedRect(QRectF(14, 4, 4, 16), 1, 1);
        break;
    case Glyph::ZoomIn:
    case Glyph::ZoomOut:
        p.drawEllipse(QPointF(10, 10), 6.5, 6.5);
        p.drawLine(QPointF(15, 15), QPointF(21, 21));
        p.drawLine(QPointF(7, 10), QPointF(13, 10));
        if (glyph == Glyph::ZoomIn)
            p.drawLine(QPointF(10, 7), QPointF(10, 13));
        break;
    case Glyph::Fit: // four corners
        p.drawPolyline(QPolygonF({QPointF(3, 8), QPointF(3, 3), QPointF(8, 3)}));
        p.drawPolyline(QPolygonF({QPointF(16, 3), QPointF(21, 3), QPointF(21, 8)}));
        p.drawPolyline(QPolygonF({QPointF(21, 16), QPointF(21, 21), QPointF(16, 21)}));
        p.drawPolyline(QPolygonF({QPointF(8, 21), QPointF(3, 21), QPointF(3, 16)}));
        break;
    case Glyph::Focus: // cross-hairs
        p.drawEllipse(QPointF(12, 12), 6, 6);
        p.drawLine(QPointF(12, 2), QPointF(12, 6));
        p.drawLine(QPointF(12, 18), QPointF(12, 22));
        p.drawLine(QPointF(2, 12), QPointF(6, 12));
        p.drawLine(QPointF(18, 12), QPointF(22, 12));
        dot(QPointF(12, 12), 1.6);
        break;
    case Glyph::Back:
        p.drawPolyline(QPolygonF({QPointF(11, 5), QPointF(4, 12), QPointF(11, 19)}));
        p.drawLine(QPointF(4, 12), QPointF(20, 12));
        break;
    case Glyph::Keyboard:
        p.drawRoundedRect(QRectF(2, 6, 20, 12), 2, 2);
        for (int i = 0; i < 5; ++i)
            dot(QPointF(5.5 + 3.25 * i, 10), 0.9);
        p.drawLine(QPointF(7, 14.5), QPointF(17, 14.5));
        break;
    case Glyph::Page: p.drawRoundedRect(QRectF(5, 3, 14, 18), 2, 2); break;
    }
}

class GlyphEngine final : public QIconEngine
{
public:
    explicit GlyphEngine(Glyph glyph) : m_glyph(glyph) {}

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State) override
    {
        const QPalette pal = QGuiApplication::palette();
        QColor colour = mode == QIcon::Disabled   ? pal.color(QPalette::Disabled, QPalette::WindowText)
                        : mode == QIcon::Selected ? pal.color(QPalette::HighlightedText)
                                                  : pal.color(QPalette::WindowText);
        if (m_glyph == Glyph::Play && mode != QIcon::Disabled && mode != QIcon::Selected)
            colour = QColor(0x2e, 0x9d, 0x4f); // play reads as "go"
        const double side = std::min(rect.width(), rect.height());
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->translate(rect.x() + (rect.width() - side) / 2.0, rect.y() + (rect.height() - side) / 2.0);
        painter->scale(side / 24.0, side / 24.0);
        drawGlyph(*painter, m_glyph, colour);
        painter->restore();
    }

    QPixmap scaledPixmap(const QSize& size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        QPixmap pixmap(size * scale);
        pixmap.setDevicePixelRatio(scale);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(0, 0), size), mode, state);
        return pixmap;
    }

    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    QIconEngine* clone() const override { return new GlyphEngine(m_glyph); }
    QString key() const override { return QStringLiteral("kunren-glyph"); }

private:
    Glyph m_glyph;
};

} // namespace

QIcon glyphIcon(Glyph glyph) { return QIcon(new GlyphEngine(glyph)); }

QIcon pageIcon(const QString& pageId)
{
    static const std::pair<const char*, Glyph> kPages[] = {
        {"home", Glyph::Drills},       {"channels", Glyph::Channels}, {"map", Glyph::Map},
        {"apm", Glyph::Apm},           {"traces", Glyph::Traces},     {"logs", Glyph::Logs},
        {"metrics", Glyph::Metrics},   {"errors", Glyph::Errors},     {"events", Glyph::Events},
        {"monitors", Glyph::Monitors}, {"drill", Glyph::Drill},       {"score", Glyph::Score},
        {"history", Glyph::History},
    };
    for (const auto& [id, glyph] : kPages)
        if (pageId == QLatin1String(id))
            return glyphIcon(glyph);
    return glyphIcon(Glyph::Page);
}

} // namespace kunren::app
