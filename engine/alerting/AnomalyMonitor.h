#pragma once

#include "alerting/AnomalyDetector.h"
#include "alerting/Monitor.h"

#include <map>

namespace kunren {

// anomalies(QUERY, ALGORITHM, BOUNDS) evaluated once a minute on the query's one-minute values, per
// group (domain-reference §2). The monitor's value is the fraction of the window's minutes outside the
// band; it alerts at `critical` (default 1.0: every minute), warns at `warning`.
//   basic   lagging robust band over the trailing hour: its median ± BOUNDS · the minute-to-minute noise
//           (1.4826·MAD of differences): needs little data, no seasonality — daily ramps look anomalous,
//           and a long anomaly becomes the new normal once it fills half the hour.
//   agile   adaptive EWMA band: follows level shifts within minutes, and so flags the recovery.
//   robust  seasonal robust band: the same time of day on previous days (the warm-up history
//           provides a week); stable through long anomalies. Falls back to basic without history.
// History before the drill comes from SeriesWarmUp where the metric is modelled.
class AnomalyMonitor final : public MonitorEvaluator
{
public:
    AnomalyMonitor(const MonitorSpec& spec, std::size_t index, const MetricQuery& query, MonitorContext& ctx);
    void evaluate(MonitorContext& ctx, SimTime now, std::vector<MonitorReading>& out) override;

    // Per group: one value per minute (history, then the drill), and whether each drill minute was flagged.
    struct Track
    {
        std::vector<double> values; // warm-up minutes first, then one per evaluated minute (NaN = no data)
        std::size_t warmUp = 0;     // how many of `values` are warm-up
        std::vector<char> flagged;  // one per drill minute
        anomaly::Ewma ewma{0.1};
        anomaly::Band lastBand;
    };
    const std::map<std::string, Track>& tracks() const { return m_tracks; }

    static constexpr std::size_t kBasicMinutes = 60;
    static constexpr std::size_t kWarmUpDays = 7;

private:
    Track& track(MonitorContext& ctx, const std::string& group);
    anomaly::Band band(const Track& t) const;

    MetricQuery m_query;
    std::size_t m_numerator = 0, m_denominator = 0;
    std::string m_text;
    std::map<std::string, Track> m_tracks;
};

} // namespace kunren
