#include "query/AttributeModel.h"

#include "semconv/OperationAttributes.h"
#include "semconv/ResourceAttributes.h"
#include "semconv/SpanOutcome.h"

namespace kunren {

using semconv::SpanOutcome;
using semconv::SpanProtocol;

AttributeModel::AttributeModel(const TelemetryStore& store, const TelemetryCounts& counts)
    : m_store(store),
      m_counts(counts),
      m_operations(counts.operations),
      m_protocols(counts.operations, 0xFF),
      m_resources(counts.resources),
      m_timeouts(counts.errors, 0)
{
}

AttributeModel::~AttributeModel() = default;

const semconv::OperationAttributes& AttributeModel::operation(OperationId id)
{
    static const semconv::OperationAttributes kNoOperation;
    if (id >= m_operations.size())
        return kNoOperation;
    auto& cached = m_operations[id];
    if (!cached) {
        cached = std::make_unique<semconv::OperationAttributes>(semconv::describeOperation(m_store, id, m_counts));
        m_protocols[id] = static_cast<std::uint8_t>(cached->protocol);
    }
    return *cached;
}

std::optional<std::string_view> AttributeModel::operationValue(OperationId id, std::string_view key)
{
    if (const semconv::Attribute* a = semconv::find(operation(id).list, key))
        return std::string_view(a->text);
    return std::nullopt;
}

std::optional<std::string_view> AttributeModel::resourceValue(ResourceId id, std::string_view key)
{
    if (id >= m_resources.size())
        return std::nullopt;
    auto& cached = m_resources[id];
    if (!cached) {
        cached.emplace();
        for (semconv::Attribute& a : semconv::resourceAttributes(m_store, id, m_counts))
            cached->emplace_back(std::move(a.key), std::move(a.text));
    }
    for (const auto& [k, v] : *cached)
        if (k == key)
            return std::string_view(v);
    return std::nullopt;
}

std::uint8_t AttributeModel::protocolByte(OperationId id)
{
    if (id >= m_protocols.size())
        return static_cast<std::uint8_t>(SpanProtocol::Plain);
    if (m_protocols[id] == 0xFF)
        operation(id);
    return m_protocols[id];
}

bool AttributeModel::isHttp(OperationId id)
{
    const auto p = static_cast<SpanProtocol>(protocolByte(id));
    return p == SpanProtocol::HttpServer || p == SpanProtocol::HttpClient;
}

bool AttributeModel::isGrpc(OperationId id)
{
    const auto p = static_cast<SpanProtocol>(protocolByte(id));
    return p == SpanProtocol::GrpcServer || p == SpanProtocol::GrpcClient;
}

bool AttributeModel::timeout(ErrorId id)
{
    if (id == 0)
        return false;
    auto decide = [&] { return semconv::isTimeout(m_store.str(m_store.error(id).type)); };
    if (id >= m_timeouts.size())
        return decide();
    std::uint8_t& t = m_timeouts[id];
    if (t == 0)
        t = decide() ? 2 : 1;
    return t == 2;
}

SpanOutcome AttributeModel::outcome(const SpanRecord& s)
{
    return semconv::describeOutcome(static_cast<SpanProtocol>(protocolByte(s.operation)), s.httpStatus,
                                    s.status == SpanStatus::Error, timeout(s.error));
}

std::uint32_t AttributeModel::grpcKey(const SpanRecord& s)
{
    if (!isGrpc(s.operation))
        return kNone;
    return static_cast<std::uint32_t>(outcome(s).grpc);
}

std::uint32_t AttributeModel::errorTypeKey(const SpanRecord& s)
{
    // Most spans succeed: neither failed nor an error status, so no error.type.
    if (s.status != SpanStatus::Error && s.httpStatus < 400)
        return kNone;
    const SpanOutcome o = outcome(s);
    switch (o.errorType) {
    case SpanOutcome::ErrorType::None: return kNone;
    case SpanOutcome::ErrorType::HttpStatus: return s.httpStatus;
    case SpanOutcome::ErrorType::GrpcCode: return kGrpcBase + static_cast<std::uint32_t>(o.grpc);
    case SpanOutcome::ErrorType::Exception:
        return s.error == 0 || m_store.str(m_store.error(s.error).type).empty() ? kOther : kExceptionBase + s.error;
    }
    return kNone;
}

std::string AttributeModel::errorTypeLabel(std::uint32_t key) const
{
    if (key == kNone)
        return {};
    if (key < kGrpcBase)
        return std::to_string(key);
    if (key < kOther)
        return std::string(semconv::grpcCodeName(static_cast<semconv::GrpcCode>(key - kGrpcBase)));
    if (key < kExceptionBase)
        return std::string(semconv::exceptionErrorType({}));
    return std::string(semconv::exceptionErrorType(m_store.str(m_store.error(key - kExceptionBase).type)));
}

} // namespace kunren
