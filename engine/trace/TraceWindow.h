#pragma once

#include "telemetry/TelemetryStore.h"

namespace kunren {

// Traces are appended in start order per tick, but a split-off trace (broken propagation) or a consumer
// trace may start a little later than traces appended after it. Window searches widen by this much.
constexpr SimDuration kTraceOrderSlack = 30 * kSecond;

// Rows [first, last) of the trace column that can hold traces starting in [from, to), found by binary
// search; callers still check each trace's start.
struct TraceRange
{
    std::size_t first = 0;
    std::size_t last = 0;
};

TraceRange tracesStartingIn(const TelemetryStore& store, std::size_t traceCount, SimTime from, SimTime to);

} // namespace kunren
