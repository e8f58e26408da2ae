#pragma once

#include "alerting/Monitor.h"

namespace kunren {

// A log monitor: how many log records match a search query (engine/query syntax) in the window,
// against warning/critical thresholds — e.g. status:error service:payment "card declined" > 50 in 5m.
class LogMonitor final : public MonitorEvaluator
{
public:
    using MonitorEvaluator::MonitorEvaluator;
    void evaluate(MonitorContext& ctx, SimTime now, std::vector<MonitorReading>& out) override;
};

} // namespace kunren
