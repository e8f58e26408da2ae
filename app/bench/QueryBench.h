#pragma once

#include <cstddef>
#include <string>

namespace kunren::cli {

struct QueryBenchOptions
{
    std::size_t logs = 10'000'000;
    std::size_t spans = 5'000'000;
    std::size_t bigTraceSpans = 5000;
    int repetitions = 15; // per query, fewer when one query takes long (see maxSecondsPerQuery)
    double maxSecondsPerQuery = 4.0;
    bool fts = true;  // also load the messages into SQLite FTS5 and time the same free text
    std::string only; // time only rows whose "area what" holds this text (empty: all)
};

// `kunren-bench query`: search, facet, trace and service-map timings on a simulated store, each
// printed against its target from issue 3, with SQLite FTS5 side by side for free text.
int runQueryBenchmark(const QueryBenchOptions& options);

} // namespace kunren::cli
