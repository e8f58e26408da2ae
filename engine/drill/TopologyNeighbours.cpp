#include "drill/TopologyNeighbours.h"

#include "scenario/CallGraph.h"

namespace kunren {

bool areTopologyNeighbours(const Topology& topology, std::string_view a, std::string_view b)
{
    if (a == b)
        return false;
    const ServiceSpec* sa = topology.service(a);
    const ServiceSpec* sb = topology.service(b);
    constexpr auto edges = CallEdges::CallsAndDeliveries;
    return sa && sb && (sendsWorkTo(*sa, b, edges) || sendsWorkTo(*sb, a, edges));
}

} // namespace kunren
