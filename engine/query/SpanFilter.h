#pragma once

#include "query/QueryAst.h"
#include "query/QueryError.h"
#include "query/QueryOptions.h"
#include "telemetry/TelemetryStore.h"

#include <cstdint>
#include <memory>
#include <optional>

namespace kunren {

// A query compiled against the spans of one store. Operation-derived fields (service, resource_name,
// operation_name, span.kind, @http.method, @db.*, @peer.service …) become one byte per operation, resource
// tags one byte per resource, `status` and `@http.status_code` small tables; request attributes
// (@customer.tier …) are decided once per attribute set and error fields once per error.
//
// `resource_name` is the span name ("GET /api/orders"); `duration` compares durationUs (query values in
// ns, units allowed: duration:>200ms); `status:error|ok`. Free text matches the resource name or the error
// message (case-insensitive substring); `*:term` any of those values.
class SpanFilter
{
public:
    SpanFilter(const TelemetryStore& store, const TelemetryCounts& counts, const QueryNode& query,
               const QueryOptions& options = {});
    ~SpanFilter();
    SpanFilter(SpanFilter&&) noexcept;
    SpanFilter& operator=(SpanFilter&&) noexcept;

    const std::optional<QueryError>& error() const;

    // out[i] = active[i] && rows[i] matches; rows[i] is span `first + i`, n ≤ kQueryBlock.
    void match(const SpanRecord* rows, std::size_t first, const std::uint8_t* active, std::uint8_t* out, std::size_t n);

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

// The value of an operation-derived span field for one operation (empty when not set).
std::string operationFieldValue(const TelemetryStore& store, const OperationInfo& op, std::string_view field);

} // namespace kunren
