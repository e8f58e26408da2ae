#include "scenario/CallGraph.h"

#include <algorithm>

namespace kunren {

std::vector<std::string> calleesOf(const ServiceSpec& from, CallEdges edges)
{
    std::vector<std::string> out;
    const auto add = [&out](const std::string& name) {
        if (std::find(out.begin(), out.end(), name) == out.end())
            out.push_back(name);
    };
    forEachCall(from, [&](const EndpointSpec&, const CallSpec& c) {
        add(c.service);
        if (c.onMiss)
            add(c.onMiss->first);
    });
    if (edges == CallEdges::CallsAndDeliveries && from.kind == ServiceKind::Queue && !from.resource.consumer.empty())
        add(from.resource.consumer);
    return out;
}

bool sendsWorkTo(const ServiceSpec& from, std::string_view to, CallEdges edges)
{
    const std::vector<std::string> callees = calleesOf(from, edges);
    return std::find(callees.begin(), callees.end(), to) != callees.end();
}

} // namespace kunren
