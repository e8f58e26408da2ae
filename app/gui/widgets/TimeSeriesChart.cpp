#include "widgets/TimeSeriesChart.h"

#include "models/Downsample.h"
#include "models/Formatting.h"

#include <QChart>
#include <QGraphicsLayout>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMouseEvent>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace kunren::app {

namespace {

double niceCeiling(double v)
{
    if (v <= 0)
        return 1.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(v)));
    for (double step : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (v <= step * magnitude)
            return step * magnitude;
    return 10 * magnitude;
}

} // namespace

TimeSeriesChart::TimeSeriesChart(const QString& title, QWidget* parent)
    : QChartView(new QChart, parent),
      m_x(new QValueAxis),
      m_y(new QValueAxis),
      m_format([](double v) { return QString::number(v, 'g', 4); })
{
    chart()->setTitle(title);
    chart()->setAnimationOptions(QChart::NoAnimation);
    chart()->legend()->setAlignment(Qt::AlignBottom);
    chart()->setMargins(QMargins(4, 4, 4, 4));
    chart()->layout()->setContentsMargins(0, 0, 0, 0);
    chart()->setBackgroundRoundness(0);
    setRenderHint(QPainter::Antialiasing);
    setMouseTracking(true);
    setMinimumHeight(190);
    m_empty = tr("No data in this window");
    m_x->setObjectName(QStringLiteral("timeAxis"));
    m_x->setTitleText(tr("minutes into the drill"));
    m_x->setTickType(QValueAxis::TicksDynamic);
    m_x->setTickAnchor(0);
    m_y->setObjectName(QStringLiteral("valueAxis"));
    m_y->setTickCount(5);
    chart()->addAxis(m_x, Qt::AlignBottom); // the chart owns them from here
    chart()->addAxis(m_y, Qt::AlignLeft);
    m_x->setRange(0, 1);
    m_y->setRange(0, 1);
    // Thinning depends on the plot's pixel width, which changes with the window and with the axes' label
    // widths and the legend, laid out after the lines are handed over: thin again (once the layout settles).
    connect(chart(), &QChart::plotAreaChanged, this, [this](const QRectF& area) {
        if (static_cast<int>(area.width()) != m_builtWidth && !m_lines.isEmpty() && !m_rebuildQueued) {
            m_rebuildQueued = true;
            QMetaObject::invokeMethod(
                this,
                [this] {
                    m_rebuildQueued = false;
                    if (plotWidth() != m_builtWidth)
                        rebuild();
                },
                Qt::QueuedConnection);
        }
    });
    applyTheme();
}

void TimeSeriesChart::setUnit(const QString& unit) { m_y->setTitleText(unit); }
QString TimeSeriesChart::unit() const { return m_y->titleText(); }

void TimeSeriesChart::setValueFormat(std::function<QString(double)> format) { m_format = std::move(format); }

void TimeSeriesChart::setEmptyText(const QString& text)
{
    m_empty = text;
    viewport()->update();
}

void TimeSeriesChart::setLines(const QList<ChartLine>& lines, double fromMinute, double toMinute)
{
    m_lines = lines;
    for (ChartLine& l : m_lines)
        std::sort(l.points.begin(), l.points.end(), [](const QPointF& a, const QPointF& b) { return a.x() < b.x(); });
    m_from = fromMinute;
    m_to = std::max(toMinute, fromMinute + 1.0 / 6.0);
    rebuild();
}

void TimeSeriesChart::setMarkers(const QList<ChartMarker>& markers)
{
    m_markers = markers;
    viewport()->update();
}

int TimeSeriesChart::plotWidth() const { return std::max(50, static_cast<int>(chart()->plotArea().width())); }

qsizetype TimeSeriesChart::plottedPoints() const
{
    qsizetype n = 0;
    for (QAbstractSeries* s : chart()->series())
        n += static_cast<QLineSeries*>(s)->count();
    return n;
}

qsizetype TimeSeriesChart::rawPoints() const
{
    qsizetype n = 0;
    for (const ChartLine& l : m_lines)
        n += l.points.size();
    return n;
}

void TimeSeriesChart::rebuild()
{
    QChart* c = chart();
    c->removeAllSeries();
    const int width = plotWidth();
    m_builtWidth = width;

    m_x->setRange(m_from, m_to);
    const double span = m_to - m_from;
    m_x->setTickInterval(span > 90 ? 15 : span > 40 ? 10 : span > 12 ? 5 : span > 4 ? 1 : 0.5);
    m_x->setLabelFormat(span <= 4 ? QStringLiteral("%.1f") : QStringLiteral("%.0f"));

    double top = 0;
    for (const ChartLine& line : std::as_const(m_lines)) {
        auto* series = new QLineSeries(c);
        series->setName(line.name);
        const QList<QPointF> thin = downsampleMinMax(line.points, m_from, m_to, width);
        for (const QPointF& p : thin)
            top = std::max(top, p.y());
        series->replace(thin);
        c->addSeries(series);
        series->attachAxis(m_x);
        series->attachAxis(m_y);
        QPen pen = series->pen();
        pen.setWidthF(1.6);
        if (line.colour.isValid())
            pen.setColor(line.colour);
        series->setPen(pen);
    }
    m_y->setRange(0, niceCeiling(top * 1.05));
    m_y->applyNiceNumbers();
    // Plain numbers on the axis, never 2.5e+03.
    // As many decimals as the tick step needs, so ticks never read "0.01, 0.01, 0.01".
    const double step = (m_y->max() - m_y->min()) / std::max(1, m_y->tickCount() - 1);
    int decimals = 0;
    while (decimals < 6 && step > 0 &&
           std::abs(step * std::pow(10.0, decimals) - std::round(step * std::pow(10.0, decimals))) > 1e-6)
        ++decimals;
    m_y->setLabelFormat(QStringLiteral("%.%1f").arg(decimals));
    // Every line named; past a dozen (one per pod of a big deployment) the names would bury the plot.
    c->legend()->setVisible(!m_lines.isEmpty() && m_lines.size() <= 12);
    viewport()->update();
}

void TimeSeriesChart::changeEvent(QEvent* event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
}

void TimeSeriesChart::applyTheme()
{
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    chart()->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart()->setBackgroundBrush(palette().brush(QPalette::Base));
    chart()->setTitleBrush(palette().brush(QPalette::Text));
    QFont titleFont = font();
    titleFont.setBold(true);
    chart()->setTitleFont(titleFont);
    chart()->legend()->setLabelColor(palette().color(QPalette::Text));
    if (!m_lines.isEmpty())
        rebuild();
}

QString TimeSeriesChart::hoverText(double minute) const
{
    QStringList lines;
    const qint64 us = static_cast<qint64>(minute * 60e6);
    lines << QStringLiteral("<b>%1</b>").arg(formatElapsed(us));
    for (const ChartLine& l : m_lines) {
        if (l.points.isEmpty())
            continue;
        const auto it = std::lower_bound(l.points.begin(), l.points.end(), minute,
                                         [](const QPointF& p, double m) { return p.x() < m; });
        const QPointF* best = nullptr;
        if (it != l.points.end())
            best = &*it;
        if (it != l.points.begin() && (!best || minute - std::prev(it)->x() < best->x() - minute))
            best = &*std::prev(it);
        if (best && std::abs(best->x() - minute) <= (m_to - m_from) / 40.0)
            lines << QStringLiteral("%1: %2").arg(l.name.toHtmlEscaped(), m_format(best->y()).toHtmlEscaped());
    }
    for (const ChartMarker& m : m_markers)
        if (std::abs(m.minute - minute) <= (m_to - m_from) / 100.0)
            lines << QStringLiteral("<span style=\"color:%1\">&#9646;</span> %2")
                         .arg(m.colour.name(), m.label.toHtmlEscaped());
    return lines.join(QStringLiteral("<br>"));
}

void TimeSeriesChart::mouseMoveEvent(QMouseEvent* event)
{
    QChartView::mouseMoveEvent(event);
    const QPointF pos = event->position();
    const QRectF plot = chart()->plotArea();
    if (!plot.contains(pos) || m_lines.isEmpty()) {
        if (m_hoverMinute >= 0) {
            m_hoverMinute = -1;
            QToolTip::hideText();
            viewport()->update();
        }
        return;
    }
    m_hoverMinute = chart()->mapToValue(pos).x();
    QToolTip::showText(event->globalPosition().toPoint() + QPoint(14, 10), hoverText(m_hoverMinute), this);
    viewport()->update();
}

void TimeSeriesChart::leaveEvent(QEvent* event)
{
    QChartView::leaveEvent(event);
    m_hoverMinute = -1;
    viewport()->update();
}

void TimeSeriesChart::drawForeground(QPainter* painter, const QRectF& rect)
{
    QChartView::drawForeground(painter, rect);
    const QRectF plot = chart()->plotArea();
    painter->save();
    if (rawPoints() == 0) {
        painter->setPen(palette().color(QPalette::PlaceholderText));
        painter->drawText(plot, Qt::AlignCenter | Qt::TextWordWrap, m_empty);
    }
    if (!chart()->series().isEmpty()) {
        QAbstractSeries* any = chart()->series().first();
        for (const ChartMarker& m : std::as_const(m_markers)) {
            if (m.minute < m_from || m.minute > m_to)
                continue;
            const double x = chart()->mapToPosition(QPointF(m.minute, 0), any).x();
            QColor c = m.colour;
            c.setAlphaF(0.75f);
            painter->setPen(QPen(c, 1.4, Qt::DashLine));
            painter->drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
            painter->setPen(Qt::NoPen);
            painter->setBrush(c);
            painter->drawPolygon(
                QPolygonF({QPointF(x - 4, plot.top()), QPointF(x + 4, plot.top()), QPointF(x, plot.top() + 6)}));
        }
        if (m_hoverMinute >= 0) {
            const double x = chart()->mapToPosition(QPointF(m_hoverMinute, 0), any).x();
            QColor c = palette().color(QPalette::Text);
            c.setAlphaF(0.45f);
            painter->setPen(QPen(c, 1));
            painter->drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        }
    }
    painter->restore();
}

} // namespace kunren::app
