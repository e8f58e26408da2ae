#pragma once

#include "query/MetricQuery.h"
#include "telemetry/TelemetryStore.h"

#include <string>
#include <vector>

namespace kunren {

// The metric points monitors read, copied out of the store incrementally and grouped per series.
//
// A monitor subscribes a metric term once; series that match (including pods created later) are
// tracked from then on. update() reads only rows published since the previous call, so evaluating
// monitors costs time in proportion to new points, not to the drill's length.
class SeriesIndex
{
public:
    struct Sample
    {
        SimTime time = 0;
        double value = 0.0;            // gauge value, or counter increase since the previous point
        double count = 0.0;            // histograms: requests in the interval (value = sum of seconds)
        std::uint32_t firstBucket = 0; // histograms: bucket counts in the store
    };
    struct Track
    {
        SeriesId series = 0;
        MetricType type = MetricType::Gauge;
        bool monotonic = false;
        double lastCumulative = 0.0;
        std::vector<Sample> samples; // in time order
    };
    struct Subscription
    {
        MetricTerm term;
        std::vector<std::size_t> tracks; // indexes into tracks()
        std::vector<std::string> groups; // group key of each track ("" when not grouped)
    };

    explicit SeriesIndex(const TelemetryStore& store) : m_store(store) {}

    // Returns the subscription's id. Series already in the store are matched at the next update().
    std::size_t subscribe(const MetricTerm& term);
    void update(const TelemetryCounts& counts);

    const Subscription& subscription(std::size_t id) const { return m_subscriptions[id]; }
    const Track& track(std::size_t i) const { return m_tracks[i]; }
    const TelemetryStore& store() const { return m_store; }

    // The value of tag `key` on a series: service, pod, version, region, or a series attribute
    // (resource_name is an alias of operation); "" when the series has no such tag.
    std::string tag(SeriesId series, std::string_view key) const;
    bool matches(SeriesId series, const MetricTerm& term) const;

private:
    void addSeries(SeriesId id);

    const TelemetryStore& m_store;
    std::vector<Subscription> m_subscriptions;
    std::vector<Track> m_tracks;
    std::vector<std::int32_t> m_trackOf; // by SeriesId: -1 = not tracked
    std::size_t m_seriesDone = 0, m_pointsDone = 0, m_histogramsDone = 0;
    std::size_t m_matchedSubscriptions = 0; // subscriptions already matched against old series
};

// Aggregations over the samples of one subscription's groups in a window of simulated time.
struct WindowValue
{
    std::string group;
    double value = 0.0;
    bool hasData = false;
};

// Evaluates `term` over (from, to]: per timestamp across the group's series (space aggregation), then
// over time with `timeAggregation` (avg, max, min, sum, last). Counters contribute their increase per
// interval (per second with as_rate); histograms their mean latency or percentile in seconds.
std::vector<WindowValue> evaluateWindow(const SeriesIndex& index, std::size_t subscription, SimTime from, SimTime to,
                                        std::string_view timeAggregation);

} // namespace kunren
