#include "sim/Fleet.h"

#include "sim/Mitigations.h"
#include "sim/World.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace kunren::fleet {

namespace {

std::string hexHash(std::uint64_t v, int digits)
{
    static constexpr char kAlphabet[] = "bcdfghjklmnpqrstvwxz2456789"; // like Kubernetes' safe alphabet
    std::string out;
    for (int i = 0; i < digits; ++i) {
        out += kAlphabet[v % (sizeof(kAlphabet) - 1)];
        v /= (sizeof(kAlphabet) - 1);
    }
    return out;
}

std::string replicaSetHash(const World& w, const ServiceRt& s, const std::string& version)
{
    std::uint64_t h = 1469598103934665603ull ^ w.seed;
    for (char c : s.spec->name + "/" + version)
        h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    return hexHash(h, 10);
}

void addEvent(World& w, ServiceRt& s, std::string_view kind, const std::string& title, ResourceId pod = kNoResource,
              const std::string& version = {})
{
    w.store.addEvent({w.now, w.intern(kind), w.intern(title), s.index, pod, w.intern(version)});
}

Pod& createPod(World& w, ServiceRt& s, const std::string& version, bool regressed, PodState state)
{
    const DeploymentSpec& d = *s.spec->deployment;
    Pod p;
    p.version = version;
    p.regressed = regressed;
    p.name = s.spec->name + "-" + replicaSetHash(w, s, version) + "-" + hexHash(s.fleetRng.next(), 5);
    p.state = state;
    p.lastStart = w.now;
    p.readyAt = state == PodState::Running ? w.now : w.now + kPodStartup;
    p.memory = static_cast<double>(d.memoryBaseline) * (0.95 + 0.1 * s.fleetRng.uniform());
    p.leakFactor = 0.8 + 0.4 * s.fleetRng.uniform();
    // Pods spread over a node pool of 30 pods per node, named like cloud instances.
    const auto nodeNo = s.fleetRng.below(std::max<std::uint64_t>(1, w.services.size() / 2 + 1));
    char node[64];
    std::snprintf(node, sizeof node, "node-%s-%02llu", s.spec->ns.c_str(), static_cast<unsigned long long>(nodeNo));
    p.resource = w.store.addResource({s.index, w.intern(p.name), w.intern(version),
                                      w.intern(d.node.empty() ? std::string(node) : d.node), w.intern(s.spec->region)});
    s.pods.push_back(std::move(p));
    return s.pods.back();
}

int livePods(const ServiceRt& s)
{
    return static_cast<int>(
        std::count_if(s.pods.begin(), s.pods.end(), [](const Pod& p) { return p.state != PodState::Terminated; }));
}

void oomKill(World& w, ServiceRt& s, Pod& p)
{
    // Back-off doubles from 10 s up to 300 s; it starts over once a pod ran 10 minutes without trouble.
    if (w.now - p.lastStart >= kBackoffReset)
        p.backoffLevel = 0;
    const SimDuration backoff = std::min(kBackoffMax, kBackoffInitial << std::min(p.backoffLevel, 5));
    ++p.backoffLevel;
    ++p.restarts;
    ++p.oomEvents;
    p.lastTerminatedOom = true;
    p.state = PodState::CrashLoopBackOff;
    p.restartAt = w.now + backoff;
    addEvent(w, s, "oom-killed", "Container " + s.spec->name + " in pod " + p.name + " was OOMKilled (exit code 137)",
             p.resource, p.version);
}

void updatePods(World& w, ServiceRt& s)
{
    const double limit = static_cast<double>(s.spec->deployment->memoryLimit) * s.mitigation.memoryLimitFactor;
    const double baseline = static_cast<double>(s.spec->deployment->memoryBaseline);
    for (Pod& p : s.pods) {
        switch (p.state) {
        case PodState::Terminated: continue;
        case PodState::CrashLoopBackOff:
            if (w.now >= p.restartAt) {
                p.state = PodState::Starting;
                p.lastStart = w.now;
                p.readyAt = w.now + kPodStartup;
                p.memory = baseline;
            }
            continue;
        case PodState::Starting:
            if (w.now >= p.readyAt)
                p.state = PodState::Running;
            break;
        case PodState::Running: break;
        }
        // Working set: a steady baseline with a little noise, plus whatever a leak has accumulated.
        // Leaked memory is never given back; only a restart clears it.
        if (s.leakVersion.empty() || p.version == s.leakVersion)
            p.memory += s.leakBytesPerSecond * p.leakFactor;
        if (p.memory >= limit)
            oomKill(w, s, p);
    }
}

void progressRollout(World& w, ServiceRt& s)
{
    RolloutState& r = s.rollout;
    if (!r.active || w.now < r.nextStep)
        return;
    // maxSurge 1: start one new pod, and retire one old pod once the previous new one is ready.
    const bool newStarting = std::any_of(s.pods.begin(), s.pods.end(), [&](const Pod& p) {
        return p.version == r.version && p.state == PodState::Starting;
    });
    if (newStarting)
        return;
    auto old = std::find_if(s.pods.begin(), s.pods.end(),
                            [&](const Pod& p) { return p.version != r.version && p.state != PodState::Terminated; });
    if (old == s.pods.end()) {
        r.active = false;
        mitigation::onRolloutComplete(w, s);
        addEvent(w, s, "deploy", "Rollout of " + s.spec->name + " " + r.version + " complete", kNoResource, r.version);
        return;
    }
    old->state = PodState::Terminated;
    createPod(w, s, r.version, r.regressed, PodState::Starting);
    r.nextStep = w.now + kRolloutStep;
}

void autoscale(World& w, ServiceRt& s)
{
    const auto& spec = *s.spec->deployment->autoscaler;
    const int current = livePods(s);
    const double perPod = s.ready.empty() ? 0.0 : s.lastCpuDemand / static_cast<double>(s.ready.size());
    const double utilisation = perPod / s.spec->deployment->cpuRequest;
    const double ratio = utilisation / spec.targetCpu;
    int desired = current;
    if (std::abs(ratio - 1.0) > 0.1) // HPA's default 10 % tolerance
        desired = static_cast<int>(std::ceil(current * ratio));
    const int floor = std::max(spec.minReplicas, s.autoscaler.minOverride);
    desired = std::clamp(desired, floor, std::max({floor, spec.maxReplicas, s.autoscaler.maxOverride}));

    auto& recs = s.autoscaler.recommendations;
    recs.emplace_back(w.now, desired);
    while (!recs.empty() && recs.front().first < w.now - kHpaScaleDownWindow)
        recs.pop_front();
    // Scale up at once; scale down only to the highest recommendation of the last five minutes.
    int target = desired;
    if (desired < current)
        for (const auto& [t, d] : recs)
            target = std::max(target, d);
    s.autoscaler.desired = target;
    if (target != current)
        scaleTo(w, s, target,
                "HorizontalPodAutoscaler: cpu utilisation " + std::to_string(static_cast<int>(utilisation * 100)) +
                    "% of request");
}

void accountCpu(ServiceRt& s)
{
    const double limit = s.spec->deployment->cpuLimit;
    const double share = s.ready.empty() ? 0.0 : s.lastCpuDemand / static_cast<double>(s.ready.size());
    // CFS throttling starts before a pod is fully busy because requests arrive in bursts.
    const double throttled = std::clamp((share / limit - 0.6) / 0.4, 0.0, 1.0);
    for (int i : s.ready) {
        Pod& p = s.pods[static_cast<std::size_t>(i)];
        p.tickCpu = share;
        p.cpuSeconds += std::min(share, limit) + 0.002;
        p.periods += 10; // 100 ms CFS periods per second
        p.throttledPeriods += static_cast<std::uint64_t>(std::lround(10.0 * std::pow(throttled, 1.5)));
    }
}

} // namespace

void init(World& w, ServiceRt& s)
{
    if (!s.spec->deployment)
        return;
    s.currentVersion = s.spec->deployment->version;
    for (int i = 0; i < s.spec->deployment->replicas; ++i)
        createPod(w, s, s.currentVersion, false, PodState::Running);
    s.autoscaler.desired = s.spec->deployment->replicas;
    update(w, s);
}

void update(World& w, ServiceRt& s)
{
    if (!s.spec->deployment)
        return;
    progressRollout(w, s);
    updatePods(w, s);
    s.ready.clear();
    for (std::size_t i = 0; i < s.pods.size(); ++i)
        if (s.pods[i].state == PodState::Running)
            s.ready.push_back(static_cast<int>(i));
    accountCpu(s);
    if (s.spec->deployment->autoscaler && w.now % kHpaSync == 0 && w.now > 0)
        autoscale(w, s);
}

void startRollout(World& w, ServiceRt& s, const std::string& version, bool regressed, const std::string& title)
{
    if (!s.spec->deployment)
        return;
    s.rollout = {true, version, regressed, w.now, w.now};
    s.previousVersion = s.currentVersion;
    s.currentVersion = version;
    addEvent(w, s, "deploy", title.empty() ? "Deploying " + s.spec->name + " " + version : title, kNoResource, version);
}

void scaleTo(World& w, ServiceRt& s, int replicas, const std::string& reason)
{
    const int current = livePods(s);
    if (replicas == current)
        return;
    if (replicas > current) {
        for (int i = current; i < replicas; ++i)
            createPod(w, s, s.currentVersion, s.rollout.regressed && s.rollout.version == s.currentVersion,
                      PodState::Starting);
    } else {
        int toRemove = current - replicas;
        for (auto it = s.pods.rbegin(); it != s.pods.rend() && toRemove > 0; ++it)
            if (it->state != PodState::Terminated) {
                it->state = PodState::Terminated;
                --toRemove;
            }
    }
    addEvent(w, s, "scaling",
             "Scaled " + s.spec->name + " from " + std::to_string(current) + " to " + std::to_string(replicas) +
                 " replicas (" + reason + ")");
}

void restartAll(World& w, ServiceRt& s)
{
    std::vector<std::pair<std::string, bool>> replaced;
    for (Pod& p : s.pods)
        if (p.state != PodState::Terminated) {
            p.state = PodState::Terminated;
            replaced.emplace_back(p.version, p.regressed);
        }
    // The ReplicaSet replaces each deleted pod with a fresh one of the same version.
    for (const auto& [version, regressed] : replaced)
        createPod(w, s, version, regressed, PodState::Starting);
    s.ready.clear();
}

} // namespace kunren::fleet
