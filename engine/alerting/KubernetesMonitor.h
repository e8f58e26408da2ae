#pragma once

#include "alerting/Monitor.h"

namespace kunren {

// The standard Kubernetes alert rules (domain-reference §7, kubernetes-mixin), read from the
// kube-state-metrics and cAdvisor series the simulator records:
//   hpa-at-max         current/max replicas over the window (min of it), ≥ 1, max ≠ min   per deployment
//   crash-looping      waiting_reason{CrashLoopBackOff}, max over the window, ≥ 1         per pod
//   oom-killed         increase of container_oom_events_total over the window, ≥ 1       per deployment
//   restarts           increase of kube_pod_container_status_restarts_total, > 3         per pod
//   memory-near-limit  working set / memory limit, max over the window, > 0.9 (warn 0.8) per pod
//   cpu-throttling     throttled / total CFS periods over the window, > 0.25             per pod
//   pods-unavailable   desired − available replicas averaged over the window, ≥ 1        per deployment
// A spec's warning/critical override the defaults; its query may narrow the scope (service:NAME).
class KubernetesMonitor final : public MonitorEvaluator
{
public:
    // nullptr-like failure is reported through `error` by the factory; here the rule is known.
    KubernetesMonitor(const MonitorSpec& spec, std::size_t index, SeriesIndex& series,
                      const std::vector<ScopeTerm>& scope);
    void evaluate(MonitorContext& ctx, SimTime now, std::vector<MonitorReading>& out) override;

    static bool knownRule(std::string_view rule);

private:
    enum class Combine : std::uint8_t { Single, Ratio, Difference };
    std::size_t m_a = 0, m_b = 0, m_min = 0;
    Combine m_combine = Combine::Single;
    std::string m_aggA = "max", m_aggB = "max";
    std::string m_text;
    bool m_hpa = false;
};

} // namespace kunren
