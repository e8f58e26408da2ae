#include "drill/TopologyNeighbours.h"

namespace kunren {

namespace {

bool calls(const ServiceSpec& from, std::string_view to)
{
    if (from.kind == ServiceKind::Queue && from.resource.consumer == to)
        return true;
    for (const EndpointSpec& e : from.endpoints)
        for (const CallStep& step : e.steps)
            for (const CallSpec& c : step.calls)
                if (c.service == to || (c.onMiss && c.onMiss->first == to))
                    return true;
    return false;
}

} // namespace

bool areTopologyNeighbours(const Topology& topology, std::string_view a, std::string_view b)
{
    if (a == b)
        return false;
    const ServiceSpec* sa = topology.service(a);
    const ServiceSpec* sb = topology.service(b);
    return sa && sb && (calls(*sa, b) || calls(*sb, a));
}

} // namespace kunren
