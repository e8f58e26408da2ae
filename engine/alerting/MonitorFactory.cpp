#include "alerting/AnomalyMonitor.h"
#include "alerting/ErrorTrackingMonitor.h"
#include "alerting/KubernetesMonitor.h"
#include "alerting/LogMonitor.h"
#include "alerting/Monitor.h"
#include "alerting/SloMonitor.h"
#include "alerting/ThresholdMonitor.h"

namespace kunren {

std::unique_ptr<MonitorEvaluator> makeMonitorEvaluator(const MonitorSpec& spec, std::size_t index, MonitorContext& ctx,
                                                       std::string& error)
{
    MetricQueryError e;
    auto fail = [&](const std::string& what) -> std::unique_ptr<MonitorEvaluator> {
        error = what;
        return nullptr;
    };
    if (spec.type == "slo")
        return std::make_unique<SloMonitor>(spec, index, ctx);
    if (spec.type == "log")
        return std::make_unique<LogMonitor>(spec, index);
    if (spec.type == "metric" || spec.type == "anomaly") {
        const auto query = parseMetricQuery(spec.query, e);
        if (!query)
            return fail("query column " + std::to_string(e.column) + ": " + e.message);
        if (spec.type == "anomaly") {
            if (query->anomalyAlgorithm.empty())
                return fail("an anomaly monitor's query is anomalies(QUERY, 'basic'|'agile'|'robust', BOUNDS)");
            return std::make_unique<AnomalyMonitor>(spec, index, *query, ctx);
        }
        return std::make_unique<ThresholdMonitor>(spec, index, *query, ctx.series);
    }
    const auto scope = parseScope(spec.query, e);
    if (!scope)
        return fail("query column " + std::to_string(e.column) + ": " + e.message);
    if (spec.type == "kubernetes") {
        if (!KubernetesMonitor::knownRule(spec.rule))
            return fail("unknown kubernetes rule '" + spec.rule + "'");
        return std::make_unique<KubernetesMonitor>(spec, index, ctx.series, *scope);
    }
    if (spec.type == "error-tracking") {
        if (!ctx.known)
            return fail("error tracking is not available");
        return std::make_unique<ErrorTrackingMonitor>(spec, index, *scope, *ctx.known);
    }
    return fail("unknown monitor type '" + spec.type + "'");
}

} // namespace kunren
