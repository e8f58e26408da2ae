#pragma once

#include <QList>
#include <QPointF>

namespace kunren::app {

// Thins a line (points sorted by x) for a chart `buckets` pixels wide: each pixel column keeps its
// lowest and highest point, in x order, so a one-sample spike still shows. Returns at most 2 × buckets
// points; points outside [xMin, xMax] are dropped; a line that already fits is returned as is.
QList<QPointF> downsampleMinMax(const QList<QPointF>& points, double xMin, double xMax, int buckets);

} // namespace kunren::app
