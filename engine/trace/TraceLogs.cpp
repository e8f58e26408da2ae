#include "trace/TraceLogs.h"

namespace kunren {

std::size_t firstLogAtOrAfter(const TelemetryStore& store, std::size_t logCount, SimTime time)
{
    // Partition on "time < target − slack": with disorder bounded by the slack, every row before the
    // partition point is earlier than `time` (see the header).
    const SimTime target = time - kLogOrderSlack;
    std::size_t lo = 0, hi = logCount;
    while (lo < hi) {
        const std::size_t mid = lo + (hi - lo) / 2;
        if (store.logTime(mid) < target)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

std::vector<std::size_t> logsOfTrace(const TelemetryStore& store, const TelemetryCounts& counts, TraceIndex trace,
                                     SimTime from, SimTime to, const LogTimeIndex* index)
{
    if (index)
        return index->rowsIn(store, counts.logs, from - kSecond, to + kSecond,
                             [&store, trace](std::size_t row) { return store.log(row).trace == trace; });
    std::vector<std::size_t> rows;
    const SimTime windowEnd = to + kSecond;
    const SimTime stop = windowEnd + kLogOrderSlack; // past this, no later row can be inside the window
    for (std::size_t i = firstLogAtOrAfter(store, counts.logs, from - kSecond); i < counts.logs; ++i) {
        const LogRecord& l = store.log(i);
        if (l.time > stop)
            break;
        if (l.trace == trace)
            rows.push_back(i);
    }
    return rows;
}

} // namespace kunren
