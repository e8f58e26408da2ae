// OtlpJsonWriter: traces (ExportTraceServiceRequest lines).
#include "export/JsonOut.h"
#include "export/OtlpFragments.h"
#include "export/OtlpJsonWriter.h"
#include "semconv/SpanOutcome.h"

#include <algorithm>
#include <vector>

namespace kunren {

namespace {

// Index a trace never uses (spanCount is 16-bit, so real indices stop at 0xFFFE): a ParentMissing span
// points at the id derived from it, a parent that exists nowhere in the trace.
constexpr std::uint32_t kMissingParentIndex = 0xFFFF;

struct SpanRef
{
    ResourceId resource;
    std::uint32_t span;
    TraceIndex trace;
};

} // namespace

WriteResult OtlpJsonWriter::writeTraces(SinkRef sink, const TelemetryCounts& from, const TelemetryCounts& to)
{
    JsonOut out(sink.sink());
    m_fragments->setKnown(to);
    std::vector<SpanRef> refs;
    std::size_t requests = 0, records = 0;
    std::size_t t = from.traces;
    while (t < to.traces && !out.failed()) {
        // One request: whole traces that started in the same window, up to the size cap.
        refs.clear();
        const std::int64_t w = window(m_store.trace(static_cast<TraceIndex>(t)).start);
        while (t < to.traces && refs.size() < m_options.maxRecordsPerRequest) {
            const TraceRecord& trace = m_store.trace(static_cast<TraceIndex>(t));
            if (window(trace.start) != w)
                break;
            const std::size_t end = std::min<std::size_t>(std::size_t{trace.firstSpan} + trace.spanCount, to.spans);
            for (std::size_t s = trace.firstSpan; s < end; ++s)
                refs.push_back({m_store.span(s).resource, static_cast<std::uint32_t>(s), static_cast<TraceIndex>(t)});
            ++t;
        }
        if (refs.empty())
            continue;
        std::sort(refs.begin(), refs.end(), [](const SpanRef& a, const SpanRef& b) {
            return a.resource != b.resource ? a.resource < b.resource : a.span < b.span;
        });
        out.raw("{\"resourceSpans\":[");
        for (std::size_t i = 0; i < refs.size(); ++i) {
            const bool opens = i == 0 || refs[i].resource != refs[i - 1].resource;
            if (opens) {
                if (i != 0) {
                    out.raw(OtlpFragments::kResourceClose);
                    out.ch(',');
                }
                out.raw(m_fragments->resourceOpen(refs[i].resource, OtlpSignal::Traces));
            } else {
                out.ch(',');
            }
            writeSpan(out, refs[i].trace, refs[i].span, to.traceLinks);
            out.commitIfFull();
        }
        out.raw(OtlpFragments::kResourceClose);
        out.raw("]}\n");
        ++requests;
        records += refs.size();
    }
    return finish(out, requests, records);
}

void OtlpJsonWriter::writeSpan(JsonOut& out, TraceIndex traceIndex, std::uint32_t spanIndex, std::size_t publishedLinks)
{
    const TraceRecord& trace = m_store.trace(traceIndex);
    const SpanRecord& s = m_store.span(spanIndex);
    const OperationText& op = m_fragments->operation(s.operation);
    const std::uint32_t inTrace = spanIndex - trace.firstSpan;

    out.raw("{\"traceId\":\"");
    out.hex64(trace.idHigh);
    out.hex64(trace.idLow);
    out.raw("\",\"spanId\":\"");
    out.hex64(TelemetryStore::spanId(trace, inTrace));
    if (s.flags & SpanFlags::ParentMissing) {
        out.raw("\",\"parentSpanId\":\"");
        out.hex64(TelemetryStore::spanId(trace, kMissingParentIndex));
    } else if (s.parent != kNoParent) {
        out.raw("\",\"parentSpanId\":\"");
        out.hex64(TelemetryStore::spanId(trace, s.parent));
    }
    out.raw("\",\"name\":");
    out.raw(op.name);
    out.raw(",\"kind\":");
    out.integer(static_cast<int>(op.kind));
    const SimTime start = trace.start + s.startOffsetUs;
    const SimTime end = start + s.durationUs;
    out.raw(",\"startTimeUnixNano\":");
    out.quotedInteger(unixNanos(start));
    out.raw(",\"endTimeUnixNano\":");
    out.quotedInteger(unixNanos(end));

    // Attributes: the operation's, then what this span's outcome adds, then the request's.
    out.raw(",\"attributes\":[");
    bool any = !op.attributes.empty();
    out.raw(op.attributes);
    auto next = [&] {
        if (any)
            out.ch(',');
        any = true;
    };
    const bool failed = s.status == SpanStatus::Error;
    const ErrorText* error = s.error != 0 ? &m_fragments->error(s.error) : nullptr;
    // What the outcome adds, as semconv::appendOutcome decides it (written here without allocating).
    using semconv::SpanOutcome;
    const SpanOutcome outcome = semconv::describeOutcome(op.protocol, s.httpStatus, failed,
                                                         error != nullptr && error->timeout);
    if (outcome.hasHttpStatus) {
        next();
        out.raw("{\"key\":\"http.response.status_code\",\"value\":{\"intValue\":\"");
        out.unsignedInteger(s.httpStatus);
        out.raw("\"}}");
    }
    if (outcome.hasGrpcCode) {
        next();
        out.raw("{\"key\":\"rpc.response.status_code\",\"value\":{\"stringValue\":\"");
        out.raw(semconv::grpcCodeName(outcome.grpc));
        out.raw("\"}}");
    }
    if (outcome.errorType != SpanOutcome::ErrorType::None) {
        next();
        out.raw("{\"key\":\"error.type\",\"value\":{\"stringValue\":\"");
        if (outcome.errorType == SpanOutcome::ErrorType::HttpStatus)
            out.unsignedInteger(s.httpStatus);
        else if (outcome.errorType == SpanOutcome::ErrorType::GrpcCode)
            out.raw(semconv::grpcCodeName(outcome.grpc));
        else
            out.raw(error != nullptr ? std::string_view(error->errorType) : semconv::exceptionErrorType({}));
        out.raw("\"}}");
    }
    if (trace.attributes != 0 && !(s.flags & SpanFlags::TagsDropped)) {
        const std::string& request = m_fragments->attributeSet(trace.attributes);
        if (!request.empty()) {
            next();
            out.raw(request);
        }
    }
    out.ch(']');

    // A message's consumer links to the span that published it (only a trace's first span links, so only
    // roots look the links up).
    if (inTrace == 0 && publishedLinks > 0) {
        bool first = true;
        for (const TraceLink& link : m_store.linksOf(traceIndex, publishedLinks)) {
            if (link.span != 0)
                continue;
            out.raw(first ? ",\"links\":[{\"traceId\":\"" : ",{\"traceId\":\"");
            out.hex64(link.linkedTraceHigh);
            out.hex64(link.linkedTraceLow);
            out.raw("\",\"spanId\":\"");
            out.hex64(link.linkedSpanId);
            out.raw("\"}");
            first = false;
        }
        if (!first)
            out.ch(']');
    }
    if (error != nullptr) {
        out.raw(",\"events\":[{\"timeUnixNano\":");
        out.quotedInteger(unixNanos(end));
        out.raw(",\"name\":\"exception\",\"attributes\":[");
        out.raw(error->attributes);
        out.raw("]}]");
    }
    out.raw(",\"status\":{\"code\":");
    out.integer(static_cast<int>(s.status));
    if (failed && error != nullptr && !error->message.empty()) {
        out.raw(",\"message\":\"");
        out.raw(error->message);
        out.ch('"');
    }
    out.raw("}}");
}

} // namespace kunren
