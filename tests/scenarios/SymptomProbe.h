#pragma once
// What a trainee could see of a drill's root cause, measured the way the workspace shows it: the service map
// (RED per component), the component's own resource metrics, Kubernetes events and log volume.
#include "../engine/TelemetryProbe.h"

#include "scenario/Scenario.h"
#include "sim/Simulator.h"
#include "trace/ServiceMap.h"

#include <algorithm>
#include <string>

namespace kunren::test {

// The fault a drill's answer points at: the first one on the answer's component, else the first one.
inline const FaultSpec* rootFault(const Scenario& s)
{
    for (const FaultSpec& f : s.faults)
        if (f.service == s.answer.component)
            return &f;
    return s.faults.empty() ? nullptr : &s.faults.front();
}

inline std::size_t logsOf(const TelemetryStore& st, std::string_view service, SimTime from, SimTime to)
{
    std::size_t n = 0;
    const auto c = st.counts();
    for (std::size_t i = 0; i < c.logs; ++i) {
        const LogRecord& l = st.log(i);
        if (l.time >= from && l.time < to && st.str(st.service(st.resource(l.resource).service).name) == service)
            ++n;
    }
    return n;
}

// Readings of one component at one moment of the drill.
struct Reading
{
    double errorRate = 0.0;
    double p95Ms = 0.0;
    double hitRatio = 0.0;
    double throttled = 0.0;
    double consumerLag = 0.0;
    double hpaCurrent = 0.0, hpaMax = 0.0;
    std::size_t oomKills = 0;
    std::size_t logs = 0;
    bool onMap = false;
};

inline Reading readComponent(const TelemetryStore& st, std::string_view component, SimTime from, SimTime to)
{
    Reading r;
    ServiceMapOptions options;
    options.baseline = false;
    const ServiceMap map = buildServiceMap(st, st.counts(), from, to, options);
    if (const MapNode* n = map.node(component)) {
        r.onMap = n->spans > 0;
        r.errorRate = n->errorRate;
        r.p95Ms = n->p95Ms;
    }
    r.hitRatio = lastMetric(st, "cache.hit_ratio", component);
    r.throttled = lastMetric(st, "external.api.throttled", component);
    r.consumerLag = lastMetric(st, "messaging.consumer.lag", component);
    r.hpaCurrent = lastMetric(st, "kube_horizontalpodautoscaler_status_current_replicas", component);
    r.hpaMax = lastMetric(st, "kube_horizontalpodautoscaler_spec_max_replicas", component);
    r.oomKills = countEvents(st, "oom-killed", component);
    r.logs = logsOf(st, component, from, to);
    return r;
}

// Did the component's telemetry move the way its fault kind says it should, between a reading before the
// fault and one while it is at full strength? Returns an empty string when it did, else what is missing.
inline std::string symptomMissing(const FaultSpec& f, bool componentIsQueue, const Reading& before,
                                  const Reading& during)
{
    const auto redMoved = [&] {
        return during.errorRate >= before.errorRate + 0.01 || (before.p95Ms > 0 && during.p95Ms >= 1.5 * before.p95Ms);
    };
    const auto describe = [&](const char* what) {
        return std::string(what) + " (error rate " + std::to_string(before.errorRate) + " → " +
               std::to_string(during.errorRate) + ", p95 " + std::to_string(before.p95Ms) + " → " +
               std::to_string(during.p95Ms) + " ms)";
    };
    switch (f.kind) {
    case FaultKind::CacheFailure:
        return during.hitRatio <= before.hitRatio - 0.3 ? "" : "the cache hit ratio did not drop";
    case FaultKind::ExternalRateLimit:
        return during.throttled > before.throttled ? "" : "no throttled calls were recorded";
    case FaultKind::MemoryLeak: return during.oomKills > before.oomKills ? "" : "no container was OOMKilled";
    case FaultKind::QueueConsumerLag:
        return during.consumerLag > before.consumerLag + 10 ? "" : "the consumer lag did not grow";
    case FaultKind::TrafficSpike:
        if (componentIsQueue)
            return during.consumerLag > before.consumerLag + 10 ? "" : "the consumer lag did not grow";
        return during.hpaMax > 0 && during.hpaCurrent >= during.hpaMax ? "" : "the autoscaler is not at its maximum";
    case FaultKind::DebugLogging:
        return during.logs >= 3 * std::max<std::size_t>(before.logs, 1) ? "" : "its log volume did not grow";
    case FaultKind::TracePropagation:
        return ""; // checked by tst_traceassembly; the drill's answer is never only the broken propagation
    default: return redMoved() ? "" : describe("its RED figures did not move");
    }
}

// After the answer's mitigation: has the symptom of fault `f` gone? `before` is the healthy baseline,
// `beforeMitigation` the last minutes at full strength, `settled` a reading taken a few minutes after the
// mitigation and `after` the window from there on. Cumulative figures (OOM kills, throttled calls) are
// compared as growth per window. Returns an empty string when the symptom is gone, else what remains.
inline std::string symptomRemains(const FaultSpec& f, bool componentIsQueue, const Reading& before,
                                  const Reading& beforeMitigation, const Reading& settled, const Reading& after)
{
    const auto red = [&]() -> std::string {
        const bool errorsBack = after.errorRate < before.errorRate + 0.01;
        const bool latencyBack = before.p95Ms <= 0 || after.p95Ms < 1.5 * before.p95Ms;
        if (errorsBack && latencyBack)
            return "";
        return "RED still off its baseline (error rate " + std::to_string(before.errorRate) + " → " +
               std::to_string(after.errorRate) + ", p95 " + std::to_string(before.p95Ms) + " → " +
               std::to_string(after.p95Ms) + " ms)";
    };
    const auto lagDraining = [&]() -> std::string {
        return after.consumerLag <= before.consumerLag + 10 || after.consumerLag < settled.consumerLag
                   ? ""
                   : "the consumer lag still grows (" + std::to_string(settled.consumerLag) + " → " +
                         std::to_string(after.consumerLag) + ")";
    };
    switch (f.kind) {
    case FaultKind::CacheFailure:
        return after.hitRatio >= before.hitRatio - 0.1 ? "" : "the cache hit ratio did not come back";
    case FaultKind::ExternalRateLimit:
        // Throttling may go on at a trickle; it must fall well below what it was before the mitigation.
        return (after.throttled - settled.throttled) <=
                       0.1 * std::max(1.0, beforeMitigation.throttled - before.throttled)
                   ? ""
                   : "calls are still throttled";
    case FaultKind::MemoryLeak: return after.oomKills == settled.oomKills ? "" : "containers are still OOMKilled";
    case FaultKind::QueueConsumerLag: return lagDraining();
    case FaultKind::TrafficSpike:
        if (componentIsQueue)
            return lagDraining();
        // The component's own symptom is an autoscaler pinned at its ceiling. (A spike can overload services
        // further down as well; scaling the answer's component out cannot be expected to cure those.)
        return after.hpaMax > 0 && after.hpaCurrent < after.hpaMax
                   ? ""
                   : "the autoscaler is still at its maximum (" + std::to_string(after.hpaCurrent) + " of " +
                         std::to_string(after.hpaMax) + ")";
    case FaultKind::DebugLogging:
        return after.logs <= 2 * std::max<std::size_t>(before.logs, 1) ? "" : "the log volume is still high";
    case FaultKind::TracePropagation: return "";
    default: return red();
    }
}

} // namespace kunren::test
