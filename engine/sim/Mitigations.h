#pragma once

// How the trainee's mitigations act on the simulated system. The public face is
// Simulator::applyMitigation; this is the part the simulation's own steps call.

#include "sim/Mitigation.h"

namespace kunren {

struct World;
struct ServiceRt;

namespace mitigation {

// Applies `request` at the world's current time (w.now) and records it in the events stream.
MitigationResult apply(World& w, const MitigationRequest& request);
// Per tick, after faults and before each component's conditions: raised pools and quotas, connections
// held by pods added by hand, cold caches and buffer pools.
void applyLimits(World& w);
// Per tick, after each component's conditions: databases and caches down while they restart or fail over.
void applyOutages(World& w);
// A rollback's rolling update finished: the faults its version carried are gone.
void onRolloutComplete(World& w, ServiceRt& s);

// HikariCP's default: each new pod opens a pool of 10 connections to every database it uses.
constexpr int kConnectionsPerPod = 10;
constexpr SimDuration kCacheWarmUp = 5 * kMinute;
constexpr SimDuration kDatabaseRestart = 45 * kSecond;
constexpr SimDuration kCacheRestart = 10 * kSecond;
constexpr SimDuration kFailover = 30 * kSecond;
constexpr SimDuration kConfigRevert = 30 * kSecond;   // a reverted config reaches every instance
constexpr SimDuration kInstanceResize = 60 * kSecond; // a database moved to a bigger instance class

} // namespace mitigation
} // namespace kunren
