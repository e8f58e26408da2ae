#pragma once

#include "core/Time.h"

#include <string>

namespace kunren {

struct World;
struct ServiceRt;

// The Kubernetes side of a service: its pods, their memory and restarts, rolling updates and the
// horizontal pod autoscaler. Modelled after kubelet and HPA behaviour (domain-reference §7).
namespace fleet {

void init(World& world, ServiceRt& service);
// One tick: rollout progress, pod lifecycle (start, OOMKilled, CrashLoopBackOff back-off), CPU
// accounting and, every 15 s, the autoscaler. Rebuilds the list of ready pods.
void update(World& world, ServiceRt& service);
// Starts a rolling update to `version`; `regressed` marks the new pods as carrying a bad deploy.
// `title` is what the events stream shows (the scenario's own words when it has them).
void startRollout(World& world, ServiceRt& service, const std::string& version, bool regressed,
                  const std::string& title = {});
// Deletes every pod at once; the replacements start from scratch (memory, caches) after kPodStartup.
void restartAll(World& world, ServiceRt& service);
// Sets the replica count by hand (a scaling event).
void scaleTo(World& world, ServiceRt& service, int replicas, const std::string& reason);

constexpr SimDuration kPodStartup = 10 * kSecond;
constexpr SimDuration kRolloutStep = 15 * kSecond;
constexpr SimDuration kHpaSync = 15 * kSecond;
constexpr SimDuration kHpaScaleDownWindow = 300 * kSecond;
constexpr SimDuration kBackoffInitial = 10 * kSecond;
constexpr SimDuration kBackoffMax = 300 * kSecond;
constexpr SimDuration kBackoffReset = 600 * kSecond;

} // namespace fleet
} // namespace kunren
