#pragma once

#include "core/Time.h"
#include "telemetry/Records.h"

#include <string_view>
#include <vector>

namespace kunren {

struct World;
struct ServiceRt;
struct Pod;

// Turns the simulation's state into metric series every 10 s of simulated time: RED per endpoint
// (from every request, sampled or not), Kubernetes signals per pod and deployment (kube-state-metrics
// and cAdvisor names, domain-reference §7), and database, cache, queue and external-API metrics.
class MetricsRecorder
{
public:
    static constexpr SimDuration kInterval = 10 * kSecond;

    explicit MetricsRecorder(World& world) : m_w(world) {}
    void setUp();
    // Emits one point per series for the window ending at `time`.
    void record(SimTime time);

private:
    SeriesId series(std::string_view name, std::string_view unit, MetricType type, ResourceId resource,
                    std::initializer_list<std::pair<std::string_view, std::string_view>> attributes = {},
                    bool monotonic = false);
    void setUpPod(ServiceRt& s, Pod& pod);
    void recordPod(ServiceRt& s, Pod& pod, SimTime time);
    void recordService(ServiceRt& s, SimTime time);

    World& m_w;
    std::uint16_t m_durationBounds = 0;
};

} // namespace kunren
