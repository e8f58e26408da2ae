#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kunren {

// One tag condition of a scope: key:value, "!key:value" negates; a value ending in * is a prefix.
struct ScopeTerm
{
    std::string key;
    std::string value;
    bool negated = false;
};

// How one metric is read: the space aggregator across the series of a group, the metric, its scope,
// the tags it is grouped by and whether counters are read per second.
//   avg:service.request.duration{service:api-gateway} by {operation}
//   sum:external.api.throttled{service:bedrock-runtime}.as_rate()
//   p99:service.request.duration{service:checkout,operation:POST /orders}
struct MetricTerm
{
    std::string aggregator = "avg"; // avg sum min max count p50 p75 p90 p95 p99
    std::string metric;
    std::vector<ScopeTerm> scope;
    std::vector<std::string> groupBy;
    bool asRate = false; // counters: per second instead of per interval
};

// A metric query: a term, or the ratio of two (errors / requests), optionally wrapped in
// anomalies(QUERY, 'basic'|'agile'|'robust', BOUNDS).
struct MetricQuery
{
    MetricTerm numerator;
    std::optional<MetricTerm> denominator;
    std::string anomalyAlgorithm; // empty unless anomalies(...)
    double anomalyBounds = 2.0;
};

struct MetricQueryError
{
    std::size_t column = 0; // 1-based, in bytes of the query text
    std::string message;
};

// Parses a metric query; on failure returns nullopt and fills `error`.
std::optional<MetricQuery> parseMetricQuery(std::string_view text, MetricQueryError& error);

// Parses a scope: space- or comma-separated key:value terms, values optionally "quoted"
// (service:checkout resource_name:"POST /orders"). Bare words (e.g. status:new's neighbours) are terms
// with an empty key.
std::optional<std::vector<ScopeTerm>> parseScope(std::string_view text, MetricQueryError& error);

// The value a scope gives for `key` ("" when absent), e.g. scopeValue(scope, "service").
std::string scopeValue(const std::vector<ScopeTerm>& scope, std::string_view key);

// Canonical text of a term, for alert details.
std::string toString(const MetricTerm& term);

} // namespace kunren
