#include "widgets/HistogramChart.h"

#include "models/Formatting.h"

#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <numeric>

namespace kunren::app {

namespace {
constexpr int kMinBarWidth = 4;
}

HistogramChart::HistogramChart(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("histogramChart"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setMinimumHeight(80);
    setMaximumHeight(100);
    setMouseTracking(true);
}

void HistogramChart::setData(std::vector<std::uint64_t> counts, SimTime from, SimTime bucketWidth)
{
    m_counts = std::move(counts);
    m_from = from;
    m_bucketWidth = bucketWidth;
    update();
}

void HistogramChart::clear() { setData({}, 0, 0); }

std::uint64_t HistogramChart::total() const
{
    return std::accumulate(m_counts.begin(), m_counts.end(), std::uint64_t{0});
}

QRectF HistogramChart::plotRect() const
{
    const QFontMetrics fm(font());
    return QRectF(rect()).adjusted(fm.horizontalAdvance(QStringLiteral("00000")) + 6, 4, -6, -(fm.height() + 4));
}

std::vector<HistogramChart::Bar> HistogramChart::layoutBars() const
{
    std::vector<Bar> bars;
    if (m_counts.empty() || m_bucketWidth <= 0)
        return bars;
    const QRectF plot = plotRect();
    const std::size_t fit = std::max<std::size_t>(1, static_cast<std::size_t>(plot.width()) / kMinBarWidth);
    const std::size_t merge = (m_counts.size() + fit - 1) / fit;
    for (std::size_t i = 0; i < m_counts.size(); i += merge) {
        Bar b;
        b.from = m_from + static_cast<SimTime>(i) * m_bucketWidth;
        const std::size_t end = std::min(m_counts.size(), i + merge);
        b.to = m_from + static_cast<SimTime>(end) * m_bucketWidth;
        for (std::size_t k = i; k < end; ++k)
            b.count += m_counts[k];
        bars.push_back(b);
    }
    const std::uint64_t peak = std::max_element(bars.begin(), bars.end(), [](const Bar& a, const Bar& b) {
                                   return a.count < b.count;
                               })->count;
    const double w = plot.width() / static_cast<double>(bars.size());
    for (std::size_t i = 0; i < bars.size(); ++i) {
        const double h = peak > 0 ? plot.height() * static_cast<double>(bars[i].count) / static_cast<double>(peak)
                                  : 0.0;
        bars[i].rect = QRectF(plot.left() + w * static_cast<double>(i), plot.bottom() - h, std::max(1.0, w - 1.0), h);
    }
    return bars;
}

void HistogramChart::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    const QRectF plot = plotRect();
    const QFontMetrics fm(font());
    const QColor text = palette().color(QPalette::PlaceholderText);
    p.setPen(palette().color(QPalette::Mid));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    const std::vector<Bar> bars = layoutBars();
    if (bars.empty()) {
        p.setPen(text);
        p.drawText(plot, Qt::AlignCenter, tr("No data in this window"));
        return;
    }
    std::uint64_t peak = 0;
    for (const Bar& b : bars) {
        peak = std::max(peak, b.count);
        if (b.count > 0)
            p.fillRect(b.rect, m_color);
    }
    p.setPen(text);
    // The peak on the y axis, the window's ends and middle on the x axis.
    p.drawText(QRectF(0, plot.top() - 2, plot.left() - 4, fm.height()), Qt::AlignRight | Qt::AlignTop,
               QLocale().toString(static_cast<qulonglong>(peak)));
    p.drawText(QRectF(0, plot.bottom() - fm.height(), plot.left() - 4, fm.height()), Qt::AlignRight | Qt::AlignBottom,
               QStringLiteral("0"));
    const SimTime end = bars.back().to;
    const QRectF axis(plot.left(), plot.bottom() + 2, plot.width(), fm.height());
    p.drawText(axis, Qt::AlignLeft | Qt::AlignTop, formatSimTime(m_from, false));
    p.drawText(axis, Qt::AlignHCenter | Qt::AlignTop, formatSimTime((m_from + end) / 2, false));
    p.drawText(axis, Qt::AlignRight | Qt::AlignTop, formatSimTime(end, false));
}

bool HistogramChart::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto* help = static_cast<QHelpEvent*>(event);
        for (const Bar& b : layoutBars()) {
            const QRectF column(b.rect.left(), plotRect().top(), b.rect.width() + 1, plotRect().height());
            if (column.contains(help->pos())) {
                QToolTip::showText(help->globalPos(),
                                   tr("%1 – %2: %3")
                                       .arg(formatSimTime(b.from, false), formatSimTime(b.to, false),
                                            QLocale().toString(static_cast<qulonglong>(b.count))),
                                   this);
                return true;
            }
        }
        QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace kunren::app
