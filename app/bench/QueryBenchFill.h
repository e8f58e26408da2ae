#pragma once

#include "sim/Simulator.h"

#include <cstddef>
#include <memory>

namespace kunren::cli {

// The store `kunren-bench query` searches: the platform-bench drill simulated until it holds about
// `logs` log records and `spans` spans, plus one 5,000-span fan-out trace (a reconciliation run that
// processed its items in one trace) so "open a big trace" has something to open.
struct QueryBenchStore
{
    std::unique_ptr<Simulator> simulator;
    double fillSeconds = 0;
    TraceIndex bigTrace = kNoTrace;
    const TelemetryStore& store() const { return simulator->telemetry(); }
};

// Nullptr simulator (and a message on stderr) when the built-in scenario cannot be loaded.
QueryBenchStore fillQueryBenchStore(std::size_t logs, std::size_t spans, std::size_t bigTraceSpans);

} // namespace kunren::cli
