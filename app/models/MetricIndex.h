#pragma once

#include "telemetry/TelemetryStore.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <limits>
#include <optional>
#include <vector>

namespace kunren::app {

// The drill's metric series with their points, copied out of the store series by series so a chart
// reads one series without scanning every point. update() takes only what was published since the
// previous call, so keeping it current costs as much as the new points; a budget bounds one call (the
// GUI thread catches up on a long drill in slices instead of one long stall).
class MetricIndex
{
public:
    struct HistogramSample
    {
        SimTime time = 0;
        double sum = 0;
        std::uint64_t count = 0;
        std::vector<std::uint32_t> buckets; // bounds().size() + 1 counts
    };
    struct Series
    {
        SeriesId id = 0;
        QString name, unit, service, pod;
        QHash<QString, QString> attributes;
        MetricType type = MetricType::Gauge;
        bool monotonic = false;
        std::vector<SimTime> times; // gauges and sums
        std::vector<double> values;
        std::vector<HistogramSample> histogram;
    };

    // `pointsPerSeries`: how many points a series will hold by the drill's end (its length / the 10 s
    // metric interval). Reserving that up front matters: every series of a drill grows in step, so
    // growing vectors on demand reallocated thousands of them in the same update (a 200 ms stall).
    void reset(const TelemetryStore* store, std::size_t pointsPerSeries = 0);
    // Copies at most `maxPoints` new points (and histogram points); true when it has caught up.
    bool update(std::size_t maxPoints = std::numeric_limits<std::size_t>::max());
    bool isEmpty() const { return m_series.empty(); }
    SimTime latest() const { return m_latest; }

    const std::vector<Series>& series() const { return m_series; }
    // Series with this metric name, optionally only those of one service (by name).
    std::vector<const Series*> find(const QString& name, const QString& service = {}) const;
    QStringList metricNames() const; // sorted
    QStringList attributeKeys(const QString& metric) const;
    const std::vector<double>& durationBounds() const { return m_bounds; } // histogram bucket upper bounds, s

private:
    const TelemetryStore* m_store = nullptr;
    std::vector<Series> m_series;
    QHash<QString, std::vector<std::size_t>> m_byName;
    std::vector<double> m_bounds;
    std::size_t m_points = 0, m_histogramPoints = 0;
    std::size_t m_reserve = 0;
    SimTime m_latest = 0;
};

// The value of a series at time t: the last point at or before t (nullopt before the first).
std::optional<double> valueAt(const MetricIndex::Series& series, SimTime t);

} // namespace kunren::app
