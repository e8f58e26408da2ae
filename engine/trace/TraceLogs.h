#pragma once

#include "telemetry/TelemetryStore.h"
#include "trace/LogTimeIndex.h"

#include <vector>

namespace kunren {

// How far a log's time may run behind the append order: a request's logs are stamped when it ends but
// appended in the tick it started, so a 20 s request writes logs 20 s "late". Searches widen by this.
// Measured: up to 23 s in platform-bench. Exact searches use LogTimeIndex instead.
constexpr SimDuration kLogOrderSlack = 60 * kSecond;

// Index of the first log that can have time >= `time`, by binary search. Logs are appended in time order
// up to kLogOrderSlack, so every log at or after `time` lies at or after the returned row.
std::size_t firstLogAtOrAfter(const TelemetryStore& store, std::size_t logCount, SimTime time);

// Rows of the logs that carry `trace`, in append order, reading only logs near the time window
// [from − 1 s, to + 1 s]: the index's blocks that meet it, or without an index a binary search widened by
// the ordering slack.
std::vector<std::size_t> logsOfTrace(const TelemetryStore& store, const TelemetryCounts& counts, TraceIndex trace,
                                     SimTime from, SimTime to, const LogTimeIndex* index = nullptr);

} // namespace kunren
