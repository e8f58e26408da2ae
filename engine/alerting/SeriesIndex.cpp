#include "alerting/SeriesIndex.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

namespace kunren {

std::size_t SeriesIndex::subscribe(const MetricTerm& term)
{
    m_subscriptions.push_back({term, {}, {}});
    return m_subscriptions.size() - 1;
}

std::string SeriesIndex::tag(SeriesId id, std::string_view key) const
{
    const SeriesInfo& info = m_store.series(id);
    if (info.resource != kNoResource) {
        const ResourceInfo& r = m_store.resource(info.resource);
        if (key == "service" || key == "kube_deployment")
            return r.service != kNoService ? std::string(m_store.str(m_store.service(r.service).name)) : std::string();
        if (key == "pod" || key == "pod_name" || key == "kube_pod")
            return r.pod != kNoString ? std::string(m_store.str(r.pod)) : std::string();
        if (key == "version")
            return r.version != kNoString ? std::string(m_store.str(r.version)) : std::string();
        if (key == "region")
            return r.region != kNoString ? std::string(m_store.str(r.region)) : std::string();
    }
    const std::string_view k = key == "resource_name" ? std::string_view("operation") : key;
    for (const auto& [name, value] : m_store.attributes(info.attributes))
        if (m_store.str(name) == k)
            return std::string(m_store.str(value));
    return {};
}

bool SeriesIndex::matches(SeriesId id, const MetricTerm& term) const
{
    if (m_store.str(m_store.series(id).name) != term.metric)
        return false;
    for (const ScopeTerm& t : term.scope) {
        const std::string v = tag(id, t.key);
        const bool prefix = !t.value.empty() && t.value.back() == '*';
        const bool hit = prefix ? v.compare(0, t.value.size() - 1, t.value, 0, t.value.size() - 1) == 0 && !v.empty()
                                : v == t.value;
        if (hit == t.negated)
            return false;
    }
    return true;
}

void SeriesIndex::addSeries(SeriesId id)
{
    for (std::size_t s = 0; s < m_subscriptions.size(); ++s) {
        Subscription& sub = m_subscriptions[s];
        if (!matches(id, sub.term))
            continue;
        if (m_trackOf.size() <= id)
            m_trackOf.resize(id + 1, -1);
        if (m_trackOf[id] < 0) {
            const SeriesInfo& info = m_store.series(id);
            m_trackOf[id] = static_cast<std::int32_t>(m_tracks.size());
            m_tracks.push_back({id, info.type, info.monotonic, 0.0, {}});
        }
        std::string group;
        for (const std::string& g : sub.term.groupBy)
            group += (group.empty() ? "" : ",") + g + ":" + tag(id, g);
        sub.tracks.push_back(static_cast<std::size_t>(m_trackOf[id]));
        sub.groups.push_back(std::move(group));
    }
}

void SeriesIndex::update(const TelemetryCounts& counts)
{
    // Subscriptions made since the last update see every series; old subscriptions only new ones.
    if (m_matchedSubscriptions < m_subscriptions.size()) {
        // Simplest correct approach: rematch everything (subscriptions are made before the drill runs).
        for (Subscription& sub : m_subscriptions) {
            sub.tracks.clear();
            sub.groups.clear();
        }
        for (std::size_t id = 0; id < m_seriesDone; ++id)
            addSeries(static_cast<SeriesId>(id));
        m_matchedSubscriptions = m_subscriptions.size();
    }
    for (; m_seriesDone < counts.series; ++m_seriesDone)
        addSeries(static_cast<SeriesId>(m_seriesDone));
    for (; m_pointsDone < counts.points; ++m_pointsDone) {
        const MetricPoint& p = m_store.point(m_pointsDone);
        if (p.series >= m_trackOf.size() || m_trackOf[p.series] < 0)
            continue;
        Track& t = m_tracks[static_cast<std::size_t>(m_trackOf[p.series])];
        double v = p.value;
        if (t.monotonic) {
            // A counter that goes down was reset (a restarted process): count from zero again.
            v = p.value >= t.lastCumulative ? p.value - t.lastCumulative : p.value;
            t.lastCumulative = p.value;
        }
        t.samples.push_back({p.time, v, 0.0, 0});
    }
    for (; m_histogramsDone < counts.histogramPoints; ++m_histogramsDone) {
        const HistogramPoint& h = m_store.histogramPoint(m_histogramsDone);
        if (h.series >= m_trackOf.size() || m_trackOf[h.series] < 0)
            continue;
        Track& t = m_tracks[static_cast<std::size_t>(m_trackOf[h.series])];
        t.samples.push_back({h.time, h.sum, static_cast<double>(h.count), h.firstBucket});
    }
}

namespace {

struct Acc
{
    double sum = 0, min = std::numeric_limits<double>::infinity(), max = -std::numeric_limits<double>::infinity();
    int n = 0;
    void add(double v)
    {
        sum += v;
        min = std::min(min, v);
        max = std::max(max, v);
        ++n;
    }
    double get(std::string_view how) const
    {
        if (n == 0)
            return 0.0;
        if (how == "sum")
            return sum;
        if (how == "min")
            return min;
        if (how == "max")
            return max;
        if (how == "count")
            return n;
        return sum / n;
    }
};

// Quantile q of a merged histogram, interpolated linearly inside the bucket it falls in.
double histogramQuantile(const std::vector<double>& counts, std::span<const double> bounds, double q)
{
    double total = 0;
    for (double c : counts)
        total += c;
    if (total <= 0)
        return 0.0;
    const double rank = q * total;
    double seen = 0;
    for (std::size_t b = 0; b < counts.size(); ++b) {
        if (seen + counts[b] >= rank && counts[b] > 0) {
            const double lo = b == 0 ? 0.0 : bounds[b - 1];
            const double hi = b < bounds.size() ? bounds[b] : bounds.empty() ? 0.0 : bounds.back() * 2;
            return lo + (hi - lo) * (rank - seen) / counts[b];
        }
        seen += counts[b];
    }
    return bounds.empty() ? 0.0 : bounds.back();
}

} // namespace

std::vector<WindowValue> evaluateWindow(const SeriesIndex& index, std::size_t subscription, SimTime from, SimTime to,
                                        std::string_view timeAggregation)
{
    const SeriesIndex::Subscription& sub = index.subscription(subscription);
    const MetricTerm& term = sub.term;
    const bool percentile = term.aggregator.size() > 1 && term.aggregator[0] == 'p';
    struct Group
    {
        std::map<SimTime, Acc> perTime;
        double histCount = 0, histSum = 0;
        std::vector<double> buckets;
        std::uint16_t bounds = 0;
        bool data = false;
        bool histogram = false;
    };
    std::map<std::string, Group> groups;
    for (std::size_t k = 0; k < sub.tracks.size(); ++k) {
        const SeriesIndex::Track& t = index.track(sub.tracks[k]);
        Group& g = groups[sub.groups[k]];
        const auto first = std::upper_bound(t.samples.begin(), t.samples.end(), from,
                                            [](SimTime v, const SeriesIndex::Sample& s) { return v < s.time; });
        SimTime previous = first == t.samples.begin() ? 0 : std::prev(first)->time;
        for (auto it = first; it != t.samples.end() && it->time <= to; ++it) {
            g.data = true;
            if (t.type == MetricType::Histogram) {
                g.histogram = true;
                g.histCount += it->count;
                g.histSum += it->value;
                if (percentile) {
                    const SeriesInfo& info = index.store().series(t.series);
                    const auto bounds = index.store().bucketBounds(info.bounds);
                    g.bounds = info.bounds;
                    g.buckets.resize(bounds.size() + 1, 0.0);
                    for (std::size_t b = 0; b <= bounds.size(); ++b)
                        g.buckets[b] += index.store().bucketCount(it->firstBucket + b);
                }
                continue;
            }
            double v = it->value;
            if (t.monotonic && term.asRate) {
                const SimTime dt = it->time - previous;
                v = dt > 0 ? v / toSeconds(dt) : 0.0;
            }
            previous = it->time;
            g.perTime[it->time].add(v);
        }
    }
    std::vector<WindowValue> out;
    for (auto& [key, g] : groups) {
        WindowValue w{key, 0.0, g.data};
        if (g.histogram) {
            w.hasData = g.histCount > 0; // a window without requests has no latency
            if (w.hasData && percentile) {
                const double q = std::atof(term.aggregator.c_str() + 1) / 100.0;
                w.value = histogramQuantile(g.buckets, index.store().bucketBounds(g.bounds), q);
            } else if (w.hasData) {
                w.value = g.histSum / g.histCount;
            }
        } else if (!g.perTime.empty()) {
            Acc overTime;
            double last = 0;
            for (const auto& [time, acc] : g.perTime) {
                last = acc.get(term.aggregator);
                overTime.add(last);
            }
            w.value = timeAggregation == "last" ? last : overTime.get(timeAggregation);
        }
        out.push_back(std::move(w));
    }
    return out;
}

} // namespace kunren
