#pragma once

#include "alerting/BaselineModel.h"
#include "core/Time.h"
#include "query/MetricQuery.h"

#include <vector>

namespace kunren {

class Rng;

// Per-minute values of a metric query for the `minutes` before the drill, drawn from the endpoints'
// baselines (BaselineModel) with the daily pattern — the history anomaly bands and Watchdog need on
// the drill's first minute. Modelled: service.request.count, service.error.count (counts per minute,
// or per second with as_rate), service.request.duration (mean or percentile, seconds) and ratios of
// them. Returns an empty vector for metrics with no model (the detector then learns from the drill).
//
// `group` is a group key as SeriesIndex builds it ("service:payment,operation:POST /payments").
std::vector<double> warmUpSeries(const Scenario& scenario, const BaselineModel& baseline, const MetricQuery& query,
                                 const std::string& group, std::size_t minutes, Rng& rng);

// How a query's one-minute value is aggregated over time: counters sum their increments (a count per
// minute) unless read as a rate; gauges and rates average.
const char* minuteAggregation(const MetricTerm& term);

} // namespace kunren
