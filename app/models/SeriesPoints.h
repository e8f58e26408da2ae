#pragma once

#include "models/MetricIndex.h"

#include <QList>
#include <QPointF>

#include <vector>

namespace kunren::app {

// Chart points from metric series: x in minutes since the drill started, y as the chart shows it.
enum class SeriesTransform { Value, PerSecond }; // PerSecond: increase of a counter per second
enum class SeriesAggregation { Sum, Average, Max, Min };

// One series over [from, to].
QList<QPointF> seriesPoints(const MetricIndex::Series& series, SimTime from, SimTime to, SeriesTransform transform,
                            double scale = 1.0);
// Several series combined point by point (they share recording times); empty when there are none.
QList<QPointF> aggregatePoints(const std::vector<const MetricIndex::Series*>& series, SimTime from, SimTime to,
                               SeriesTransform transform, SeriesAggregation aggregation, double scale = 1.0);

constexpr double toMinutes(SimTime t) { return static_cast<double>(t) / 60e6; }

} // namespace kunren::app
