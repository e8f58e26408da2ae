#include "models/SeriesPoints.h"

#include <algorithm>
#include <map>

namespace kunren::app {

QList<QPointF> seriesPoints(const MetricIndex::Series& series, SimTime from, SimTime to, SeriesTransform transform,
                            double scale)
{
    QList<QPointF> out;
    const auto begin = std::lower_bound(series.times.begin(), series.times.end(), from);
    for (auto it = begin; it != series.times.end() && *it <= to; ++it) {
        const std::size_t i = static_cast<std::size_t>(it - series.times.begin());
        double y = series.values[i];
        if (transform == SeriesTransform::PerSecond) {
            const double prev = i > 0 ? series.values[i - 1] : 0.0;
            const SimTime prevTime = i > 0 ? series.times[i - 1] : 0;
            if (series.times[i] <= prevTime)
                continue;
            // A counter that went down was reset (a restarted pod): count from zero.
            const double delta = y >= prev ? y - prev : y;
            y = delta / toSeconds(series.times[i] - prevTime);
        }
        out << QPointF(toMinutes(series.times[i]), y * scale);
    }
    return out;
}

QList<QPointF> aggregatePoints(const std::vector<const MetricIndex::Series*>& series, SimTime from, SimTime to,
                               SeriesTransform transform, SeriesAggregation aggregation, double scale)
{
    struct Acc
    {
        double sum = 0, min = 0, max = 0;
        int n = 0;
    };
    std::map<double, Acc> byX;
    for (const MetricIndex::Series* s : series)
        for (const QPointF& p : seriesPoints(*s, from, to, transform, scale)) {
            Acc& a = byX[p.x()];
            a.min = a.n ? std::min(a.min, p.y()) : p.y();
            a.max = a.n ? std::max(a.max, p.y()) : p.y();
            a.sum += p.y();
            ++a.n;
        }
    QList<QPointF> out;
    out.reserve(static_cast<qsizetype>(byX.size()));
    for (const auto& [x, a] : byX) {
        double y = a.sum;
        switch (aggregation) {
        case SeriesAggregation::Sum: y = a.sum; break;
        case SeriesAggregation::Average: y = a.sum / a.n; break;
        case SeriesAggregation::Max: y = a.max; break;
        case SeriesAggregation::Min: y = a.min; break;
        }
        out << QPointF(x, y);
    }
    return out;
}

} // namespace kunren::app
