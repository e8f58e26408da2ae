#pragma once

#include "query/AttributeModel.h"
#include "query/QueryError.h"
#include "query/QueryOptions.h"
#include "telemetry/TelemetryStore.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace kunren {

// A field that results are counted by (facets, group-by). Rows map to dense keys, a block at a time, so
// counts live in plain vectors: a key is a resource, an operation, a severity, an argument's string…, or
// one of the values met that has no id of its own (a number, an inline id), numbered as it is met. Keys
// become text only once, when results are labelled; keys whose labels are equal (two pods on one version)
// are merged by the caller.
class Dimension
{
public:
    // nullopt (and `error`) when `field` is not something logs / spans can be counted by.
    static std::optional<Dimension> forLogs(const TelemetryStore& store, const TelemetryCounts& counts,
                                            std::string_view field, const QueryOptions& options, QueryError& error);
    static std::optional<Dimension> forSpans(const TelemetryStore& store, const TelemetryCounts& counts,
                                             std::string_view field, const QueryOptions& options, QueryError& error);

    const std::string& field() const { return m_field; }
    // Keys handed out so far are below this; it grows as keys() meets new values.
    std::size_t size() const { return m_dense + 1 + m_extra.size(); }

    // The key of each row of a block (the columns from its first row, `n` rows). Rows whose `mask` byte is 0
    // may be skipped: they get some valid key, for branch-free counting that adds the mask.
    void keys(const TelemetryStore::LogColumns& columns, const std::uint8_t* mask, std::size_t n, std::uint32_t* out);
    void keys(const SpanRecord* rows, const TelemetryStore::SpanColumns& columns, const std::uint8_t* mask,
              std::size_t n, std::uint32_t* out);
    // Empty when the value is not set.
    std::string label(std::uint32_t key) const;

private:
    enum class Kind : std::uint8_t {
        Resource,
        ResourceAttribute,
        Severity,
        LogAttribute,
        Error,
        Operation,
        OperationAttribute,
        SpanStatus,
        Http,
        GrpcCode,
        ErrorType,
        TraceAttribute
    };
    Dimension(const TelemetryStore& store, Kind kind, std::string field, std::size_t dense)
        : m_store(&store),
          m_kind(kind),
          m_field(std::move(field)),
          m_dense(static_cast<std::uint32_t>(dense))
    {
    }

    // The key of "not set".
    std::uint32_t missing() const { return m_dense; }
    // A value outside the ids known when the dimension was made (a number, an id, a string interned since).
    std::uint32_t extraKey(std::uint64_t value);
    // An id the dimension was sized for is its own key. Ids are checked all the same, so a row written after
    // the dimension was made can never count outside the counters.
    std::uint32_t known(std::uint64_t id) { return id < m_dense ? static_cast<std::uint32_t>(id) : extraKey(id); }
    void logAttributeKeys(const TelemetryStore::LogColumns& columns, const std::uint8_t* mask, std::size_t n,
                          std::uint32_t* out);
    template <typename Args>
    void logAttributeKeys(const TelemetryStore::LogColumns& columns, const std::uint8_t* mask, std::size_t n,
                          std::uint32_t* out, std::size_t firstArg, Args args);
    // The index of the path's placeholder in a template, -1 when it has none (remembered).
    std::int16_t findPlaceholder(StringId templ);
    std::uint32_t argumentKey(LogArg arg);
    std::uint32_t requestAttributeKey(AttributeSetId set);
    std::uint32_t traceAttributeKey(TraceIndex trace);

    const TelemetryStore* m_store;
    Kind m_kind;
    std::string m_field;                                          // as asked for
    std::uint32_t m_dense;                                        // ids below this are keys as they are
    int m_subfield = 0;                                           // QueryField (Resource), error field (Error)
    std::string m_path;                                           // attribute path / operation field name
    std::vector<std::uint64_t> m_extra;                           // key − m_dense − 1 → value
    std::unordered_map<std::uint64_t, std::uint32_t> m_extraKeys; // value → key
    std::vector<std::int16_t> m_placeholder; // LogAttribute: per template StringId, -2 = not seen, -1 = none
    std::vector<std::uint32_t> m_setValue;   // LogAttribute: per request attribute set, key + 1 (0 = not seen)
    TelemetryCounts m_counts;
    // engine/semconv's attributes per operation, resource and error (shared by copies of this dimension).
    std::shared_ptr<AttributeModel> m_model;
};

} // namespace kunren
