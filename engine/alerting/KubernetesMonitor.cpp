#include "alerting/KubernetesMonitor.h"

#include <map>

namespace kunren {

namespace {

MetricTerm term(const char* aggregator, const char* metric, const std::vector<ScopeTerm>& scope,
                std::vector<std::string> groupBy, std::vector<ScopeTerm> extra = {})
{
    MetricTerm t{aggregator, metric, scope, std::move(groupBy), false};
    for (ScopeTerm& e : extra)
        t.scope.push_back(std::move(e));
    return t;
}

struct RuleDefaults
{
    const char* rule;
    MonitorComparator comparator;
    double critical;
    std::optional<double> warning;
};

constexpr RuleDefaults kRules[] = {
    {"hpa-at-max", MonitorComparator::AboveOrEqual, 1.0, std::nullopt},
    {"crash-looping", MonitorComparator::AboveOrEqual, 1.0, std::nullopt},
    {"oom-killed", MonitorComparator::AboveOrEqual, 1.0, std::nullopt},
    {"restarts", MonitorComparator::Above, 3.0, std::nullopt},
    {"memory-near-limit", MonitorComparator::Above, 0.9, 0.8},
    {"cpu-throttling", MonitorComparator::Above, 0.25, std::nullopt},
    {"pods-unavailable", MonitorComparator::AboveOrEqual, 1.0, std::nullopt},
};

} // namespace

bool KubernetesMonitor::knownRule(std::string_view rule)
{
    for (const RuleDefaults& r : kRules)
        if (rule == r.rule)
            return true;
    return false;
}

KubernetesMonitor::KubernetesMonitor(const MonitorSpec& spec, std::size_t index, SeriesIndex& series,
                                     const std::vector<ScopeTerm>& scopeIn)
    : MonitorEvaluator(spec, index)
{
    std::vector<ScopeTerm> scope = scopeIn;
    if (!spec.service.empty() && scopeValue(scope, "service").empty())
        scope.push_back({"service", spec.service, false});
    for (const RuleDefaults& r : kRules)
        if (spec.rule == r.rule) {
            m_spec.comparator = r.comparator;
            if (!m_spec.critical && !m_spec.warning) {
                m_spec.critical = r.critical;
                m_spec.warning = r.warning;
            }
        }
    const std::vector<std::string> byService{"service"}, byPod{"service", "pod"};
    const std::string& rule = spec.rule;
    if (rule == "hpa-at-max") {
        m_hpa = true;
        m_combine = Combine::Ratio;
        m_a = series.subscribe(term("max", "kube_horizontalpodautoscaler_status_current_replicas", scope, byService));
        m_b = series.subscribe(term("max", "kube_horizontalpodautoscaler_spec_max_replicas", scope, byService));
        m_min = series.subscribe(term("max", "kube_horizontalpodautoscaler_spec_min_replicas", scope, byService));
        m_aggA = "min";
        m_text = "kube_horizontalpodautoscaler current / max replicas";
    } else if (rule == "crash-looping") {
        m_a = series.subscribe(term("max", "kube_pod_container_status_waiting_reason", scope, byPod,
                                    {{"reason", "CrashLoopBackOff", false}}));
        m_text = "kube_pod_container_status_waiting_reason{reason:CrashLoopBackOff}";
    } else if (rule == "oom-killed") {
        m_a = series.subscribe(term("sum", "container_oom_events_total", scope, byService));
        m_aggA = "sum";
        m_text = "increase(container_oom_events_total)";
    } else if (rule == "restarts") {
        m_a = series.subscribe(term("sum", "kube_pod_container_status_restarts_total", scope, byPod));
        m_aggA = "sum";
        m_text = "increase(kube_pod_container_status_restarts_total)";
    } else if (rule == "memory-near-limit") {
        m_combine = Combine::Ratio;
        m_a = series.subscribe(term("max", "container_memory_working_set_bytes", scope, byPod));
        m_b = series.subscribe(
            term("max", "kube_pod_container_resource_limits", scope, byPod, {{"resource", "memory", false}}));
        m_text = "container_memory_working_set_bytes / memory limit";
    } else if (rule == "cpu-throttling") {
        m_combine = Combine::Ratio;
        m_a = series.subscribe(term("sum", "container_cpu_cfs_throttled_periods_total", scope, byPod));
        m_b = series.subscribe(term("sum", "container_cpu_cfs_periods_total", scope, byPod));
        m_aggA = m_aggB = "sum";
        m_text = "container_cpu_cfs_throttled_periods / container_cpu_cfs_periods";
    } else { // pods-unavailable
        m_combine = Combine::Difference;
        m_a = series.subscribe(term("max", "kube_deployment_spec_replicas", scope, byService));
        m_b = series.subscribe(term("max", "kube_deployment_status_replicas_available", scope, byService));
        m_aggA = m_aggB = "avg";
        m_text = "kube_deployment_spec_replicas − kube_deployment_status_replicas_available";
    }
}

void KubernetesMonitor::evaluate(MonitorContext& ctx, SimTime now, std::vector<MonitorReading>& out)
{
    const SimTime from = now - m_spec.window;
    const auto a = evaluateWindow(ctx.series, m_a, from, now, m_aggA);
    std::map<std::string, WindowValue> b, minimum;
    if (m_combine != Combine::Single)
        for (WindowValue& w : evaluateWindow(ctx.series, m_b, from, now, m_aggB))
            b[w.group] = std::move(w);
    if (m_hpa)
        for (WindowValue& w : evaluateWindow(ctx.series, m_min, from, now, "last"))
            minimum[w.group] = std::move(w);
    for (const WindowValue& w : a) {
        MonitorReading r;
        r.group = w.group;
        r.series = m_text;
        r.threshold = m_spec.critical.value_or(m_spec.warning.value_or(0.0));
        r.hasData = w.hasData;
        r.value = w.value;
        if (m_combine != Combine::Single) {
            const auto it = b.find(w.group);
            r.hasData = r.hasData && it != b.end() && it->second.hasData;
            if (r.hasData && m_combine == Combine::Ratio)
                r.hasData = it->second.value > 0;
            if (r.hasData)
                r.value = m_combine == Combine::Ratio ? w.value / it->second.value : w.value - it->second.value;
        }
        if (m_hpa && r.hasData) {
            // An autoscaler whose min equals its max cannot be "maxed out": it was never allowed to scale.
            const auto mn = minimum.find(w.group);
            const auto mx = b.find(w.group);
            if (mn != minimum.end() && mx != b.end() && mn->second.value >= mx->second.value)
                r.value = 0.0;
        }
        r.level = r.hasData ? thresholdLevel(m_spec, r.value, ctx.previousLevel(m_index, r.group)) : AlertLevel::NoData;
        r.detail = r.hasData ? m_spec.rule + ": " + thresholdDetail(m_spec, r.value, r.level) : "no data";
        out.push_back(std::move(r));
    }
}

} // namespace kunren
