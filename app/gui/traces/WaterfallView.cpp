#include "traces/WaterfallView.h"

#include "bridge/QtConversions.h"
#include "models/Formatting.h"
#include "widgets/ServiceColors.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>

#include <algorithm>

namespace kunren::app {

namespace {
constexpr int kIndent = 14;
constexpr int kMaxIndentDepth = 12; // deeper spans stop moving right, so labels keep room
constexpr int kTicks = 5;
} // namespace

WaterfallView::WaterfallView(QWidget* parent) : QAbstractScrollArea(parent)
{
    setObjectName(QStringLiteral("waterfallView"));
    setFocusPolicy(Qt::StrongFocus);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    viewport()->setMouseTracking(true);
    viewport()->setBackgroundRole(QPalette::Base);
    viewport()->setAutoFillBackground(true);
}

void WaterfallView::setTrace(const AssembledTrace* trace)
{
    m_trace = trace;
    m_selectedRow = -1;
    m_warned.clear();
    if (trace) {
        m_warned.assign(trace->positionOf.size(), 0);
        for (const PropagationIssue& i : trace->issues)
            if (i.span < m_warned.size())
                m_warned[i.span] = 1;
    }
    verticalScrollBar()->setValue(0);
    updateScrollBars();
    viewport()->update();
}

int WaterfallView::rowHeight() const { return fontMetrics().height() + 8; }
int WaterfallView::headerHeight() const { return fontMetrics().height() + 10; }
int WaterfallView::labelWidth() const { return std::clamp(viewport()->width() * 2 / 5, 200, 460); }

void WaterfallView::updateScrollBars()
{
    const int content = rowCount() * rowHeight();
    const int page = std::max(0, viewport()->height() - headerHeight());
    verticalScrollBar()->setRange(0, std::max(0, content - page));
    verticalScrollBar()->setPageStep(page);
    verticalScrollBar()->setSingleStep(rowHeight());
}

void WaterfallView::resizeEvent(QResizeEvent* event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
}

QRect WaterfallView::rowRect(int row) const
{
    return QRect(0, headerHeight() + row * rowHeight() - verticalScrollBar()->value(), viewport()->width(),
                 rowHeight());
}

int WaterfallView::rowAt(QPoint pos) const
{
    if (!m_trace || pos.y() < headerHeight())
        return -1;
    const int row = (pos.y() - headerHeight() + verticalScrollBar()->value()) / rowHeight();
    return row >= 0 && row < rowCount() ? row : -1;
}

QRectF WaterfallView::barRect(const AssembledSpan& span, const QRect& row) const
{
    const double left = labelWidth() + 8;
    const double width = std::max(10.0, viewport()->width() - left - 70.0); // room for the duration text
    const double total = static_cast<double>(std::max<std::int64_t>(1, m_trace->durationUs));
    const double x0 = left + width * static_cast<double>(span.startUs) / total;
    const double x1 = left + width * static_cast<double>(span.endUs) / total;
    return QRectF(x0, row.top() + 4, std::max(2.0, x1 - x0), row.height() - 8);
}

void WaterfallView::paintEvent(QPaintEvent*)
{
    QPainter p(viewport());
    const QPalette& pal = palette();
    const QFontMetrics fm = fontMetrics();
    const int header = headerHeight();
    const int labels = labelWidth();
    if (!m_trace) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(viewport()->rect(), Qt::AlignCenter, tr("No trace open"));
        return;
    }
    const double barLeft = labels + 8;
    const double barWidth = std::max(10.0, viewport()->width() - barLeft - 70.0);

    // Rows, clipped below the header.
    p.save();
    p.setClipRect(QRect(0, header, viewport()->width(), viewport()->height() - header));
    const int first = std::max(0, verticalScrollBar()->value() / rowHeight());
    const int last = std::min(rowCount() - 1, first + viewport()->height() / rowHeight() + 1);
    for (int row = first; row <= last; ++row) {
        const AssembledSpan& s = m_trace->spans[static_cast<std::size_t>(row)];
        const QRect r = rowRect(row);
        if (row == m_selectedRow)
            p.fillRect(r, pal.color(QPalette::Highlight).lighter(170));
        else if (row % 2)
            p.fillRect(r, pal.color(QPalette::AlternateBase));
        const QString service = qs(s.serviceName);
        const QColor colour = serviceColor(service);
        const bool failed = s.status == SpanStatus::Error;

        // Label: indentation, service chip, warning sign, "service  name".
        int x = 6 + std::min(s.depth, kMaxIndentDepth) * kIndent;
        p.fillRect(QRect(x, r.center().y() - 5, 10, 10), colour);
        x += 16;
        if (s.indexInTrace < m_warned.size() && m_warned[s.indexInTrace]) {
            p.setPen(QColor(0xe6, 0x51, 0x00));
            p.drawText(QRect(x, r.top(), 16, r.height()), Qt::AlignVCenter, QStringLiteral("⚠"));
            x += 16;
        }
        QFont bold = font();
        bold.setBold(true);
        p.setFont(bold);
        p.setPen(failed ? errorColor() : pal.color(QPalette::Text));
        const QString serviceText = fm.elidedText(service, Qt::ElideRight, std::max(0, labels - x) / 2);
        const int serviceWidth = QFontMetrics(bold).horizontalAdvance(serviceText);
        p.drawText(QRect(x, r.top(), labels - x, r.height()), Qt::AlignVCenter, serviceText);
        p.setFont(font());
        p.setPen(failed ? errorColor() : pal.color(QPalette::Text));
        const int nameX = x + serviceWidth + 8;
        p.drawText(QRect(nameX, r.top(), std::max(0, labels - nameX - 4), r.height()), Qt::AlignVCenter,
                   fm.elidedText(qs(s.name), Qt::ElideRight, std::max(0, labels - nameX - 4)));

        // Bar on the time axis: faded off the critical path, outlined on it.
        const QRectF bar = barRect(s, r);
        QColor fill = failed ? errorColor() : colour;
        if (!s.onCriticalPath)
            fill.setAlpha(110);
        p.fillRect(bar, fill);
        if (s.onCriticalPath) {
            p.setPen(QPen(pal.color(QPalette::Text), 1.2));
            p.drawRect(bar.adjusted(0.5, 0.5, -0.5, -0.5));
        }
        p.setPen(pal.color(QPalette::PlaceholderText));
        const QString duration = formatDuration(s.endUs - s.startUs);
        const int textWidth = fm.horizontalAdvance(duration);
        const double textX = bar.right() + 4 + textWidth <= barLeft + barWidth + 70 ? bar.right() + 4
                                                                                    : bar.left() - textWidth - 4;
        p.drawText(QRectF(textX, r.top(), textWidth + 2, r.height()), Qt::AlignVCenter, duration);
    }
    p.restore();

    // Header: the time axis with ticks, and a legend for what the outline and the fading mean.
    p.fillRect(QRect(0, 0, viewport()->width(), header), pal.color(QPalette::Button));
    p.setPen(pal.color(QPalette::Mid));
    p.drawLine(0, header - 1, viewport()->width(), header - 1);
    p.setPen(pal.color(QPalette::ButtonText));
    p.drawText(QRect(8, 0, labels - 8, header), Qt::AlignVCenter,
               tr("%n span(s) · outlined: critical path", nullptr, rowCount()));
    for (int i = 0; i <= kTicks; ++i) {
        const double x = barLeft + barWidth * i / kTicks;
        p.setPen(pal.color(QPalette::Midlight));
        p.drawLine(QPointF(x, header), QPointF(x, viewport()->height()));
        p.setPen(pal.color(QPalette::ButtonText));
        const QString label = formatDuration(m_trace->durationUs * i / kTicks);
        const int w = fm.horizontalAdvance(label);
        p.drawText(QRectF(i == kTicks ? x - w : i == 0 ? x : x - w / 2.0, 0, w + 2, header), Qt::AlignVCenter, label);
    }
}

int WaterfallView::selectedSpan() const
{
    if (!m_trace || m_selectedRow < 0)
        return -1;
    return m_trace->spans[static_cast<std::size_t>(m_selectedRow)].indexInTrace;
}

void WaterfallView::selectSpan(int indexInTrace)
{
    if (!m_trace || indexInTrace < 0 || static_cast<std::size_t>(indexInTrace) >= m_trace->positionOf.size()) {
        setSelectedRow(-1);
        return;
    }
    setSelectedRow(static_cast<int>(m_trace->positionOf[static_cast<std::size_t>(indexInTrace)]));
}

void WaterfallView::setSelectedRow(int row)
{
    if (row == m_selectedRow)
        return;
    m_selectedRow = row;
    if (row >= 0) {
        // Keep the selected row in view.
        const QRect r = rowRect(row);
        if (r.top() < headerHeight())
            verticalScrollBar()->setValue(row * rowHeight());
        else if (r.bottom() > viewport()->height())
            verticalScrollBar()->setValue((row + 1) * rowHeight() - (viewport()->height() - headerHeight()));
    }
    viewport()->update();
    Q_EMIT spanSelected(selectedSpan());
}

void WaterfallView::mousePressEvent(QMouseEvent* event)
{
    const int row = rowAt(event->position().toPoint());
    if (row >= 0)
        setSelectedRow(row);
    QAbstractScrollArea::mousePressEvent(event);
}

void WaterfallView::keyPressEvent(QKeyEvent* event)
{
    if (!m_trace || rowCount() == 0)
        return QAbstractScrollArea::keyPressEvent(event);
    switch (event->key()) {
    case Qt::Key_Down: setSelectedRow(std::min(rowCount() - 1, m_selectedRow + 1)); return;
    case Qt::Key_Up: setSelectedRow(std::max(0, m_selectedRow - 1)); return;
    case Qt::Key_Home: setSelectedRow(0); return;
    case Qt::Key_End: setSelectedRow(rowCount() - 1); return;
    default: QAbstractScrollArea::keyPressEvent(event);
    }
}

bool WaterfallView::viewportEvent(QEvent* event)
{
    if (event->type() == QEvent::ToolTip && m_trace) {
        const auto* help = static_cast<QHelpEvent*>(event);
        const int row = rowAt(help->pos());
        if (row >= 0) {
            const AssembledSpan& s = m_trace->spans[static_cast<std::size_t>(row)];
            QString text = tr("<b>%1</b> %2<br>start +%3 · duration %4 · self %5")
                               .arg(qs(s.serviceName).toHtmlEscaped(), qs(s.name).toHtmlEscaped(),
                                    formatDuration(s.startUs), formatDuration(s.endUs - s.startUs),
                                    formatDuration(s.selfUs));
            if (s.onCriticalPath)
                text += tr("<br>on the critical path");
            if (!s.errorType.empty())
                text += QStringLiteral("<br><span style=\"color:#c62828\">%1: %2</span>")
                            .arg(qs(s.errorType).toHtmlEscaped(), qs(s.errorMessage).toHtmlEscaped());
            QToolTip::showText(help->globalPos(), text, viewport());
            return true;
        }
        QToolTip::hideText();
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

} // namespace kunren::app
