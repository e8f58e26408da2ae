#pragma once

#include "query/QueryError.h"
#include "query/QueryOptions.h"
#include "telemetry/TelemetryStore.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace kunren {

// A field that results are counted by (facets, group-by): each row maps to a key cheaply (a resource,
// an operation, a severity, an argument…); keys become text only once, when results are labelled.
// Keys whose labels are equal (two pods on one version) are merged by the caller.
class Dimension
{
public:
    static constexpr std::uint64_t kMissing = ~std::uint64_t{0};

    // nullopt (and `error`) when `field` is not something logs / spans can be counted by.
    static std::optional<Dimension> forLogs(const TelemetryStore& store, const TelemetryCounts& counts,
                                            std::string_view field, const QueryOptions& options, QueryError& error);
    static std::optional<Dimension> forSpans(const TelemetryStore& store, const TelemetryCounts& counts,
                                             std::string_view field, const QueryOptions& options, QueryError& error);

    const std::string& field() const { return m_field; }
    // Keys are below this when > 0 (count in a vector), else sparse (count in a hash map).
    std::size_t denseSize() const { return m_dense; }

    std::uint64_t key(const TelemetryStore::LogColumns& columns, std::size_t i);
    std::uint64_t key(const SpanRecord& span);
    // The same, reading the span columns where the key lives there (span = row `i` of the columns).
    std::uint64_t key(const TelemetryStore::SpanColumns& columns, const SpanRecord& span, std::size_t i);
    // Empty when the value is not set.
    std::string label(std::uint64_t key) const;

private:
    enum class Kind : std::uint8_t { Resource, Severity, LogAttribute, Error, Operation, SpanStatus, Http,
                                     TraceAttribute };
    Dimension(const TelemetryStore& store, Kind kind, std::string field, std::size_t dense)
        : m_store(&store), m_kind(kind), m_field(std::move(field)), m_dense(dense)
    {
    }

    const TelemetryStore* m_store;
    Kind m_kind;
    std::string m_field;   // as asked for
    std::size_t m_dense = 0;
    int m_subfield = 0;    // QueryField (Resource), error field (Error)
    std::string m_path;    // attribute path / operation field name
    QueryOptions m_options;
    std::vector<std::int16_t> m_placeholder; // LogAttribute: per template StringId, -2 = not seen, -1 = none
    std::vector<std::uint32_t> m_setValue;   // LogAttribute: per request attribute set, the path's value (cached)

    std::uint64_t setValueKey(AttributeSetId set) const;
};

} // namespace kunren
