#include "query/QueryFields.h"

#include "core/ServiceKind.h"

#include <array>

namespace kunren {

namespace {

struct FieldName
{
    std::string_view name;
    QueryField field;
    bool logs, spans;
};

constexpr FieldName kFields[] = {
    {"service", QueryField::Service, true, true},
    {"kube_deployment", QueryField::Service, true, true},
    {"env", QueryField::Env, true, true},
    {"version", QueryField::Version, true, true},
    {"pod_name", QueryField::Pod, true, true},
    {"kube_pod_name", QueryField::Pod, true, true},
    {"host", QueryField::Host, true, true},
    {"kube_node", QueryField::Host, true, true},
    {"region", QueryField::Region, true, true},
    {"source", QueryField::Source, true, false},
    {"status", QueryField::Status, true, true},
    {"trace_id", QueryField::TraceId, true, true},
    {"span_id", QueryField::SpanId, true, true},
    {"message", QueryField::Message, true, false},
    {"operation_name", QueryField::OperationName, false, true},
    {"resource_name", QueryField::ResourceName, false, true},
    {"duration", QueryField::Duration, false, true},
    {"span.kind", QueryField::SpanKind, false, true},
};

} // namespace

std::optional<QueryField> resolveQueryField(std::string_view name, Signal signal)
{
    for (const auto& f : kFields)
        if (f.name == name && (signal == Signal::Logs ? f.logs : f.spans))
            return f.field;
    return std::nullopt;
}

std::string knownQueryFields(Signal signal)
{
    std::string out;
    for (const auto& f : kFields) {
        if (!(signal == Signal::Logs ? f.logs : f.spans))
            continue;
        if (!out.empty())
            out += ", ";
        out += f.name;
    }
    return out;
}

std::span<const std::string_view> severityNames(int n)
{
    static constexpr std::array<std::string_view, 2> debug{"debug", "trace"};
    static constexpr std::array<std::string_view, 3> info{"info", "notice", "ok"};
    static constexpr std::array<std::string_view, 2> warn{"warn", "warning"};
    static constexpr std::array<std::string_view, 2> error{"error", "err"};
    static constexpr std::array<std::string_view, 5> fatal{"critical", "fatal", "emerg", "emergency", "alert"};
    if (n <= 0)
        return {};
    if (n <= 8)
        return debug;
    if (n <= 12)
        return info;
    if (n <= 16)
        return warn;
    if (n <= 20)
        return error;
    return fatal;
}

std::string_view spanKindName(SpanKind kind)
{
    switch (kind) {
    case SpanKind::Unspecified: return "unspecified";
    case SpanKind::Internal: return "internal";
    case SpanKind::Server: return "server";
    case SpanKind::Client: return "client";
    case SpanKind::Producer: return "producer";
    case SpanKind::Consumer: return "consumer";
    }
    return "internal";
}

std::string operationName(SpanKind kind, std::string_view peerSystem, std::uint8_t peerKind)
{
    const std::string system = peerSystem.empty() ? std::string("queue") : std::string(peerSystem);
    switch (kind) {
    case SpanKind::Server: return "http.server.request";
    case SpanKind::Consumer: return system + ".process";
    case SpanKind::Producer: return system + ".send";
    case SpanKind::Client:
        if (peerKind == static_cast<std::uint8_t>(ServiceKind::Database) ||
            peerKind == static_cast<std::uint8_t>(ServiceKind::Cache))
            return (peerSystem.empty() ? std::string("db") : std::string(peerSystem)) + ".query";
        return "http.client.request";
    case SpanKind::Unspecified:
    case SpanKind::Internal: break;
    }
    return "internal";
}

} // namespace kunren
