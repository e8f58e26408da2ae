#include "trace/TraceWindow.h"

namespace kunren {

namespace {

// Binary search for the rows with start < target. The row before the result and the result itself are
// probed, so with disorder bounded by the slack: rows before it start before target + slack, rows from it
// on start at or after target − slack.
std::size_t partition(const TelemetryStore& store, std::size_t count, SimTime target)
{
    std::size_t lo = 0, hi = count;
    while (lo < hi) {
        const std::size_t mid = lo + (hi - lo) / 2;
        if (store.trace(static_cast<TraceIndex>(mid)).start < target)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

} // namespace

TraceRange tracesStartingIn(const TelemetryStore& store, std::size_t traceCount, SimTime from, SimTime to)
{
    TraceRange r;
    r.first = partition(store, traceCount, from - kTraceOrderSlack);
    r.last = partition(store, traceCount, to + kTraceOrderSlack);
    if (r.last < r.first)
        r.last = r.first;
    return r;
}

} // namespace kunren
