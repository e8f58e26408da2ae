#include "models/Downsample.h"

#include <algorithm>
#include <cmath>

namespace kunren::app {

QList<QPointF> downsampleMinMax(const QList<QPointF>& points, double xMin, double xMax, int buckets)
{
    QList<QPointF> inside;
    inside.reserve(points.size());
    for (const QPointF& p : points)
        if (p.x() >= xMin && p.x() <= xMax && std::isfinite(p.y()))
            inside << p;
    if (buckets <= 0 || inside.size() <= 2 * static_cast<qsizetype>(buckets) || xMax <= xMin)
        return inside;

    QList<QPointF> out;
    out.reserve(2 * buckets);
    const double width = (xMax - xMin) / buckets;
    qsizetype i = 0;
    while (i < inside.size()) {
        const int bucket = std::min(buckets - 1, static_cast<int>((inside[i].x() - xMin) / width));
        qsizetype lo = i, hi = i;
        qsizetype j = i + 1;
        for (; j < inside.size() && std::min(buckets - 1, static_cast<int>((inside[j].x() - xMin) / width)) == bucket;
             ++j) {
            if (inside[j].y() < inside[lo].y())
                lo = j;
            if (inside[j].y() > inside[hi].y())
                hi = j;
        }
        out << inside[std::min(lo, hi)];
        if (lo != hi)
            out << inside[std::max(lo, hi)];
        i = j;
    }
    return out;
}

} // namespace kunren::app
