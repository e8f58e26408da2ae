#include "traces/FlameGraphView.h"

#include "bridge/QtConversions.h"
#include "models/Formatting.h"
#include "widgets/ServiceColors.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace kunren::app {

namespace {
constexpr int kMargin = 8;
}

FlameGraphView::FlameGraphView(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("flameGraphView"));
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    setMouseTracking(true);
}

void FlameGraphView::setTrace(const AssembledTrace* trace)
{
    m_trace = trace;
    m_selected = -1;
    m_maxDepth = 0;
    if (trace)
        for (const AssembledSpan& s : trace->spans)
            m_maxDepth = std::max(m_maxDepth, s.depth);
    setMinimumHeight(sizeHint().height() + fontMetrics().height() + 8);
    updateGeometry();
    update();
}

QSize FlameGraphView::sizeHint() const { return {600, 2 * kMargin + (m_maxDepth + 1) * boxHeight()}; }

void FlameGraphView::selectSpan(int indexInTrace)
{
    if (indexInTrace == m_selected)
        return;
    m_selected = indexInTrace;
    update();
    Q_EMIT spanSelected(indexInTrace);
}

QRectF FlameGraphView::boxOf(int indexInTrace) const
{
    if (!m_trace || indexInTrace < 0 || static_cast<std::size_t>(indexInTrace) >= m_trace->positionOf.size())
        return {};
    const AssembledSpan& s = m_trace->span(static_cast<std::uint16_t>(indexInTrace));
    const double width = std::max(10, this->width() - 2 * kMargin);
    const double total = static_cast<double>(std::max<std::int64_t>(1, m_trace->durationUs));
    const double x0 = kMargin + width * static_cast<double>(s.startUs) / total;
    const double x1 = kMargin + width * static_cast<double>(s.endUs) / total;
    return QRectF(x0, kMargin + s.depth * boxHeight(), std::max(1.0, x1 - x0), boxHeight() - 1);
}

int FlameGraphView::spanAt(QPointF pos) const
{
    if (!m_trace)
        return -1;
    // Deepest first: a child box lies under its parent's column, never over it, but siblings can overlap.
    for (auto it = m_trace->spans.rbegin(); it != m_trace->spans.rend(); ++it)
        if (boxOf(it->indexInTrace).contains(pos))
            return it->indexInTrace;
    return -1;
}

void FlameGraphView::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    if (!m_trace) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter, tr("No trace open"));
        return;
    }
    const QFontMetrics fm = fontMetrics();
    for (const AssembledSpan& s : m_trace->spans) {
        const QRectF box = boxOf(s.indexInTrace);
        const bool failed = s.status == SpanStatus::Error;
        const QColor fill = failed ? errorColor() : serviceColor(qs(s.serviceName));
        p.fillRect(box, fill);
        p.setPen(palette().color(QPalette::Base));
        p.drawRect(box);
        if (box.width() > 36) {
            p.setPen(failed ? QColor(Qt::white) : QColor(0x1a, 0x1a, 0x1a));
            const QString label = qs(s.serviceName) + QStringLiteral(" · ") + qs(s.name);
            p.drawText(box.adjusted(4, 0, -4, 0), Qt::AlignVCenter | Qt::AlignLeft,
                       fm.elidedText(label, Qt::ElideRight, static_cast<int>(box.width()) - 8));
        }
    }
    if (m_selected >= 0) {
        p.setPen(QPen(palette().color(QPalette::Text), 2));
        p.drawRect(boxOf(m_selected).adjusted(1, 1, -1, -1));
    }
    p.setPen(palette().color(QPalette::PlaceholderText));
    const int y = kMargin + (m_maxDepth + 1) * boxHeight() + 4;
    p.drawText(QRect(kMargin, y, width() - 2 * kMargin, fm.height()), Qt::AlignLeft, QStringLiteral("0"));
    p.drawText(QRect(kMargin, y, width() - 2 * kMargin, fm.height()), Qt::AlignRight,
               formatDuration(m_trace->durationUs));
}

void FlameGraphView::mousePressEvent(QMouseEvent* event)
{
    const int span = spanAt(event->position());
    if (span >= 0)
        selectSpan(span);
    QWidget::mousePressEvent(event);
}

bool FlameGraphView::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto* help = static_cast<QHelpEvent*>(event);
        const int span = spanAt(help->pos());
        if (span >= 0) {
            const AssembledSpan& s = m_trace->span(static_cast<std::uint16_t>(span));
            QToolTip::showText(help->globalPos(),
                               tr("<b>%1</b> %2<br>duration %3 · self %4")
                                   .arg(qs(s.serviceName).toHtmlEscaped(), qs(s.name).toHtmlEscaped(),
                                        formatDuration(s.endUs - s.startUs), formatDuration(s.selfUs)),
                               this);
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QWidget::event(event);
}

} // namespace kunren::app
