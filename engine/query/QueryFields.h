#pragma once

#include "telemetry/Records.h"

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace kunren {

// The reserved fields and tag keys a query may name (domain-reference §5), resolved once per term.
enum class QueryField : std::uint8_t {
    Service,
    Env,
    Version,
    Pod,
    Host,
    Region,
    Source, // resource tags
    Status,
    TraceId,
    SpanId,
    Message, // both signals (message: logs only)
    OperationName,
    ResourceName,
    Duration,
    SpanKind, // spans only
};

enum class Signal : std::uint8_t { Logs, Spans };

std::optional<QueryField> resolveQueryField(std::string_view name, Signal signal);
// For hints: "service, env, version, …".
std::string knownQueryFields(Signal signal);

// Log status names by OTLP severity number: debug (1-8), info (9-12), warn (13-16), error (17-20),
// critical (21-24). The first name is how results show it; the others are accepted in queries.
std::span<const std::string_view> severityNames(int severityNumber);

// The operation_name Datadog would show, derived from the span kind and the peer: "http.server.request",
// "postgresql.query", "kafka.send" …
std::string operationName(SpanKind kind, std::string_view peerSystem, std::uint8_t peerKind);
std::string_view spanKindName(SpanKind kind);

} // namespace kunren
