#include "sim/Conditions.h"

#include "sim/Mitigations.h"
#include "sim/World.h"

#include <algorithm>
#include <cmath>

namespace kunren {

double queueingFactor(double rho)
{
    if (rho <= 0.6)
        return 1.0;
    const double capped = std::min(rho, 0.97);
    return std::min(15.0, 1.0 + (rho - 0.6) / (1.0 - capped));
}

namespace {

void resetTickConditions(World& w)
{
    for (auto& e : w.endpoints) {
        e.faults.clear();
        e.workFactor = 1.0;
        for (auto& step : e.steps)
            for (auto& call : step.calls)
                call.faults.clear();
    }
    for (auto& s : w.services) {
        s.cpuFactor = 1.0;
        s.leakBytesPerSecond = 0.0;
        s.leakVersion.clear();
        s.propagationBroken = false;
        s.debugLines = 0.0;
        s.propagationMode.clear();
        s.poolSize = s.spec->resource.maxConnections;
        s.hitRatioFactor = 1.0;
        s.cacheDown = false;
        s.rateLimit = s.spec->resource.rateLimit;
        s.consumerRateFactor = 1.0;
        s.memoryLatencyFactor = 1.0;
        s.memoryErrorProbability = 0.0;
        s.memoryPressure = 0.0;
    }
}

void addEndpointFault(World& w, ServiceRt& s, const FaultSpec& f, double strength)
{
    for (int ei : s.endpoints) {
        EndpointRt& e = w.endpoints[static_cast<std::size_t>(ei)];
        if (f.endpoint.empty() || e.spec->name == f.endpoint)
            e.faults.push_back({&f, strength});
    }
}

void addEdgeFault(World& w, ServiceRt& from, const FaultSpec& f, double strength)
{
    const int to = w.serviceIndex(f.to);
    for (int ei : from.endpoints)
        for (auto& step : w.endpoints[static_cast<std::size_t>(ei)].steps)
            for (auto& call : step.calls)
                if (call.service == to || call.missService == to)
                    call.faults.push_back({&f, strength});
}

// The version a fault shipped with, when its triggering event is a deploy of its own service.
std::string deployedVersion(const World& w, const FaultSpec& f)
{
    for (const EventSpec& ev : w.scenario->events)
        if (ev.id == f.event && ev.kind == EventKind::Deploy && ev.service == f.service)
            return ev.version;
    return {};
}

void applyFaults(World& w)
{
    for (const FaultSpec& f : w.scenario->faults) {
        const double intensity = w.options.faultsEnabled && !w.faultCured(f) ? f.intensity(w.now) : 0.0;
        if (intensity <= 0.0)
            continue;
        const double strength = w.faultStrength(f);
        const int si = w.serviceIndex(f.service);
        if (si < 0)
            continue;
        ServiceRt& s = w.services[static_cast<std::size_t>(si)];
        switch (f.kind) {
        case FaultKind::Latency:
        case FaultKind::Errors:
        case FaultKind::BusinessErrors:
        case FaultKind::BadDeploy: // acts only on requests served by the regressed version's pods
            addEndpointFault(w, s, f, strength);
            break;
        case FaultKind::MemoryLeak:
            s.leakBytesPerSecond += strength * 1024.0 * 1024.0 / 60.0; // magnitude is MiB per minute
            s.leakVersion = deployedVersion(w, f);
            break;
        case FaultKind::CpuSaturation: s.cpuFactor *= 1.0 + strength; break;
        case FaultKind::TrafficSpike: break; // applied where traffic is generated
        case FaultKind::DbConnectionPool:
            // An unlimited pool (maxConnections 0) has nothing to exhaust.
            if (s.spec->resource.maxConnections > 0)
                s.poolSize = std::max(1.0, s.spec->resource.maxConnections * std::max(0.0, 1.0 - strength));
            break;
        case FaultKind::DbMemoryPressure: {
            const double pressure = std::clamp(strength, 0.0, 1.0);
            s.memoryPressure = pressure;
            s.memoryLatencyFactor = 1.0 + 8.0 * pressure * pressure;
            s.memoryErrorProbability = pressure > 0.85 ? std::min(0.3, (pressure - 0.85) * 2.0) : 0.0;
            break;
        }
        case FaultKind::CacheFailure:
            s.hitRatioFactor = std::max(0.0, 1.0 - strength);
            s.cacheDown = strength >= 0.999;
            break;
        case FaultKind::ExternalRateLimit:
            // An API without a limit (rateLimit 0) cannot have it lowered.
            if (s.spec->resource.rateLimit > 0)
                s.rateLimit = std::max(0.1, s.spec->resource.rateLimit * std::max(0.0, 1.0 - strength));
            break;
        case FaultKind::DependencyUnreachable:
        case FaultKind::Network: addEdgeFault(w, s, f, strength); break;
        case FaultKind::QueueConsumerLag: {
            // The consumer's handler got slow: each message takes 1 / kept of the work (time and CPU), so the
            // same consumers get through `kept` of the messages — the lag shows in the consumer's own spans, its
            // CPU (busy all the time) and its slow-message logs, not only in the queue's rate.
            const double kept = std::max(0.05, 1.0 - strength);
            s.consumerRateFactor = kept;
            const int consumer = w.serviceIndex(s.spec->resource.consumer);
            const int endpoint = consumer < 0 ? -1 : w.endpointIndex(consumer, s.spec->resource.consumerEndpoint);
            if (endpoint >= 0)
                w.endpoints[static_cast<std::size_t>(endpoint)].workFactor *= 1.0 / kept;
            break;
        }
        case FaultKind::TracePropagation:
            s.propagationBroken = true;
            s.propagationMode = f.mode.empty() ? "fragment" : f.mode;
            break;
        case FaultKind::DebugLogging:
            // Any strength turns the debug level on; the magnitude sets how much each request dumps.
            s.debugLines += std::max(strength, 1e-9);
            break;
        }
    }
}

void updateComputeConditions(World& w, ServiceRt& s)
{
    if (!s.spec->deployment) {
        s.utilisation = 0.0;
        s.queueFactor = 1.0;
        s.rejectProbability = 0.0;
        return;
    }
    const double capacity = static_cast<double>(s.ready.size()) * s.spec->deployment->cpuLimit;
    s.utilisation = capacity > 0 ? s.lastCpuDemand / capacity : 0.0;
    s.queueFactor = queueingFactor(s.utilisation);
    s.rejectProbability = s.utilisation > 1.0 ? std::min(0.95, 1.0 - 1.0 / s.utilisation) : 0.0;
    (void)w;
}

void updateDatabase(World& w, ServiceRt& s)
{
    // Connections held = query rate × time a query holds its connection (Little's law).
    double inUse = 0.0;
    for (int ei : s.endpoints) {
        const EndpointRt& e = w.endpoints[static_cast<std::size_t>(ei)];
        inUse += e.lastCount * e.lastMeanLatency;
    }
    s.poolInUse = inUse + s.mitigation.heldConnections;
    inUse = s.poolInUse;
    if (s.poolSize <= 0) {
        s.poolWaitProbability = s.poolFailProbability = 0.0;
    } else {
        const double ratio = inUse / s.poolSize;
        s.poolWaitProbability = std::clamp((ratio - 0.7) / 0.3, 0.0, 1.0);
        s.poolFailProbability = ratio > 1.0 ? std::min(0.98, 1.0 - 1.0 / ratio) : 0.0;
    }
    const double memory = static_cast<double>(s.spec->resource.memory);
    const double baselineFree = 0.35 * memory;
    const double pressure = s.memoryPressure;
    s.freeableMemory = baselineFree * (1.0 - pressure) + 0.01 * memory;
    s.swapBytes = pressure > 0.7 ? (pressure - 0.7) / 0.3 * 0.1 * memory : 0.0;
}

void updateExternal(ServiceRt& s)
{
    s.throttleProbability = (s.rateLimit > 0 && s.lastAttempts > s.rateLimit) ? 1.0 - s.rateLimit / s.lastAttempts
                                                                              : 0.0;
}

} // namespace

void updateConditions(World& w)
{
    resetTickConditions(w);
    applyFaults(w);
    mitigation::applyLimits(w);
    for (auto& s : w.services) {
        switch (s.spec->kind) {
        case ServiceKind::Database: updateDatabase(w, s); break;
        case ServiceKind::External: updateExternal(s); break;
        default: updateComputeConditions(w, s); break;
        }
    }
    mitigation::applyOutages(w);
}

} // namespace kunren
