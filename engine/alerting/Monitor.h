#pragma once

#include "alerting/AlertModel.h"
#include "alerting/SeriesIndex.h"
#include "scenario/Scenario.h"

#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace kunren {

class BaselineModel;
class ErrorTracker;
class KnownErrors;

// What one evaluation of a monitor concluded for one group.
struct MonitorReading
{
    std::string group; // "" for an ungrouped monitor
    AlertLevel level = AlertLevel::Ok;
    bool hasData = true;
    double value = 0.0;
    double threshold = 0.0;
    std::string series;
    std::string detail;
};

// Everything evaluators may read. Owned by the AlertEngine.
struct MonitorContext
{
    const Scenario& scenario;
    const TelemetryStore& store;
    SeriesIndex& series;
    const BaselineModel& baseline;
    const ErrorTracker* errors = nullptr; // null when the drill has no error tracking
    const KnownErrors* known = nullptr;   // errors of a normal day (new-issue monitors ignore them)
    std::uint64_t seed = 0;
    // Level a group is in now (OK for groups never seen), so evaluators can apply recovery thresholds.
    std::function<AlertLevel(std::size_t monitor, const std::string& group)> previous;
    AlertLevel previousLevel(std::size_t monitor, const std::string& group) const
    {
        return previous ? previous(monitor, group) : AlertLevel::Ok;
    }
};

// One monitor type's evaluator. Built once per monitor (subscribing the series it needs), then called
// every evaluation interval with the simulated time reached.
class MonitorEvaluator
{
public:
    MonitorEvaluator(const MonitorSpec& spec, std::size_t index) : m_spec(spec), m_index(index) {}
    virtual ~MonitorEvaluator() = default;
    MonitorEvaluator(const MonitorEvaluator&) = delete;
    MonitorEvaluator& operator=(const MonitorEvaluator&) = delete;

    const MonitorSpec& spec() const { return m_spec; }
    std::size_t index() const { return m_index; }
    virtual void evaluate(MonitorContext& ctx, SimTime now, std::vector<MonitorReading>& out) = 0;

protected:
    MonitorSpec m_spec;
    std::size_t m_index;
};

// Level of `value` against the spec's warning/critical thresholds, keeping ALERT while the value has
// not come back past the recovery threshold.
AlertLevel thresholdLevel(const MonitorSpec& spec, double value, AlertLevel previous);
bool crosses(MonitorComparator comparator, double value, double threshold);
// "0.0539 above 0.05 (critical) over 5m": how a reading compares with the threshold it crossed, or
// with the critical one when none is crossed.
std::string thresholdDetail(const MonitorSpec& spec, double value, AlertLevel level);

// Builds the evaluator for a spec (nullptr and a reason when the spec cannot be evaluated).
std::unique_ptr<MonitorEvaluator> makeMonitorEvaluator(const MonitorSpec& spec, std::size_t index, MonitorContext& ctx,
                                                       std::string& error);

} // namespace kunren
