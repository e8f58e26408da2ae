#include "models/RedMetrics.h"

#include <algorithm>
#include <map>

namespace kunren::app {

namespace {

const QString kCount = QStringLiteral("service.request.count");
const QString kErrors = QStringLiteral("service.error.count");
const QString kDuration = QStringLiteral("service.request.duration");
const QString kOperation = QStringLiteral("operation");

std::vector<const MetricIndex::Series*> seriesOf(const MetricIndex& index, const QString& name, const QString& service,
                                                 const QString& operation)
{
    std::vector<const MetricIndex::Series*> out;
    for (const MetricIndex::Series* s : index.find(name, service))
        if (operation.isEmpty() || s->attributes.value(kOperation) == operation)
            out.push_back(s);
    return out;
}

double counterDelta(const MetricIndex::Series& s, SimTime from, SimTime to)
{
    return valueAt(s, to).value_or(0.0) - valueAt(s, from).value_or(0.0);
}

void quantiles(const std::vector<double>& bounds, const std::vector<double>& buckets, RedFigures& f)
{
    f.p50Ms = histogramQuantile(bounds, buckets, 0.50) * 1000.0;
    f.p95Ms = histogramQuantile(bounds, buckets, 0.95) * 1000.0;
    f.p99Ms = histogramQuantile(bounds, buckets, 0.99) * 1000.0;
}

} // namespace

double histogramQuantile(const std::vector<double>& bounds, const std::vector<double>& counts, double q)
{
    double total = 0;
    for (double c : counts)
        total += c;
    if (total <= 0 || counts.size() != bounds.size() + 1)
        return 0.0;
    const double target = std::clamp(q, 0.0, 1.0) * total;
    double acc = 0;
    for (std::size_t k = 0; k < counts.size(); ++k) {
        if (counts[k] > 0 && acc + counts[k] >= target) {
            if (k == bounds.size())
                return bounds.empty() ? 0.0 : bounds.back();
            const double lo = k == 0 ? 0.0 : bounds[k - 1];
            return lo + (bounds[k] - lo) * std::clamp((target - acc) / counts[k], 0.0, 1.0);
        }
        acc += counts[k];
    }
    return bounds.empty() ? 0.0 : bounds.back();
}

RedFigures redOver(const MetricIndex& index, const QString& service, const QString& operation, SimTime from, SimTime to)
{
    RedFigures f;
    for (const auto* s : seriesOf(index, kCount, service, operation))
        f.requests += counterDelta(*s, from, to);
    for (const auto* s : seriesOf(index, kErrors, service, operation))
        f.errors += counterDelta(*s, from, to);
    const double seconds = toSeconds(to - from);
    f.rate = seconds > 0 ? f.requests / seconds : 0.0;
    f.errorRate = f.requests > 0 ? f.errors / f.requests : 0.0;
    std::vector<double> buckets(index.durationBounds().size() + 1, 0.0);
    for (const auto* s : seriesOf(index, kDuration, service, operation))
        for (const MetricIndex::HistogramSample& h : s->histogram)
            if (h.time > from && h.time <= to)
                for (std::size_t k = 0; k < buckets.size() && k < h.buckets.size(); ++k)
                    buckets[k] += h.buckets[k];
    quantiles(index.durationBounds(), buckets, f);
    return f;
}

std::vector<RedPoint> redOverTime(const MetricIndex& index, const QString& service, const QString& operation,
                                  SimTime from, SimTime to)
{
    struct Acc
    {
        double requests = 0, errors = 0;
        SimDuration interval = 0;
        std::vector<double> buckets;
    };
    std::map<SimTime, Acc> byTime;
    const auto addDeltas = [&](const MetricIndex::Series& s, bool errors) {
        for (std::size_t i = 0; i < s.times.size(); ++i) {
            if (s.times[i] <= from || s.times[i] > to)
                continue;
            const double prev = i > 0 ? s.values[i - 1] : 0.0;
            const SimTime prevTime = i > 0 ? s.times[i - 1] : 0;
            Acc& a = byTime[s.times[i]];
            (errors ? a.errors : a.requests) += s.values[i] - prev;
            a.interval = std::max(a.interval, s.times[i] - prevTime);
        }
    };
    for (const auto* s : seriesOf(index, kCount, service, operation))
        addDeltas(*s, false);
    for (const auto* s : seriesOf(index, kErrors, service, operation))
        addDeltas(*s, true);
    const std::size_t nb = index.durationBounds().size() + 1;
    for (const auto* s : seriesOf(index, kDuration, service, operation))
        for (const MetricIndex::HistogramSample& h : s->histogram) {
            if (h.time <= from || h.time > to)
                continue;
            Acc& a = byTime[h.time];
            a.buckets.resize(nb, 0.0);
            for (std::size_t k = 0; k < nb && k < h.buckets.size(); ++k)
                a.buckets[k] += h.buckets[k];
        }
    std::vector<RedPoint> out;
    out.reserve(byTime.size());
    for (auto& [t, a] : byTime) {
        RedPoint p{t, {}};
        p.figures.requests = a.requests;
        p.figures.errors = a.errors;
        p.figures.rate = a.interval > 0 ? a.requests / toSeconds(a.interval) : 0.0;
        p.figures.errorRate = a.requests > 0 ? a.errors / a.requests : 0.0;
        if (!a.buckets.empty())
            quantiles(index.durationBounds(), a.buckets, p.figures);
        out.push_back(p);
    }
    return out;
}

QStringList operationsOf(const MetricIndex& index, const QString& service)
{
    QStringList ops;
    for (const auto* s : index.find(kCount, service)) {
        const QString op = s->attributes.value(kOperation);
        if (!op.isEmpty() && !ops.contains(op))
            ops << op;
    }
    ops.sort();
    return ops;
}

QStringList servicesWithRed(const MetricIndex& index)
{
    QStringList names;
    for (const auto* s : index.find(kCount))
        if (!s->service.isEmpty() && !names.contains(s->service))
            names << s->service;
    names.sort();
    return names;
}

} // namespace kunren::app
