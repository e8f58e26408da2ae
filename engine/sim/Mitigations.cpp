#include "sim/Mitigations.h"

#include "sim/Fleet.h"
#include "sim/World.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace kunren {

namespace mitigation {

namespace {

std::size_t faultIndex(const World& w, const FaultSpec& f)
{
    return static_cast<std::size_t>(&f - w.scenario->faults.data());
}

void cureAt(World& w, std::size_t fault, SimTime at) { w.faultCuredAt[fault] = std::min(w.faultCuredAt[fault], at); }

int livePods(const ServiceRt& s)
{
    return static_cast<int>(
        std::count_if(s.pods.begin(), s.pods.end(), [](const Pod& p) { return p.state != PodState::Terminated; }));
}

bool isDatabase(const ServiceRt& s) { return s.spec->kind == ServiceKind::Database; }

// The latest config change on the target, made before now.
const EventSpec* lastConfigChange(const World& w, const ServiceRt& s)
{
    const EventSpec* last = nullptr;
    for (const EventSpec& ev : w.scenario->events)
        if (ev.kind == EventKind::ConfigChange && ev.service == s.spec->name && ev.at <= w.now &&
            (!last || ev.at >= last->at))
            last = &ev;
    return last;
}

MitigationResult rollback(World& w, ServiceRt& s)
{
    const std::string& name = s.spec->name;
    const EventSpec* config = lastConfigChange(w, s);
    const bool deployed = s.spec->deployment && !s.previousVersion.empty() && s.rollout.started >= 0;
    if (deployed && (!config || s.rollout.started >= config->at)) {
        const std::string from = s.currentVersion, to = s.previousVersion;
        // Faults the bad version carries: a bad deploy of it, and any fault its deploy event triggered.
        for (const FaultSpec& f : w.scenario->faults) {
            bool carried = f.kind == FaultKind::BadDeploy && f.service == name && f.version == from;
            for (const EventSpec& ev : w.scenario->events)
                carried = carried || (ev.id == f.event && ev.kind == EventKind::Deploy && ev.service == name &&
                                      ev.version == from);
            if (carried)
                s.mitigation.curedByRollout.push_back(faultIndex(w, f));
        }
        const std::string summary = "Rolling back " + name + " from " + from + " to " + to;
        fleet::startRollout(w, s, to, false, summary);
        s.previousVersion.clear(); // one step back only; a second rollback has nothing to return to
        return {true, summary, w.now};
    }
    if (config) {
        for (const FaultSpec& f : w.scenario->faults)
            if (f.event == config->id)
                cureAt(w, faultIndex(w, f), w.now + kConfigRevert);
        return {true, "Reverting the config change on " + name + ": " + config->title.en, w.now};
    }
    // A change made elsewhere that broke this component (a data import, a shared setting): revert it.
    for (const FaultSpec& f : w.scenario->faults) {
        if (f.service != name)
            continue;
        for (const EventSpec& ev : w.scenario->events)
            if (ev.id == f.event && ev.kind == EventKind::ConfigChange && ev.at <= w.now) {
                cureAt(w, faultIndex(w, f), w.now + kConfigRevert);
                return {true, "Reverting the change that broke " + name + ": " + ev.title.en, w.now};
            }
    }
    return {false, name + " has no deploy or config change to roll back", w.now};
}

MitigationResult scaleOut(World& w, ServiceRt& s)
{
    if (s.spec->kind == ServiceKind::Queue && !s.spec->resource.consumer.empty()) {
        // Scaling a topic out means more consumer instances reading it.
        s.mitigation.consumerFactor *= 2.0;
        return {true, "Doubled the consumers of " + s.spec->name, w.now};
    }
    if (!s.spec->deployment)
        return {false, s.spec->name + " has no pods to scale (it is managed outside the cluster)", w.now};
    const int current = livePods(s);
    // Small services double; big ones grow by half (a +10 step would be lost on a 300-pod frontend).
    const int target = std::max(current + 1, std::min(current * 2, current + std::max(10, current / 2)));
    fleet::scaleTo(w, s, target, "manual scale-out");
    s.mitigation.extraPods += target - current;
    // Raise the autoscaler's floor too, or it would scale the new pods away again.
    s.autoscaler.minOverride = target;
    // And give the autoscaler headroom above it: an on-call engineer scaling out at the ceiling raises it.
    if (s.spec->deployment->autoscaler)
        s.autoscaler.maxOverride = std::max(2 * s.spec->deployment->autoscaler->maxReplicas, target);
    return {true,
            "Scaled " + s.spec->name + " out from " + std::to_string(current) + " to " + std::to_string(target) +
                " replicas",
            w.now};
}

MitigationResult raiseLimit(World& w, ServiceRt& s)
{
    const std::string& name = s.spec->name;
    const ResourceSpec& r = s.spec->resource;
    switch (s.spec->kind) {
    case ServiceKind::Database: {
        // A bigger pool and a bigger instance class: more memory and IOPS end pressure and slow queries.
        std::string summary = "Raised " + name + "'s limits: instance size doubled";
        if (r.maxConnections > 0) {
            s.mitigation.poolSize = std::max(s.mitigation.poolSize, 2.0 * r.maxConnections);
            summary += ", connection pool " + std::to_string(r.maxConnections) + " → " +
                       std::to_string(static_cast<int>(s.mitigation.poolSize));
        }
        for (const FaultSpec& f : w.scenario->faults)
            if (f.service == name && (f.kind == FaultKind::DbMemoryPressure || f.kind == FaultKind::Latency))
                cureAt(w, faultIndex(w, f), w.now + kInstanceResize);
        return {true, summary, w.now};
    }
    case ServiceKind::External:
        if (r.rateLimit <= 0)
            return {false, name + " has no rate limit to raise", w.now};
        s.mitigation.rateLimit = std::max(s.mitigation.rateLimit, 2.0 * r.rateLimit);
        return {true,
                "Raised the quota of " + name + " to " + std::to_string(static_cast<int>(s.mitigation.rateLimit)) +
                    " requests/s",
                w.now};
    case ServiceKind::Queue:
        s.mitigation.consumerFactor *= 2.0;
        return {true, "Doubled the consumer instances of " + name, w.now};
    case ServiceKind::Cache: return {true, "Raised " + name + "'s memory (nothing was evicted for lack of it)", w.now};
    default:
        if (!s.spec->deployment)
            return {false, name + " has no limit to raise", w.now};
        s.mitigation.memoryLimitFactor *= 2.0;
        return {true,
                "Raised " + name + "'s memory limit to " +
                    std::to_string(static_cast<long long>(static_cast<double>(s.spec->deployment->memoryLimit) *
                                                          s.mitigation.memoryLimitFactor / (1 << 20))) +
                    "Mi",
                w.now};
    }
}

MitigationResult restart(World& w, ServiceRt& s)
{
    const std::string& name = s.spec->name;
    switch (s.spec->kind) {
    case ServiceKind::Database:
        s.mitigation.unavailableUntil = w.now + kDatabaseRestart;
        s.mitigation.coldSince = w.now + kDatabaseRestart; // the buffer pool starts empty
        return {true, "Restarting " + name + " (down for 45 s, then a cold buffer cache)", w.now};
    case ServiceKind::Cache:
        s.mitigation.unavailableUntil = w.now + kCacheRestart;
        s.mitigation.coldSince = w.now + kCacheRestart;
        return {true, "Restarting " + name + " (empty afterwards: every read misses until it warms up)", w.now};
    case ServiceKind::Queue:
    case ServiceKind::External: return {false, name + " is not ours to restart", w.now};
    default:
        if (!s.spec->deployment)
            return {false, name + " has no pods to restart", w.now};
        fleet::restartAll(w, s);
        return {true, "Deleted every pod of " + name + "; replacements are starting", w.now};
    }
}

MitigationResult failover(World& w, ServiceRt& s)
{
    const std::string& name = s.spec->name;
    // Moving to the standby (another zone, replica or provider) leaves path and instance problems behind.
    for (const FaultSpec& f : w.scenario->faults) {
        const bool path = f.kind == FaultKind::Network && (f.service == name || f.to == name);
        const bool instance = f.service == name &&
                              ((s.spec->kind == ServiceKind::Cache && f.kind == FaultKind::CacheFailure) ||
                               (s.spec->kind == ServiceKind::External &&
                                (f.kind == FaultKind::Errors || f.kind == FaultKind::Latency)));
        if (path || instance)
            cureAt(w, faultIndex(w, f), w.now + kFailover);
    }
    if (isDatabase(s) || s.spec->kind == ServiceKind::Cache) {
        s.mitigation.unavailableUntil = w.now + kFailover;
        s.mitigation.coldSince = w.now + kFailover;
        return {true, "Failing " + name + " over to its replica (30 s of failed connections, then a cold cache)",
                w.now};
    }
    return {true, "Shifting " + name + "'s traffic to its standby", w.now};
}

MitigationResult disableFlag(World& w, ServiceRt& s)
{
    bool any = false;
    for (const EventSpec& ev : w.scenario->events) {
        if (ev.kind != EventKind::FlagFlip || ev.service != s.spec->name || ev.at > w.now)
            continue;
        any = true;
        for (const FaultSpec& f : w.scenario->faults)
            if (f.event == ev.id)
                cureAt(w, faultIndex(w, f), w.now + 5 * kSecond);
    }
    if (!any)
        return {false, s.spec->name + " has no feature flag flipped during this drill", w.now};
    return {true, "Disabled the feature flag flipped on " + s.spec->name, w.now};
}

// Databases that `client` queries directly.
bool queries(const World& w, const ServiceRt& client, int database)
{
    for (int ei : client.endpoints)
        for (const StepRt& step : w.endpoints[static_cast<std::size_t>(ei)].steps)
            for (const CallRt& c : step.calls)
                if (c.service == database || c.missService == database)
                    return true;
    return false;
}

double warmth(const World& w, const ServiceRt& s)
{
    if (s.mitigation.coldSince < 0 || w.now < s.mitigation.coldSince)
        return 1.0;
    return std::clamp(toSeconds(w.now - s.mitigation.coldSince) / toSeconds(kCacheWarmUp), 0.0, 1.0);
}

} // namespace

MitigationResult apply(World& w, const MitigationRequest& request)
{
    if (request.kind == MitigationKind::None)
        return {true, "Watching without changing anything", w.now};
    const int si = w.serviceIndex(request.target);
    if (si < 0)
        return {false, "There is no component named '" + request.target + "'", w.now};
    ServiceRt& s = w.services[static_cast<std::size_t>(si)];
    MitigationResult result;
    switch (request.kind) {
    case MitigationKind::Rollback: result = rollback(w, s); break;
    case MitigationKind::ScaleOut: result = scaleOut(w, s); break;
    case MitigationKind::RaiseLimit: result = raiseLimit(w, s); break;
    case MitigationKind::Restart: result = restart(w, s); break;
    case MitigationKind::Failover: result = failover(w, s); break;
    case MitigationKind::DisableFlag: result = disableFlag(w, s); break;
    case MitigationKind::None: break;
    }
    if (result.applied && request.kind != MitigationKind::Rollback) // a rollback's rollout records itself
        w.store.addEvent({w.now, w.intern("mitigation"), w.intern(result.summary), s.index, kNoResource, kNoString});
    return result;
}

void applyLimits(World& w)
{
    const bool anyExtraPods = std::any_of(w.services.begin(), w.services.end(),
                                          [](const ServiceRt& s) { return s.mitigation.extraPods > 0; });
    for (std::size_t i = 0; i < w.services.size(); ++i) {
        ServiceRt& s = w.services[i];
        MitigationEffects& m = s.mitigation;
        if (m.poolSize > 0)
            s.poolSize = m.poolSize;
        if (m.rateLimit > 0)
            s.rateLimit = m.rateLimit;
        const double warm = warmth(w, s);
        if (s.spec->kind == ServiceKind::Cache)
            s.hitRatioFactor *= warm;
        if (isDatabase(s)) {
            s.memoryLatencyFactor *= 1.0 + 2.0 * (1.0 - warm);
            m.heldConnections = 0;
            if (anyExtraPods)
                for (const ServiceRt& client : w.services)
                    if (client.mitigation.extraPods > 0 && queries(w, client, static_cast<int>(i)))
                        m.heldConnections += client.mitigation.extraPods * kConnectionsPerPod;
        }
    }
}

void applyOutages(World& w)
{
    for (ServiceRt& s : w.services) {
        if (w.now >= s.mitigation.unavailableUntil)
            continue;
        if (isDatabase(s))
            s.poolFailProbability = 1.0; // connections are refused while it restarts or fails over
        else if (s.spec->kind == ServiceKind::Cache)
            s.cacheDown = true;
    }
}

void onRolloutComplete(World& w, ServiceRt& s)
{
    for (std::size_t fault : s.mitigation.curedByRollout)
        cureAt(w, fault, w.now);
    s.mitigation.curedByRollout.clear();
}

} // namespace mitigation
} // namespace kunren
