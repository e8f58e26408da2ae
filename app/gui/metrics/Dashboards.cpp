#include "metrics/Dashboards.h"

#include "models/Formatting.h"
#include "widgets/RedCharts.h"

#include <QCoreApplication>

#include <map>

namespace kunren::app {

namespace {

// The translation context of this file's strings; lupdate reads the Dashboards::tr calls.
struct Dashboards
{
    Q_DECLARE_TR_FUNCTIONS(Dashboards)
};

const QColor kBlue(0x2f, 0x6f, 0xd6), kRed(0xd6, 0x36, 0x2f), kGreen(0x2e, 0x9d, 0x5b), kAmber(0xe0, 0x9b, 0x12),
    kGrey(0x7f, 0x8c, 0x8d), kPurple(0x8e, 0x44, 0xad);
constexpr double kMiB = 1.0 / (1024.0 * 1024.0);

QString number(double v) { return QString::number(v, 'f', v >= 100 ? 0 : v >= 10 ? 1 : 2); }
QString mib(double v) { return formatBytes(v / kMiB); }
QString percent(double v) { return formatPercent(v / 100.0); }
QString seconds(double v) { return Dashboards::tr("%1 s").arg(v, 0, 'f', v >= 10 ? 0 : 1); }

PanelLine line(const QString& label, const QString& metric, QColor colour = {},
               SeriesTransform t = SeriesTransform::Value, SeriesAggregation a = SeriesAggregation::Sum,
               double scale = 1.0)
{
    PanelLine l;
    l.label = label;
    l.metric = metric;
    l.colour = colour;
    l.transform = t;
    l.aggregation = a;
    l.scale = scale;
    return l;
}

PanelLine perPod(const QString& metric, SeriesTransform t, double scale = 1.0)
{
    PanelLine l = line({}, metric, {}, t, SeriesAggregation::Sum, scale);
    l.perPod = true;
    return l;
}

QList<Panel> redPanels()
{
    return {{Panel::Kind::RedRequests,
             Dashboards::tr("Requests and errors per second"),
             {},
             formatRate,
             Dashboards::tr("req/s")},
            {Panel::Kind::RedErrorRate, Dashboards::tr("Error rate"), {}, percent, Dashboards::tr("%")},
            {Panel::Kind::RedLatency, Dashboards::tr("Latency"), {}, formatMs, Dashboards::tr("ms")}};
}

std::vector<const MetricIndex::Series*> matching(const MetricIndex& index, const PanelLine& l, const QString& metric,
                                                 const QString& service)
{
    std::vector<const MetricIndex::Series*> out;
    for (const MetricIndex::Series* s : index.find(metric, service))
        if (l.attribute.isEmpty() || s->attributes.value(l.attribute) == l.value)
            out.push_back(s);
    return out;
}

// "fulfillment-7d9f8c-x2k4q" → "pod x2k4q": the legend has room for the part that tells pods apart.
QString shortPod(const QString& pod, const QString& service)
{
    if (!pod.startsWith(service + QLatin1Char('-')))
        return pod;
    return Dashboards::tr("pod %1").arg(pod.section(QLatin1Char('-'), -1));
}

} // namespace

QList<Panel> dashboardFor(const ServiceSpec& service)
{
    QList<Panel> panels = redPanels();
    switch (service.kind) {
    case ServiceKind::Database:
        panels << Panel{Panel::Kind::Lines,
                        Dashboards::tr("Connections"),
                        {line(Dashboards::tr("in use"), QStringLiteral("db.client.connections.usage"), kBlue),
                         line(Dashboards::tr("pool size"), QStringLiteral("db.client.connections.max"), kRed)},
                        number,
                        Dashboards::tr("connections")};
        panels << Panel{Panel::Kind::Lines,
                        Dashboards::tr("Memory"),
                        {line(Dashboards::tr("freeable"), QStringLiteral("db.server.freeable_memory"), kGreen,
                              SeriesTransform::Value, SeriesAggregation::Sum, kMiB),
                         line(Dashboards::tr("swap used"), QStringLiteral("db.server.swap_usage"), kRed,
                              SeriesTransform::Value, SeriesAggregation::Sum, kMiB)},
                        mib,
                        Dashboards::tr("MiB")};
        return panels;
    case ServiceKind::Cache: {
        panels << Panel{Panel::Kind::Lines,
                        Dashboards::tr("Cache hit ratio"),
                        {line(Dashboards::tr("hit ratio"), QStringLiteral("cache.hit_ratio"), kGreen,
                              SeriesTransform::Value, SeriesAggregation::Average, 100.0)},
                        percent,
                        Dashboards::tr("%")};
        return panels;
    }
    case ServiceKind::Queue:
        panels << Panel{Panel::Kind::Lines,
                        Dashboards::tr("Queue depth"),
                        {line(Dashboards::tr("messages waiting"), QStringLiteral("messaging.queue.depth"), kBlue)},
                        number,
                        Dashboards::tr("messages")};
        panels << Panel{Panel::Kind::Lines,
                        Dashboards::tr("Consumer lag"),
                        {line(Dashboards::tr("oldest message age"), QStringLiteral("messaging.consumer.lag"), kAmber)},
                        seconds,
                        Dashboards::tr("s")};
        panels << Panel{Panel::Kind::Lines,
                        Dashboards::tr("Published and consumed per second"),
                        {line(Dashboards::tr("published/s"), QStringLiteral("messaging.published"), kBlue,
                              SeriesTransform::PerSecond),
                         line(Dashboards::tr("consumed/s"), QStringLiteral("messaging.consumed"), kGreen,
                              SeriesTransform::PerSecond)},
                        formatRate,
                        Dashboards::tr("msg/s")};
        return panels;
    case ServiceKind::External:
        panels << Panel{Panel::Kind::Lines,
                        Dashboards::tr("Calls against the rate limit"),
                        {line(Dashboards::tr("calls/s"), QStringLiteral("service.request.count"), kBlue,
                              SeriesTransform::PerSecond),
                         line(Dashboards::tr("rate limit"), QStringLiteral("external.api.rate_limit"), kRed)},
                        formatRate,
                        Dashboards::tr("calls/s")};
        panels << Panel{Panel::Kind::Lines,
                        Dashboards::tr("Throttled (429) and client errors per second"),
                        {line(Dashboards::tr("throttled/s"), QStringLiteral("external.api.throttled"), kRed,
                              SeriesTransform::PerSecond),
                         line(Dashboards::tr("client errors/s"), QStringLiteral("external.api.client_errors"), kAmber,
                              SeriesTransform::PerSecond)},
                        formatRate,
                        Dashboards::tr("calls/s")};
        return panels;
    default: break;
    }
    if (!service.deployment)
        return panels;
    PanelLine memLimit = line(Dashboards::tr("limit"), QStringLiteral("kube_pod_container_resource_limits"), kRed,
                              SeriesTransform::Value, SeriesAggregation::Max, kMiB);
    memLimit.attribute = QStringLiteral("resource");
    memLimit.value = QStringLiteral("memory");
    PanelLine throttled = line(Dashboards::tr("throttled periods"),
                               QStringLiteral("container_cpu_cfs_throttled_periods_total"), kAmber,
                               SeriesTransform::PerSecond, SeriesAggregation::Sum, 100.0);
    throttled.denominator = QStringLiteral("container_cpu_cfs_periods_total");
    panels << Panel{Panel::Kind::Lines,
                    Dashboards::tr("CPU per pod"),
                    {perPod(QStringLiteral("container_cpu_usage_seconds_total"), SeriesTransform::PerSecond)},
                    number,
                    Dashboards::tr("cores")};
    panels << Panel{Panel::Kind::Lines, Dashboards::tr("CPU throttling"), {throttled}, percent, Dashboards::tr("%")};
    panels << Panel{
        Panel::Kind::Lines,
        Dashboards::tr("Memory working set per pod"),
        {perPod(QStringLiteral("container_memory_working_set_bytes"), SeriesTransform::Value, kMiB), memLimit},
        mib,
        Dashboards::tr("MiB")};
    panels << Panel{Panel::Kind::Lines,
                    Dashboards::tr("Restarts and OOM kills"),
                    {line(Dashboards::tr("restarts"), QStringLiteral("kube_pod_container_status_restarts_total"), kRed),
                     line(Dashboards::tr("OOM kills"), QStringLiteral("container_oom_events_total"), kPurple)},
                    number,
                    Dashboards::tr("count")};
    QList<PanelLine> replicas{
        line(Dashboards::tr("desired"), QStringLiteral("kube_deployment_spec_replicas"), kGrey),
        line(Dashboards::tr("available"), QStringLiteral("kube_deployment_status_replicas_available"), kGreen)};
    if (service.deployment->autoscaler)
        replicas << line(Dashboards::tr("HPA desired"),
                         QStringLiteral("kube_horizontalpodautoscaler_status_desired_replicas"), kBlue);
    panels << Panel{Panel::Kind::Lines, Dashboards::tr("Replicas"), replicas, number, Dashboards::tr("pods")};
    return panels;
}

QList<ChartLine> panelLines(const Panel& panel, const MetricIndex& index, const QString& service, SimTime from,
                            SimTime to)
{
    QList<ChartLine> lines;
    if (panel.kind != Panel::Kind::Lines) {
        const RedLines red = redLines(index, service, {}, from, to);
        if (panel.kind == Panel::Kind::RedRequests)
            return {red.requests, red.errors};
        if (panel.kind == Panel::Kind::RedErrorRate)
            return {red.errorRate};
        return {red.p50, red.p95, red.p99};
    }
    for (const PanelLine& l : panel.lines) {
        const auto series = matching(index, l, l.metric, service);
        if (l.perPod) {
            for (const MetricIndex::Series* s : series)
                lines << ChartLine{shortPod(s->pod, service), seriesPoints(*s, from, to, l.transform, l.scale), {}};
            continue;
        }
        QList<QPointF> points = aggregatePoints(series, from, to, l.transform, l.aggregation, l.scale);
        if (!l.denominator.isEmpty()) {
            std::map<double, double> below;
            for (const QPointF& p :
                 aggregatePoints(matching(index, l, l.denominator, service), from, to, l.transform, l.aggregation))
                below[p.x()] = p.y();
            QList<QPointF> ratio;
            for (const QPointF& p : points)
                if (const auto it = below.find(p.x()); it != below.end() && it->second > 0)
                    ratio << QPointF(p.x(), p.y() / it->second);
            points = ratio;
        }
        lines << ChartLine{l.label, points, l.colour};
    }
    return lines;
}

} // namespace kunren::app
