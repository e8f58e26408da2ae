#pragma once

#include "scenario/Topology.h"

#include <string_view>

namespace kunren {

// Whether two components are direct neighbours on the topology: one calls the other (including a cache
// miss's fallback and a queue's consumer). Scoring gives a hypothesis naming a neighbour partial credit.
bool areTopologyNeighbours(const Topology& topology, std::string_view a, std::string_view b);

} // namespace kunren
