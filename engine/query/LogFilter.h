#pragma once

#include "query/QueryAst.h"
#include "query/QueryError.h"
#include "query/QueryOptions.h"
#include "telemetry/TelemetryStore.h"

#include <cstdint>
#include <memory>
#include <optional>

namespace kunren {

// A query compiled against the logs of one store: field names resolved to columns, tag values to
// per-resource and per-severity tables. Free text and attributes are decided once per distinct message
// template and once per distinct string argument (cached as rows are seen); inline number and id
// arguments are rendered only when the searched text could match them.
//
// Free text: case-insensitive substring of the rendered message. A word or phrase may span a template's
// text and its arguments (such templates are rendered); a word with wildcards matches within the template
// text or within one argument. `*:term` is free text OR any attribute value OR the service.
// Log attributes are the template's placeholders ({order_id} → @order_id), @error.kind / message / stack,
// and — for logs linked to a stored trace — the request attributes of that trace.
class LogFilter
{
public:
    LogFilter(const TelemetryStore& store, const TelemetryCounts& counts, const QueryNode& query,
              const QueryOptions& options = {});
    ~LogFilter();
    LogFilter(LogFilter&&) noexcept;
    LogFilter& operator=(LogFilter&&) noexcept;

    // Set when the query names something logs do not have; match() then matches nothing.
    const std::optional<QueryError>& error() const;

    // False when no row of block b (rows [b·kQueryBlock, …)) can match: free-text terms the term index
    // answers (TelemetryStore::logTerms) rule out blocks holding none of their rows.
    bool mayMatchBlock(std::size_t b) const;
    // The last block at or before b that may hold a match (npos: none), to skip runs of ruled-out blocks.
    std::size_t lastCandidateBlock(std::size_t b) const;
    // How many of rows [first, first + n) match, all of them in the window, when the index alone can tell
    // (a query that is one indexed free-text term); nullopt otherwise (call match()).
    std::optional<std::size_t> countRows(std::size_t first, std::size_t n) const;

    // out[i] = active[i] && log row first + i matches, for n ≤ kQueryBlock rows within one block.
    void match(std::size_t first, const std::uint8_t* active, std::uint8_t* out, std::size_t n);

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace kunren
