#include "semconv/RecordAttributes.h"

#include "telemetry/LogText.h"

namespace kunren::semconv {

AttributeList exceptionAttributes(const TelemetryStore& store, ErrorId id)
{
    AttributeList a;
    if (id == 0)
        return a;
    const ErrorInfo& e = store.error(id);
    for (const auto& [key, value] : {std::pair{"exception.type", e.type}, std::pair{"exception.message", e.message},
                                     std::pair{"exception.stacktrace", e.stack}})
        if (value != kNoString && !store.str(value).empty())
            a.push_back(Attribute::string(key, store.str(value)));
    return a;
}

void appendOutcome(AttributeList& list, const TelemetryStore& store, SpanProtocol protocol, const SpanRecord& s)
{
    const std::string_view exceptionType = s.error != 0 ? store.str(store.error(s.error).type) : std::string_view{};
    const SpanOutcome o = describeOutcome(protocol, s.httpStatus, s.status == SpanStatus::Error,
                                          isTimeout(exceptionType));
    if (o.hasHttpStatus)
        list.push_back(Attribute::number("http.response.status_code", s.httpStatus));
    if (o.hasGrpcCode)
        list.push_back(Attribute::string("rpc.response.status_code", grpcCodeName(o.grpc)));
    switch (o.errorType) {
    case SpanOutcome::ErrorType::None: break;
    case SpanOutcome::ErrorType::HttpStatus:
        list.push_back(Attribute::string("error.type", std::to_string(s.httpStatus)));
        break;
    case SpanOutcome::ErrorType::GrpcCode: list.push_back(Attribute::string("error.type", grpcCodeName(o.grpc))); break;
    case SpanOutcome::ErrorType::Exception:
        list.push_back(Attribute::string("error.type", exceptionErrorType(exceptionType)));
        break;
    }
}

bool carriesRequestAttributes(const TraceRecord& trace, std::uint8_t spanFlags)
{
    return trace.attributes != 0 && !(spanFlags & SpanFlags::TagsDropped);
}

namespace {

void appendRequest(AttributeList& list, const TelemetryStore& store, AttributeSetId set)
{
    for (const auto& [key, value] : store.attributes(set)) {
        const std::string_view k = store.str(key);
        if (!store.str(value).empty() && !find(list, k))
            list.push_back(Attribute::string(k, store.str(value)));
    }
}

} // namespace

AttributeList spanAttributes(const TelemetryStore& store, const OperationAttributes& operation, std::uint32_t spanIndex)
{
    const SpanRecord& s = store.span(spanIndex);
    AttributeList a = operation.list;
    appendOutcome(a, store, operation.protocol, s);
    const TraceRecord& trace = store.trace(s.trace);
    if (carriesRequestAttributes(trace, s.flags))
        appendRequest(a, store, trace.attributes);
    return a;
}

AttributeSetId logRequestAttributes(const TelemetryStore& store, const LogRecord& log, const TelemetryCounts& known)
{
    if (log.trace == kNoTrace || log.trace >= known.traces)
        return 0;
    const TraceRecord& trace = store.trace(log.trace);
    std::uint8_t flags = 0;
    if (log.span != kNoParent) {
        const std::size_t span = std::size_t{trace.firstSpan} + log.span;
        if (span >= known.spans)
            return 0;
        flags = store.span(span).flags;
    }
    return carriesRequestAttributes(trace, flags) ? trace.attributes : 0;
}

int placeholderIndex(const LogTemplateParts& templ, std::string_view name)
{
    for (std::size_t p = 0; p < templ.names.size(); ++p)
        if (templ.names[p] == name)
            return static_cast<int>(p);
    return -1;
}

AttributeList logAttributes(const TelemetryStore& store, const LogRecord& log, const TelemetryCounts& known)
{
    AttributeList a = exceptionAttributes(store, log.error);
    const LogTemplateParts parts = splitLogTemplate(store.str(log.templ));
    logarg::Buffer buffer;
    for (std::size_t p = 0; p < parts.names.size() && p < log.argCount; ++p) {
        const std::string_view name = parts.names[p];
        if (name.empty() || placeholderIndex(parts, name) != static_cast<int>(p))
            continue;
        const std::string_view value = logarg::text(store.strings(), store.logArg(log.firstArg + p), name, buffer);
        if (!value.empty())
            a.push_back(Attribute::string(name, value));
    }
    // Request attributes the message names are the message's (its argument, or nothing).
    if (const AttributeSetId set = logRequestAttributes(store, log, known))
        for (const auto& [key, value] : store.attributes(set)) {
            const std::string_view k = store.str(key);
            if (!store.str(value).empty() && placeholderIndex(parts, k) < 0 && !find(a, k))
                a.push_back(Attribute::string(k, store.str(value)));
        }
    return a;
}

} // namespace kunren::semconv
