#include "models/ServiceHealthModel.h"

#include "bridge/QtConversions.h"
#include "scenario/Topology.h"

#include <QBrush>
#include <QColor>

#include <algorithm>

namespace kunren::app {

namespace {
constexpr double kWindowSeconds = 10.0;
}

ServiceHealthModel::ServiceHealthModel(QObject* parent) : QAbstractTableModel(parent) {}

void ServiceHealthModel::setTelemetry(const TelemetryStore* store)
{
    beginResetModel();
    m_store = store;
    m_series.clear();
    m_rows.clear();
    m_pointsSeen = m_histogramsSeen = 0;
    if (m_store) {
        const TelemetryCounts c = m_store->counts();
        for (std::size_t i = 0; i < c.services; ++i) {
            const ServiceInfo& s = m_store->service(static_cast<ServiceIndex>(i));
            m_rows.push_back(
                {qs(m_store->str(s.name)), QString::fromLatin1(toString(static_cast<ServiceKind>(s.kind)))});
        }
    }
    endResetModel();
    refresh();
}

void ServiceHealthModel::classifyNewSeries(std::size_t seriesCount)
{
    const std::size_t from = m_series.size();
    m_series.resize(seriesCount);
    for (std::size_t i = from; i < seriesCount; ++i) {
        const SeriesInfo& info = m_store->series(static_cast<SeriesId>(i));
        const std::string_view name = m_store->str(info.name);
        SeriesState& st = m_series[i];
        st.service = info.resource == kNoResource ? kNoService : m_store->resource(info.resource).service;
        if (name == "service.request.count")
            st.role = SeriesRole::Hits;
        else if (name == "service.error.count")
            st.role = SeriesRole::Errors;
        else if (name == "service.request.duration")
            st.role = SeriesRole::Duration;
        else if (name == "kube_deployment_status_replicas_available")
            st.role = SeriesRole::PodsReady;
        else if (name == "kube_deployment_spec_replicas")
            st.role = SeriesRole::PodsSpec;
    }
}

void ServiceHealthModel::refresh()
{
    if (!m_store || m_rows.empty())
        return;
    const TelemetryCounts c = m_store->counts();
    classifyNewSeries(c.series);
    SimTime latest = -1;
    for (; m_pointsSeen < c.points; ++m_pointsSeen) {
        const MetricPoint& p = m_store->point(m_pointsSeen);
        SeriesState& st = m_series[p.series];
        if (st.role == SeriesRole::None)
            continue;
        st.previous = st.lastTime < 0 ? 0.0 : st.last;
        st.last = p.value;
        st.lastTime = p.time;
        latest = std::max(latest, p.time);
    }
    for (; m_histogramsSeen < c.histogramPoints; ++m_histogramsSeen) {
        const HistogramPoint& h = m_store->histogramPoint(m_histogramsSeen);
        SeriesState& st = m_series[h.series];
        st.firstBucket = h.firstBucket;
        st.count = h.count;
        st.lastTime = h.time;
    }
    if (latest < 0)
        return;
    aggregate(latest);
    Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void ServiceHealthModel::aggregate(SimTime windowEnd)
{
    std::vector<double> hits(m_rows.size(), 0.0), errors(m_rows.size(), 0.0);
    std::vector<std::vector<std::uint64_t>> buckets(m_rows.size());
    std::span<const double> bounds;
    for (std::size_t i = 0; i < m_series.size(); ++i) {
        const SeriesState& st = m_series[i];
        if (st.service >= m_rows.size() || st.lastTime != windowEnd)
            continue;
        Row& row = m_rows[st.service];
        switch (st.role) {
        case SeriesRole::Hits: hits[st.service] += st.last - st.previous; break;
        case SeriesRole::Errors: errors[st.service] += st.last - st.previous; break;
        case SeriesRole::PodsReady: row.podsReady = static_cast<int>(st.last); break;
        case SeriesRole::PodsSpec: row.podsSpec = static_cast<int>(st.last); break;
        case SeriesRole::Duration: {
            bounds = m_store->bucketBounds(m_store->series(static_cast<SeriesId>(i)).bounds);
            auto& b = buckets[st.service];
            b.resize(bounds.size() + 1, 0);
            for (std::size_t k = 0; k <= bounds.size(); ++k)
                b[k] += m_store->bucketCount(st.firstBucket + k);
            break;
        }
        case SeriesRole::None: break;
        }
    }
    for (std::size_t s = 0; s < m_rows.size(); ++s) {
        Row& row = m_rows[s];
        row.rate = hits[s] / kWindowSeconds;
        row.errorRate = hits[s] > 0 ? errors[s] / hits[s] : 0.0;
        // p95 from the merged histogram: the upper bound of the bucket holding the 95th percentile.
        row.p95Ms = 0;
        std::uint64_t total = 0;
        for (auto n : buckets[s])
            total += n;
        std::uint64_t acc = 0;
        for (std::size_t k = 0; k < buckets[s].size() && total > 0; ++k) {
            acc += buckets[s][k];
            if (acc * 100 >= total * 95) {
                row.p95Ms = (k < bounds.size() ? bounds[k] : bounds.back() * 2) * 1000.0;
                break;
            }
        }
    }
}

ServiceHealthModel::Health ServiceHealthModel::health(int row) const
{
    const Row& r = m_rows[static_cast<std::size_t>(row)];
    if (r.errorRate >= 0.05 || r.podsReady == 0)
        return Health::Critical;
    if (r.errorRate >= 0.01 || (r.podsSpec > 0 && r.podsReady >= 0 && r.podsReady < r.podsSpec))
        return Health::Warning;
    return Health::Ok;
}

int ServiceHealthModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ServiceHealthModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ServiceHealthModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Row& r = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Service: return r.name;
        case Kind: return r.kind;
        case RequestRate: return QString::number(r.rate, 'f', 1);
        case ErrorRate: return QString(QString::number(r.errorRate * 100.0, 'f', 2) + QLatin1Char('%'));
        case LatencyP95: return r.p95Ms > 0 ? tr("≤ %1 ms").arg(r.p95Ms, 0, 'f', 0) : QStringLiteral("–");
        case Pods:
            return r.podsSpec >= 0 ? QStringLiteral("%1/%2").arg(r.podsReady).arg(r.podsSpec) : QStringLiteral("–");
        }
        return {};
    case SortRole:
        switch (index.column()) {
        case RequestRate: return r.rate;
        case ErrorRate: return r.errorRate;
        case LatencyP95: return r.p95Ms;
        case Pods: return r.podsReady;
        default: return data(index, Qt::DisplayRole);
        }
    case HealthRole: return static_cast<int>(health(index.row()));
    case Qt::TextAlignmentRole:
        return index.column() >= RequestRate ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ForegroundRole:
        if (index.column() == ErrorRate || index.column() == Service) {
            switch (health(index.row())) {
            case Health::Critical: return QBrush(QColor(0xd0, 0x31, 0x2d));
            case Health::Warning: return QBrush(QColor(0xc2, 0x7c, 0x0e));
            case Health::Ok: return {};
            }
        }
        return {};
    }
    return {};
}

QVariant ServiceHealthModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Service: return tr("Service");
    case Kind: return tr("Kind");
    case RequestRate: return tr("Requests/s");
    case ErrorRate: return tr("Errors");
    case LatencyP95: return tr("p95 latency");
    case Pods: return tr("Pods ready");
    }
    return {};
}

} // namespace kunren::app
