#pragma once

namespace kunren {

struct World;

// Computes this tick's conditions: which faults act where, and what the previous tick's load does to
// each service (CPU saturation, queueing, shedding) and stateful component (pool, memory, rate limit).
void updateConditions(World& world);

// Utilisation → latency multiplier from queueing: 1 below 60 %, rising steeply towards saturation.
double queueingFactor(double utilisation);

} // namespace kunren
