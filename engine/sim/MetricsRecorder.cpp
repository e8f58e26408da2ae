#include "sim/MetricsRecorder.h"

#include "sim/World.h"

#include <algorithm>
#include <cmath>

namespace kunren {

namespace {
// Order of the per-pod series in Pod::series.
enum PodSeries : std::size_t {
    WorkingSet,
    Restarts,
    OomEvents,
    WaitingCrashLoop,
    LastTerminatedOom,
    CpuUsage,
    CfsPeriods,
    CfsThrottled,
    MemoryLimit,
    CpuLimit,
    Ready,
    PodSeriesCount
};
} // namespace

SeriesId MetricsRecorder::series(std::string_view name, std::string_view unit, MetricType type, ResourceId resource,
                                 std::initializer_list<std::pair<std::string_view, std::string_view>> attributes,
                                 bool monotonic)
{
    std::vector<TelemetryStore::KeyValue> pairs;
    for (const auto& [k, v] : attributes)
        pairs.emplace_back(m_w.intern(k), m_w.intern(v));
    std::sort(pairs.begin(), pairs.end());
    SeriesInfo info;
    info.name = m_w.intern(name);
    info.unit = m_w.intern(unit);
    info.type = type;
    info.monotonic = monotonic;
    info.resource = resource;
    info.attributes = m_w.store.internAttributes(pairs);
    info.bounds = type == MetricType::Histogram ? m_durationBounds : 0;
    return m_w.store.addSeries(info);
}

void MetricsRecorder::setUp()
{
    m_durationBounds = m_w.store.addBucketBounds({kDurationBounds.begin(), kDurationBounds.end()});
    for (EndpointRt& e : m_w.endpoints) {
        const ServiceRt& s = m_w.services[static_cast<std::size_t>(e.service)];
        const std::string_view op = e.spec->name;
        e.hitsSeries = series("service.request.count", "{request}", MetricType::Sum, s.serviceResource,
                              {{"operation", op}}, true);
        e.errorsSeries = series("service.error.count", "{request}", MetricType::Sum, s.serviceResource,
                                {{"operation", op}}, true);
        e.durationSeries = series("service.request.duration", "s", MetricType::Histogram, s.serviceResource,
                                  {{"operation", op}});
    }
    for (ServiceRt& s : m_w.services) {
        const ResourceId r = s.serviceResource;
        switch (s.spec->kind) {
        case ServiceKind::Database:
            s.series = {
                series("db.client.connections.usage", "{connection}", MetricType::Gauge, r, {{"state", "used"}}),
                series("db.client.connections.max", "{connection}", MetricType::Gauge, r),
                series("db.server.freeable_memory", "By", MetricType::Gauge, r),
                series("db.server.swap_usage", "By", MetricType::Gauge, r)};
            break;
        case ServiceKind::Cache: s.series = {series("cache.hit_ratio", "1", MetricType::Gauge, r)}; break;
        case ServiceKind::Queue:
            s.series = {series("messaging.queue.depth", "{message}", MetricType::Gauge, r),
                        series("messaging.consumer.lag", "s", MetricType::Gauge, r),
                        series("messaging.published", "{message}", MetricType::Sum, r, {}, true),
                        series("messaging.consumed", "{message}", MetricType::Sum, r, {}, true)};
            break;
        case ServiceKind::External:
            s.series = {series("external.api.throttled", "{request}", MetricType::Sum, r, {}, true),
                        series("external.api.client_errors", "{request}", MetricType::Sum, r, {}, true),
                        series("external.api.rate_limit", "{request}/s", MetricType::Gauge, r)};
            break;
        default:
            if (!s.spec->deployment)
                break;
            s.series = {series("kube_deployment_spec_replicas", "{pod}", MetricType::Gauge, r),
                        series("kube_deployment_status_replicas_available", "{pod}", MetricType::Gauge, r),
                        series("app.business.errors", "{request}", MetricType::Sum, r, {}, true)};
            if (s.spec->deployment->autoscaler)
                for (const char* n : {"kube_horizontalpodautoscaler_status_current_replicas",
                                      "kube_horizontalpodautoscaler_status_desired_replicas",
                                      "kube_horizontalpodautoscaler_spec_min_replicas",
                                      "kube_horizontalpodautoscaler_spec_max_replicas"})
                    s.series.push_back(series(n, "{pod}", MetricType::Gauge, r));
            break;
        }
    }
}

void MetricsRecorder::setUpPod(ServiceRt& s, Pod& p)
{
    (void)s;
    const ResourceId r = p.resource;
    p.series.resize(PodSeriesCount);
    p.series[WorkingSet] = series("container_memory_working_set_bytes", "By", MetricType::Gauge, r);
    p.series[Restarts] = series("kube_pod_container_status_restarts_total", "{restart}", MetricType::Sum, r, {}, true);
    p.series[OomEvents] = series("container_oom_events_total", "{event}", MetricType::Sum, r, {}, true);
    p.series[WaitingCrashLoop] = series("kube_pod_container_status_waiting_reason", "1", MetricType::Gauge, r,
                                        {{"reason", "CrashLoopBackOff"}});
    p.series[LastTerminatedOom] = series("kube_pod_container_status_last_terminated_reason", "1", MetricType::Gauge, r,
                                         {{"reason", "OOMKilled"}});
    p.series[CpuUsage] = series("container_cpu_usage_seconds_total", "s", MetricType::Sum, r, {}, true);
    p.series[CfsPeriods] = series("container_cpu_cfs_periods_total", "{period}", MetricType::Sum, r, {}, true);
    p.series[CfsThrottled] = series("container_cpu_cfs_throttled_periods_total", "{period}", MetricType::Sum, r, {},
                                    true);
    p.series[MemoryLimit] = series("kube_pod_container_resource_limits", "By", MetricType::Gauge, r,
                                   {{"resource", "memory"}});
    p.series[CpuLimit] = series("kube_pod_container_resource_limits", "{cpu}", MetricType::Gauge, r,
                                {{"resource", "cpu"}});
    p.series[Ready] = series("kube_pod_status_ready", "1", MetricType::Gauge, r);
}

void MetricsRecorder::recordPod(ServiceRt& s, Pod& p, SimTime t)
{
    if (p.series.empty())
        setUpPod(s, p);
    const DeploymentSpec& d = *s.spec->deployment;
    TelemetryStore& st = m_w.store;
    const bool down = p.state == PodState::CrashLoopBackOff;
    st.addPoint(p.series[WorkingSet], t, down ? 0.0 : std::floor(p.memory));
    st.addPoint(p.series[Restarts], t, p.restarts);
    st.addPoint(p.series[OomEvents], t, static_cast<double>(p.oomEvents));
    st.addPoint(p.series[WaitingCrashLoop], t, down ? 1.0 : 0.0);
    st.addPoint(p.series[LastTerminatedOom], t, p.lastTerminatedOom ? 1.0 : 0.0);
    st.addPoint(p.series[CpuUsage], t, p.cpuSeconds);
    st.addPoint(p.series[CfsPeriods], t, static_cast<double>(p.periods));
    st.addPoint(p.series[CfsThrottled], t, static_cast<double>(p.throttledPeriods));
    st.addPoint(p.series[MemoryLimit], t, static_cast<double>(d.memoryLimit) * s.mitigation.memoryLimitFactor);
    st.addPoint(p.series[CpuLimit], t, d.cpuLimit);
    st.addPoint(p.series[Ready], t, p.state == PodState::Running ? 1.0 : 0.0);
}

void MetricsRecorder::recordService(ServiceRt& s, SimTime t)
{
    TelemetryStore& st = m_w.store;
    switch (s.spec->kind) {
    case ServiceKind::Database:
        st.addPoint(s.series[0], t, std::round(std::min(s.poolInUse, std::max(s.poolSize, 1.0))));
        st.addPoint(s.series[1], t, std::round(s.poolSize));
        st.addPoint(s.series[2], t, std::floor(s.freeableMemory));
        st.addPoint(s.series[3], t, std::floor(s.swapBytes));
        return;
    case ServiceKind::Cache: {
        double hit = 0;
        for (int ei : s.endpoints)
            hit = std::max(hit, m_w.endpoints[static_cast<std::size_t>(ei)].spec->hitRatio);
        st.addPoint(s.series[0], t, s.cacheDown ? 0.0 : hit * s.hitRatioFactor);
        return;
    }
    case ServiceKind::Queue:
        st.addPoint(s.series[0], t, std::floor(s.backlog));
        st.addPoint(s.series[1], t, s.oldestMessageAge);
        st.addPoint(s.series[2], t, static_cast<double>(s.published));
        st.addPoint(s.series[3], t, static_cast<double>(s.consumed));
        return;
    case ServiceKind::External:
        st.addPoint(s.series[0], t, static_cast<double>(s.throttledTotal));
        st.addPoint(s.series[1], t, static_cast<double>(s.clientErrorsTotal));
        st.addPoint(s.series[2], t, s.rateLimit);
        return;
    default: break;
    }
    if (!s.spec->deployment)
        return;
    int live = 0;
    for (Pod& p : s.pods) {
        if (p.state == PodState::Terminated)
            continue;
        ++live;
        recordPod(s, p, t);
    }
    st.addPoint(s.series[0], t, live);
    st.addPoint(s.series[1], t, static_cast<double>(s.ready.size()));
    st.addPoint(s.series[2], t, static_cast<double>(s.clientErrorsTotal));
    if (const auto& hpa = s.spec->deployment->autoscaler) {
        st.addPoint(s.series[3], t, live);
        st.addPoint(s.series[4], t, s.autoscaler.desired);
        // The spec as kubectl would show it: a manual scale-out edits the autoscaler's floor and ceiling.
        st.addPoint(s.series[5], t, std::max(hpa->minReplicas, s.autoscaler.minOverride));
        st.addPoint(s.series[6], t, std::max(hpa->maxReplicas, s.autoscaler.maxOverride));
    }
}

void MetricsRecorder::record(SimTime t)
{
    TelemetryStore& st = m_w.store;
    for (EndpointRt& e : m_w.endpoints) {
        st.addPoint(e.hitsSeries, t, static_cast<double>(e.totalCount));
        st.addPoint(e.errorsSeries, t, static_cast<double>(e.totalErrors));
        if (e.window.count > 0)
            st.addHistogramPoint(e.durationSeries, t, e.window.count, e.window.durationSum, e.window.buckets);
        e.window = RedWindow{};
    }
    for (ServiceRt& s : m_w.services)
        recordService(s, t);
}

} // namespace kunren
