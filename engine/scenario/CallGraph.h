#pragma once

#include "scenario/Topology.h"

#include <string>
#include <string_view>
#include <vector>

namespace kunren {

// The topology's call graph, walked in one place.

// Every call `service` makes: f(endpoint, call) for each call of each step of each endpoint, in order.
template <typename F> void forEachCall(const ServiceSpec& service, F&& f)
{
    for (const EndpointSpec& e : service.endpoints)
        for (const CallStep& step : e.steps)
            for (const CallSpec& c : step.calls)
                f(e, c);
}

// Which edges count as "from sends work to": the calls a component makes (a cache miss's fallback included);
// or those plus a queue delivering to its consumer, which is not a call (no client span, no network fault on
// it) but is a dependency a trainee follows.
enum class CallEdges { Calls, CallsAndDeliveries };

// The components `from` sends work to, each once, in the order the topology names them.
std::vector<std::string> calleesOf(const ServiceSpec& from, CallEdges edges);
// Whether `from` sends work to `to`.
bool sendsWorkTo(const ServiceSpec& from, std::string_view to, CallEdges edges);

} // namespace kunren
