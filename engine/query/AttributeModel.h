#pragma once

#include "telemetry/TelemetryStore.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kunren {

namespace semconv {
struct OperationAttributes;
struct SpanOutcome;
} // namespace semconv

// engine/semconv's model of record attributes, evaluated once per operation, resource and error for one
// search. The search answers exactly what the export writes, while its per-row loops stay table lookups
// over the store's columns: an attribute that follows from the operation is a byte per operation, one
// that follows from the outcome a small number per row.
class AttributeModel
{
public:
    AttributeModel(const TelemetryStore& store, const TelemetryCounts& counts);
    ~AttributeModel();

    // An operation's attributes; operations published after the counts have none.
    const semconv::OperationAttributes& operation(OperationId id);
    // The value of `key` on operation `id`, or nullopt.
    std::optional<std::string_view> operationValue(OperationId id, std::string_view key);
    // The value of a resource attribute, or nullopt.
    std::optional<std::string_view> resourceValue(ResourceId id, std::string_view key);

    bool isHttp(OperationId id);
    bool isGrpc(OperationId id);
    semconv::SpanOutcome outcome(const SpanRecord& span);

    // rpc.response.status_code as a key: the gRPC code's number, kNone when the span has none.
    std::uint32_t grpcKey(const SpanRecord& span);
    // error.type as a key: an HTTP status below kGrpcBase, a gRPC code from kGrpcBase, kOther for _OTHER,
    // an exception's error id from kExceptionBase; kNone when the span did not fail. Exceptions of equal
    // type have different keys with equal labels (callers merge labels).
    static constexpr std::uint32_t kGrpcBase = 65536;
    static constexpr std::uint32_t kOther = kGrpcBase + 32;
    static constexpr std::uint32_t kExceptionBase = kGrpcBase + 64;
    static constexpr std::uint32_t kNone = 0xFFFFFFFFu;
    std::uint32_t errorTypeKey(const SpanRecord& span);
    std::string errorTypeLabel(std::uint32_t key) const;

private:
    bool timeout(ErrorId id);
    std::uint8_t protocolByte(OperationId id);

    const TelemetryStore& m_store;
    TelemetryCounts m_counts;
    std::vector<std::unique_ptr<semconv::OperationAttributes>> m_operations;
    std::vector<std::uint8_t> m_protocols; // 0xFF: not described yet
    std::vector<std::optional<std::vector<std::pair<std::string, std::string>>>> m_resources;
    std::vector<std::uint8_t> m_timeouts; // 0 unknown, 1 no, 2 yes
};

} // namespace kunren
