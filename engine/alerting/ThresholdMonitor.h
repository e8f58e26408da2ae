#pragma once

#include "alerting/Monitor.h"

namespace kunren {

// A metric monitor: a metric query (or a ratio of two) aggregated over the window, per group, compared
// with warning and critical thresholds.
class ThresholdMonitor final : public MonitorEvaluator
{
public:
    ThresholdMonitor(const MonitorSpec& spec, std::size_t index, const MetricQuery& query, SeriesIndex& series);
    void evaluate(MonitorContext& ctx, SimTime now, std::vector<MonitorReading>& out) override;

private:
    MetricQuery m_query;
    std::size_t m_numerator = 0, m_denominator = 0;
    std::string m_text;
};

} // namespace kunren
