#include "widgets/RedCharts.h"

#include "models/EventsModel.h"
#include "models/Formatting.h"
#include "models/RedMetrics.h"
#include "models/SeriesPoints.h"

#include <QHBoxLayout>

namespace kunren::app {

QColor eventColour(const QString& kind)
{
    if (kind == QLatin1String("deploy"))
        return QColor(0x2f, 0x6f, 0xd6);
    if (kind == QLatin1String("config-change") || kind == QLatin1String("flag-flip"))
        return QColor(0x8e, 0x44, 0xad);
    if (kind == QLatin1String("oom-killed") || kind == QLatin1String("crash-loop") || kind == QLatin1String("restart"))
        return QColor(0xd6, 0x36, 0x2f);
    return QColor(0x7f, 0x8c, 0x8d);
}

QList<ChartMarker> eventMarkers(MetricCache* cache, const QString& service, SimTime from, SimTime to)
{
    QList<ChartMarker> markers;
    for (const MetricCache::Event& e : cache->eventsOf(service, from, to))
        markers << ChartMarker{toMinutes(e.time), QStringLiteral("%1: %2").arg(EventsModel::kindLabel(e.kind), e.title),
                               eventColour(e.kind)};
    return markers;
}

RedCharts::RedCharts(QWidget* parent)
    : QWidget(parent),
      m_requests(new TimeSeriesChart(tr("Requests and errors per second"), this)),
      m_errors(new TimeSeriesChart(tr("Error rate"), this)),
      m_latency(new TimeSeriesChart(tr("Latency"), this))
{
    m_requests->setObjectName(QStringLiteral("redRequestsChart"));
    m_errors->setObjectName(QStringLiteral("redErrorsChart"));
    m_latency->setObjectName(QStringLiteral("redLatencyChart"));
    m_requests->setValueFormat(formatRate);
    m_errors->setValueFormat([](double pct) { return formatPercent(pct / 100.0); });
    m_latency->setValueFormat(formatMs);
    m_requests->setUnit(tr("req/s"));
    m_errors->setUnit(tr("%"));
    m_latency->setUnit(tr("ms"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_requests);
    layout->addWidget(m_errors);
    layout->addWidget(m_latency);
}

RedLines redLines(const MetricIndex& index, const QString& service, const QString& operation, SimTime from, SimTime to)
{
    RedLines l{{RedCharts::tr("requests/s"), {}, QColor(0x2f, 0x6f, 0xd6)},
               {RedCharts::tr("errors/s"), {}, QColor(0xd6, 0x36, 0x2f)},
               {RedCharts::tr("error rate (%)"), {}, QColor(0xd6, 0x36, 0x2f)},
               {RedCharts::tr("p50 (ms)"), {}, QColor(0x2e, 0x9d, 0x5b)},
               {RedCharts::tr("p95 (ms)"), {}, QColor(0xe0, 0x9b, 0x12)},
               {RedCharts::tr("p99 (ms)"), {}, QColor(0xd6, 0x36, 0x2f)}};
    for (const RedPoint& p : redOverTime(index, service, operation, from, to)) {
        const double x = toMinutes(p.time);
        l.requests.points << QPointF(x, p.figures.rate);
        l.errors.points << QPointF(x, p.figures.rate * p.figures.errorRate);
        l.errorRate.points << QPointF(x, p.figures.errorRate * 100.0);
        if (p.figures.requests > 0) { // no latency without requests
            l.p50.points << QPointF(x, p.figures.p50Ms);
            l.p95.points << QPointF(x, p.figures.p95Ms);
            l.p99.points << QPointF(x, p.figures.p99Ms);
        }
    }
    return l;
}

void RedCharts::showRed(MetricCache* cache, const QString& service, const QString& operation, SimTime from, SimTime to)
{
    const RedLines l = redLines(cache->index(), service, operation, from, to);
    const double a = toMinutes(from), b = toMinutes(to);
    m_requests->setLines({l.requests, l.errors}, a, b);
    m_errors->setLines({l.errorRate}, a, b);
    m_latency->setLines({l.p50, l.p95, l.p99}, a, b);
    const QList<ChartMarker> markers = eventMarkers(cache, service, from, to);
    for (TimeSeriesChart* c : {m_requests, m_errors, m_latency})
        c->setMarkers(markers);
}

void RedCharts::clear()
{
    for (TimeSeriesChart* c : {m_requests, m_errors, m_latency}) {
        c->setLines({}, 0, 1);
        c->setMarkers({});
    }
}

} // namespace kunren::app
