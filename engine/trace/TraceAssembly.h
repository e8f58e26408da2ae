#pragma once

#include "telemetry/TelemetryStore.h"
#include "trace/AssembledTrace.h"
#include "trace/LogTimeIndex.h"

#include <optional>
#include <vector>

namespace kunren {

struct AssembleOptions
{
    // calledServices[s] != 0 when service s is normally called by another service (it has incoming edges
    // in the service map). A root SERVER span of such a service in a trace without request attributes is
    // an orphan root. Roots that carry TagsDropped are orphans either way.
    std::vector<char> calledServices;
    bool withLogs = true;
    // Exact, faster search for the trace's logs; caught up by the caller. Null: binary search with slack.
    const LogTimeIndex* logIndex = nullptr;
};

// Assembles trace `trace` for a waterfall, reading only rows below `counts`. Nullopt when the trace is not
// published yet.
std::optional<AssembledTrace> assembleTrace(const TelemetryStore& store, const TelemetryCounts& counts,
                                            TraceIndex trace, const AssembleOptions& options = {});
std::optional<AssembledTrace> assembleTrace(const TelemetryStore& store, TraceIndex trace,
                                            const AssembleOptions& options = {});

} // namespace kunren
