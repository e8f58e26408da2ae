// OtlpJsonWriter: metrics (ExportMetricsServiceRequest lines).
#include "export/JsonOut.h"
#include "export/OtlpFragments.h"
#include "export/OtlpJsonWriter.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <tuple>
#include <vector>

namespace kunren {

namespace {

// A data point and the identity of the metric it belongs to: points of one name/unit/type under one
// resource form one metric entry, each series being a distinct attribute set of it.
struct PointRef
{
    ResourceId resource;
    StringId name;
    StringId unit;
    MetricType type;
    bool monotonic;
    SeriesId series;
    bool histogram;
    std::uint32_t index;

    auto metricKey() const { return std::tie(resource, name, unit, type, monotonic); }
    auto sortKey() const { return std::tie(resource, name, unit, type, monotonic, series, histogram, index); }
};

PointRef makeRef(const SeriesInfo& info, SeriesId series, bool histogram, std::size_t index)
{
    return {info.resource,  info.name, info.unit, info.type,
            info.monotonic, series,    histogram, static_cast<std::uint32_t>(index)};
}

} // namespace

WriteResult OtlpJsonWriter::writeMetrics(SinkRef sink, const TelemetryCounts& from, const TelemetryCounts& to)
{
    JsonOut out(sink.sink());
    m_fragments->setKnown(to);
    std::vector<PointRef> refs;
    std::size_t requests = 0, records = 0;
    std::size_t p = from.points, h = from.histogramPoints;
    constexpr std::int64_t kNone = std::numeric_limits<std::int64_t>::max();
    while ((p < to.points || h < to.histogramPoints) && !out.failed()) {
        // One request: the points and histogram points of one window (both columns are in time order).
        const std::int64_t wp = p < to.points ? window(m_store.point(p).time) : kNone;
        const std::int64_t wh = h < to.histogramPoints ? window(m_store.histogramPoint(h).time) : kNone;
        const std::int64_t w = std::min(wp, wh);
        refs.clear();
        for (; p < to.points && refs.size() < m_options.maxRecordsPerRequest; ++p) {
            const MetricPoint& point = m_store.point(p);
            if (window(point.time) != w)
                break;
            refs.push_back(makeRef(m_store.series(point.series), point.series, false, p));
        }
        for (; h < to.histogramPoints && refs.size() < m_options.maxRecordsPerRequest; ++h) {
            const HistogramPoint& point = m_store.histogramPoint(h);
            if (window(point.time) != w)
                break;
            refs.push_back(makeRef(m_store.series(point.series), point.series, true, h));
        }
        if (refs.empty())
            continue;
        std::sort(refs.begin(), refs.end(),
                  [](const PointRef& a, const PointRef& b) { return a.sortKey() < b.sortKey(); });

        out.raw("{\"resourceMetrics\":[");
        for (std::size_t i = 0; i < refs.size(); ++i) {
            const PointRef& r = refs[i];
            const bool newResource = i == 0 || r.resource != refs[i - 1].resource;
            const bool newMetric = newResource || r.metricKey() != refs[i - 1].metricKey();
            if (newMetric && i != 0)
                out.raw("]}}"); // closes dataPoints, the type object and the metric
            if (newResource) {
                if (i != 0) {
                    out.raw(OtlpFragments::kResourceClose);
                    out.ch(',');
                }
                out.raw(m_fragments->resourceOpen(r.resource, OtlpSignal::Metrics));
            } else if (newMetric) {
                out.ch(',');
            }
            const SeriesText& series = m_fragments->series(r.series);
            if (newMetric) {
                out.ch('{');
                out.raw(series.header);
                switch (r.type) {
                case MetricType::Gauge: out.raw(",\"gauge\":{\"dataPoints\":["); break;
                case MetricType::Sum:
                    // Cumulative since the scenario started, as Prometheus-style counters are.
                    out.raw(r.monotonic
                                ? ",\"sum\":{\"aggregationTemporality\":2,\"isMonotonic\":true,\"dataPoints\":["
                                : ",\"sum\":{\"aggregationTemporality\":2,\"isMonotonic\":false,\"dataPoints\":[");
                    break;
                case MetricType::Histogram:
                    // Delta: each point counts only the requests of its own window (histogramWindow, 10 s).
                    out.raw(",\"histogram\":{\"aggregationTemporality\":1,\"dataPoints\":[");
                    break;
                }
            } else {
                out.ch(',');
            }

            out.ch('{');
            if (!series.attributes.empty()) {
                out.raw("\"attributes\":[");
                out.raw(series.attributes);
                out.raw("],");
            }
            if (r.histogram) {
                const HistogramPoint& point = m_store.histogramPoint(r.index);
                const BoundsText& bounds = m_fragments->bounds(m_store.series(r.series).bounds);
                out.raw("\"startTimeUnixNano\":");
                out.quotedInteger(unixNanos(std::max<SimTime>(0, point.time - m_options.histogramWindow)));
                out.raw(",\"timeUnixNano\":");
                out.quotedInteger(unixNanos(point.time));
                out.raw(",\"count\":");
                out.quotedUnsigned(point.count);
                out.raw(",\"sum\":");
                out.number(point.sum);
                out.raw(",\"bucketCounts\":[");
                for (std::size_t b = 0; b <= bounds.count; ++b) {
                    if (b != 0)
                        out.ch(',');
                    out.quotedUnsigned(m_store.bucketCount(point.firstBucket + b));
                }
                out.raw("],\"explicitBounds\":");
                out.raw(bounds.json);
            } else {
                const MetricPoint& point = m_store.point(r.index);
                if (r.type == MetricType::Sum) {
                    out.raw("\"startTimeUnixNano\":");
                    out.quotedInteger(unixNanos(0));
                    out.ch(',');
                }
                out.raw("\"timeUnixNano\":");
                out.quotedInteger(unixNanos(point.time));
                if (series.asInt && std::fabs(point.value) < 9.0e18) { // NaN fails this too
                    out.raw(",\"asInt\":");
                    out.quotedInteger(std::llround(point.value));
                } else {
                    out.raw(",\"asDouble\":");
                    out.number(point.value);
                }
            }
            out.ch('}');
            out.commitIfFull();
        }
        out.raw("]}}");
        out.raw(OtlpFragments::kResourceClose);
        out.raw("]}\n");
        ++requests;
        records += refs.size();
    }
    return finish(out, requests, records);
}

} // namespace kunren
