// Names of the scenario model's enums as they appear in scenario files, and small model helpers.
#include "scenario/Scenario.h"

#include <algorithm>
#include <array>

namespace kunren {

namespace {

template <typename Enum, std::size_t N>
std::optional<Enum> lookup(const std::array<std::pair<Enum, const char*>, N>& table, std::string_view s)
{
    for (const auto& [value, name] : table)
        if (s == name)
            return value;
    return std::nullopt;
}

template <typename Enum, std::size_t N>
const char* nameOf(const std::array<std::pair<Enum, const char*>, N>& table, Enum e)
{
    for (const auto& [value, name] : table)
        if (value == e)
            return name;
    return "?";
}

constexpr std::array<std::pair<ServiceKind, const char*>, 9> kServiceKinds{{
    {ServiceKind::Http, "http"},
    {ServiceKind::Grpc, "grpc"},
    {ServiceKind::Worker, "worker"},
    {ServiceKind::Batch, "batch"},
    {ServiceKind::Database, "database"},
    {ServiceKind::Cache, "cache"},
    {ServiceKind::Queue, "queue"},
    {ServiceKind::External, "external"},
    {ServiceKind::LoadBalancer, "loadbalancer"},
}};

constexpr std::array<std::pair<FaultKind, const char*>, 16> kFaultKinds{{
    {FaultKind::Latency, "latency"},
    {FaultKind::Errors, "errors"},
    {FaultKind::BadDeploy, "bad-deploy"},
    {FaultKind::MemoryLeak, "memory-leak"},
    {FaultKind::CpuSaturation, "cpu-saturation"},
    {FaultKind::TrafficSpike, "traffic-spike"},
    {FaultKind::DbConnectionPool, "db-connection-pool"},
    {FaultKind::DbMemoryPressure, "db-memory-pressure"},
    {FaultKind::CacheFailure, "cache-failure"},
    {FaultKind::ExternalRateLimit, "external-rate-limit"},
    {FaultKind::DependencyUnreachable, "dependency-unreachable"},
    {FaultKind::Network, "network"},
    {FaultKind::QueueConsumerLag, "queue-consumer-lag"},
    {FaultKind::TracePropagation, "trace-propagation"},
    {FaultKind::DebugLogging, "debug-logging"},
    {FaultKind::BusinessErrors, "business-errors"},
}};

constexpr std::array<std::pair<EventKind, const char*>, 5> kEventKinds{{
    {EventKind::Deploy, "deploy"},
    {EventKind::ConfigChange, "config-change"},
    {EventKind::FlagFlip, "flag-flip"},
    {EventKind::Scaling, "scaling"},
    {EventKind::Note, "note"},
}};

} // namespace

const char* toString(ServiceKind kind) { return nameOf(kServiceKinds, kind); }
std::optional<ServiceKind> serviceKindFromString(std::string_view s) { return lookup(kServiceKinds, s); }
const char* toString(FaultKind kind) { return nameOf(kFaultKinds, kind); }
std::optional<FaultKind> faultKindFromString(std::string_view s) { return lookup(kFaultKinds, s); }
const char* toString(EventKind kind) { return nameOf(kEventKinds, kind); }
std::optional<EventKind> eventKindFromString(std::string_view s) { return lookup(kEventKinds, s); }

const ServiceSpec* Topology::service(std::string_view name) const
{
    const auto it = std::find_if(services.begin(), services.end(), [&](const auto& s) { return s.name == name; });
    return it == services.end() ? nullptr : &*it;
}

const EndpointSpec* Topology::endpoint(std::string_view serviceName, std::string_view endpointName) const
{
    const ServiceSpec* s = service(serviceName);
    if (!s)
        return nullptr;
    const auto it = std::find_if(s->endpoints.begin(), s->endpoints.end(),
                                 [&](const auto& e) { return e.name == endpointName; });
    return it == s->endpoints.end() ? nullptr : &*it;
}

double FaultSpec::intensity(SimTime t) const
{
    if (t < start)
        return 0.0;
    if (duration > 0 && t >= start + duration)
        return 0.0;
    if (ramp > 0 && t < start + ramp)
        return static_cast<double>(t - start) / static_cast<double>(ramp);
    return 1.0;
}

} // namespace kunren
