#pragma once

#include "query/QueryError.h"
#include "query/QueryOptions.h"
#include "telemetry/TelemetryStore.h"

#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <vector>

namespace kunren {

// One search over logs or spans in a window of simulated time (the Log Explorer / Trace Explorer).
struct SearchRequest
{
    std::string query; // domain-reference §5 syntax; empty = everything
    SimTime from = 0;  // [from, to) of simulated time: log time / span start
    SimTime to = std::numeric_limits<SimTime>::max();
    std::size_t offset = 0, limit = 50; // the page of rows, newest first
    std::size_t histogramBuckets = 0;   // 0 = no histogram
    std::vector<std::string> facets;    // service, status, version, pod_name, resource_name, @attribute …
    std::size_t facetValues = 10;       // top values per facet
    std::string groupBy;                // spans: trace analytics by this tag (empty = none)
    QueryOptions options;
};

struct FacetValue
{
    std::string value;
    std::uint64_t count = 0;
    double estimated = 0; // spans: requests these spans stand for (sum of trace weights)
};

struct Facet
{
    std::string field;
    std::vector<FacetValue> values; // most frequent first
    std::uint64_t missing = 0;      // matching rows without the field
};

// Trace analytics: one row per value of the group-by tag.
struct SpanGroup
{
    std::string value; // empty: spans without the tag
    std::uint64_t count = 0;
    double estimatedCount = 0;
    std::uint64_t errors = 0;
    double errorRate = 0;
    double avgMs = 0, p50Ms = 0, p95Ms = 0, p99Ms = 0; // quantile q: sorted[floor(q × (n − 1))]
};

struct SearchResult
{
    std::optional<QueryError> error; // a bad query or facet: nothing else is set
    std::uint64_t total = 0;
    double estimatedTotal = 0;       // spans: sampled traces scaled up by their weight; logs: = total
    std::vector<std::uint32_t> rows; // log or span indexes of the page, newest first
    SimTime from = 0, to = 0;        // the window actually searched (to clamped to published time)
    SimTime bucketWidth = 0;
    std::vector<std::uint64_t> histogram; // counts per bucket; sums to total
    std::vector<Facet> facets;
    std::vector<SpanGroup> groups; // by count, largest first
};

// Neither throws: a bad query comes back as result.error.
SearchResult searchLogs(const TelemetryStore& store, const SearchRequest& request);
SearchResult searchSpans(const TelemetryStore& store, const SearchRequest& request);

// When a span starts, in simulated time.
inline SimTime spanStart(const TelemetryStore& store, const SpanRecord& span)
{
    return store.trace(span.trace).start + span.startOffsetUs;
}

} // namespace kunren
