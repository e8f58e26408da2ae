#include "models/MetricIndex.h"

#include "bridge/QtConversions.h"

#include <algorithm>

namespace kunren::app {

void MetricIndex::reset(const TelemetryStore* store, std::size_t pointsPerSeries)
{
    m_store = store;
    m_reserve = pointsPerSeries;
    m_series.clear();
    m_byName.clear();
    m_bounds.clear();
    m_points = m_histogramPoints = 0;
    m_latest = 0;
    update();
}

bool MetricIndex::update(std::size_t maxPoints)
{
    if (!m_store)
        return true;
    const TelemetryCounts c = m_store->counts();
    // A new series costs a few string conversions: thousands of pods appear at once, so they count
    // against the budget too (about 16 points each).
    const std::size_t seriesEnd = m_series.size() + std::min(c.series - std::min(c.series, m_series.size()),
                                                             std::max<std::size_t>(1, maxPoints / 16));
    for (std::size_t i = m_series.size(); i < seriesEnd; ++i) {
        const SeriesInfo& info = m_store->series(static_cast<SeriesId>(i));
        Series s;
        s.id = static_cast<SeriesId>(i);
        s.name = qs(m_store->str(info.name));
        s.unit = qs(m_store->str(info.unit));
        s.type = info.type;
        s.monotonic = info.monotonic;
        if (info.resource < c.resources) {
            const ResourceInfo& r = m_store->resource(info.resource);
            if (r.service < c.services)
                s.service = qs(m_store->str(m_store->service(r.service).name));
            s.pod = qs(m_store->str(r.pod));
        }
        for (const auto& [k, v] : m_store->attributes(info.attributes))
            s.attributes.insert(qs(m_store->str(k)), qs(m_store->str(v)));
        if (info.type == MetricType::Histogram && m_bounds.empty()) {
            const auto bounds = m_store->bucketBounds(info.bounds);
            m_bounds.assign(bounds.begin(), bounds.end());
        }
        if (info.type == MetricType::Histogram) {
            s.histogram.reserve(m_reserve);
        } else {
            s.times.reserve(m_reserve);
            s.values.reserve(m_reserve);
        }
        m_byName[s.name].push_back(i);
        m_series.push_back(std::move(s));
    }
    if (m_series.size() < c.series)
        return false; // points may belong to series not copied yet: those first
    const std::size_t pointsEnd = m_points + std::min(maxPoints, c.points - std::min(c.points, m_points));
    for (; m_points < pointsEnd; ++m_points) {
        const MetricPoint& p = m_store->point(m_points);
        if (p.series >= m_series.size())
            continue;
        Series& s = m_series[p.series];
        s.times.push_back(p.time);
        s.values.push_back(p.value);
        m_latest = std::max(m_latest, p.time);
    }
    // A histogram point copies a dozen buckets: it counts as that many points.
    const std::size_t histogramBudget = std::max<std::size_t>(1, maxPoints / 16);
    const std::size_t histogramEnd = m_histogramPoints +
                                     std::min(histogramBudget,
                                              c.histogramPoints - std::min(c.histogramPoints, m_histogramPoints));
    for (; m_histogramPoints < histogramEnd; ++m_histogramPoints) {
        const HistogramPoint& h = m_store->histogramPoint(m_histogramPoints);
        if (h.series >= m_series.size())
            continue;
        HistogramSample sample{h.time, h.sum, h.count, {}};
        sample.buckets.reserve(m_bounds.size() + 1);
        for (std::size_t k = 0; k <= m_bounds.size(); ++k)
            sample.buckets.push_back(m_store->bucketCount(h.firstBucket + k));
        m_series[h.series].histogram.push_back(std::move(sample));
        m_latest = std::max(m_latest, h.time);
    }
    return m_series.size() >= c.series && m_points >= c.points && m_histogramPoints >= c.histogramPoints;
}

std::vector<const MetricIndex::Series*> MetricIndex::find(const QString& name, const QString& service) const
{
    std::vector<const Series*> out;
    for (std::size_t i : m_byName.value(name))
        if (service.isEmpty() || m_series[i].service == service)
            out.push_back(&m_series[i]);
    return out;
}

QStringList MetricIndex::metricNames() const
{
    QStringList names = m_byName.keys();
    names.sort();
    return names;
}

QStringList MetricIndex::attributeKeys(const QString& metric) const
{
    QStringList keys;
    for (const Series* s : find(metric))
        for (auto it = s->attributes.cbegin(); it != s->attributes.cend(); ++it)
            if (!keys.contains(it.key()))
                keys << it.key();
    keys.sort();
    return keys;
}

std::optional<double> valueAt(const MetricIndex::Series& series, SimTime t)
{
    const auto it = std::upper_bound(series.times.begin(), series.times.end(), t);
    if (it == series.times.begin())
        return std::nullopt;
    return series.values[static_cast<std::size_t>(std::prev(it) - series.times.begin())];
}

} // namespace kunren::app
