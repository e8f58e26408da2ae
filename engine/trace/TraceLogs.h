#pragma once

#include "telemetry/TelemetryStore.h"

#include <vector>

namespace kunren {

// How far a log's time may run behind the append order: a request's logs are stamped when it ends but
// appended in the tick it started, so a 20 s request writes logs 20 s "late". Searches widen by this.
constexpr SimDuration kLogOrderSlack = 30 * kSecond;

// Index of the first log that can have time >= `time`, by binary search. Logs are appended in time order
// up to kLogOrderSlack, so every log at or after `time` lies at or after the returned row.
std::size_t firstLogAtOrAfter(const TelemetryStore& store, std::size_t logCount, SimTime time);

// Rows of the logs that carry `trace`, in append order, searching only the time window
// [from − 1 s, to + 1 s] (widened by the ordering slack) instead of every log.
std::vector<std::size_t> logsOfTrace(const TelemetryStore& store, const TelemetryCounts& counts, TraceIndex trace,
                                     SimTime from, SimTime to);

} // namespace kunren
