#pragma once

namespace kunren {

struct World;

// Resolves the scenario's names into the runtime graph: services, endpoints, calls, operations,
// resources, log templates, traffic entries, and the trace sampling rate.
void buildWorld(World& world);

// Expected spans per simulated second at the traffic's daily peak, used to choose a sampling rate.
double expectedSpansPerSecond(const World& world);

} // namespace kunren
