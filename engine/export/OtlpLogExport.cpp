// OtlpJsonWriter: logs (ExportLogsServiceRequest lines).
#include "export/JsonOut.h"
#include "export/OtlpFragments.h"
#include "export/OtlpJsonWriter.h"
#include "semconv/RecordAttributes.h"

#include <algorithm>
#include <vector>

namespace kunren {

namespace {

struct LogRef
{
    ResourceId resource;
    std::uint32_t log;
};

} // namespace

WriteResult OtlpJsonWriter::writeLogs(SinkRef sink, const TelemetryCounts& from, const TelemetryCounts& to)
{
    JsonOut out(sink.sink());
    m_fragments->setKnown(to);
    std::vector<LogRef> refs;
    std::size_t requests = 0, records = 0;
    std::size_t l = from.logs;
    while (l < to.logs && !out.failed()) {
        refs.clear();
        const std::int64_t w = window(m_store.log(l).time);
        for (; l < to.logs && refs.size() < m_options.maxRecordsPerRequest; ++l) {
            const LogRecord& log = m_store.log(l);
            if (window(log.time) != w)
                break;
            refs.push_back({log.resource, static_cast<std::uint32_t>(l)});
        }
        std::sort(refs.begin(), refs.end(), [](const LogRef& a, const LogRef& b) {
            return a.resource != b.resource ? a.resource < b.resource : a.log < b.log;
        });
        out.raw("{\"resourceLogs\":[");
        for (std::size_t i = 0; i < refs.size(); ++i) {
            if (i == 0 || refs[i].resource != refs[i - 1].resource) {
                if (i != 0) {
                    out.raw(OtlpFragments::kResourceClose);
                    out.ch(',');
                }
                out.raw(m_fragments->resourceOpen(refs[i].resource, OtlpSignal::Logs));
            } else {
                out.ch(',');
            }
            writeLog(out, m_store.log(refs[i].log), to);
            out.commitIfFull();
        }
        out.raw(OtlpFragments::kResourceClose);
        out.raw("]}\n");
        ++requests;
        records += refs.size();
    }
    return finish(out, requests, records);
}

void OtlpJsonWriter::writeLog(JsonOut& out, const LogRecord& log, const TelemetryCounts& to)
{
    const LogTemplateText& templ = m_fragments->logTemplate(log.templ);
    const int severity = static_cast<int>(log.severity);
    // Simulated logs are observed the moment they are written.
    out.raw("{\"timeUnixNano\":");
    out.quotedInteger(unixNanos(log.time));
    out.raw(",\"observedTimeUnixNano\":");
    out.quotedInteger(unixNanos(log.time));
    out.raw(",\"severityNumber\":");
    out.integer(severity);
    out.raw(",\"severityText\":\"");
    out.raw(severityText(severity));

    // Body: the template with each {placeholder} replaced by its argument, in order.
    out.raw("\",\"body\":{\"stringValue\":\"");
    logarg::Buffer buffer;
    for (std::size_t i = 0; i < templ.literals.size(); ++i) {
        out.raw(templ.literals[i]);
        if (i + 1 < templ.literals.size() && i < log.argCount)
            out.escaped(logarg::text(m_store.strings(), m_store.logArg(log.firstArg + i), templ.names[i], buffer));
    }
    out.raw("\"}");

    out.raw(",\"attributes\":[");
    bool any = false;
    if (log.error != 0) {
        const ErrorText& error = m_fragments->error(log.error);
        out.raw(error.attributes);
        any = !error.attributes.empty();
    }
    for (const auto& [key, arg] : templ.attributes) {
        if (arg >= log.argCount)
            continue;
        const std::string_view value = logarg::text(m_store.strings(), m_store.logArg(log.firstArg + arg),
                                                    templ.names[arg], buffer);
        if (value.empty())
            continue; // an empty value is no value (semconv::logAttributes)
        if (any)
            out.ch(',');
        any = true;
        out.raw(key);
        out.escaped(value);
        out.raw("\"}}");
    }
    // The request context the service's logger adds, for keys the message did not already name.
    if (const AttributeSetId set = semconv::logRequestAttributes(m_store, log, to)) {
        for (const auto& [key, value] : m_store.attributes(set)) {
            const std::string_view k = m_store.str(key);
            const std::string_view v = m_store.str(value);
            if (v.empty() || templ.hasName(k))
                continue;
            if (any)
                out.ch(',');
            any = true;
            out.raw("{\"key\":\"");
            out.escaped(k);
            out.raw("\",\"value\":{\"stringValue\":\"");
            out.escaped(v);
            out.raw("\"}}");
        }
    }
    out.ch(']');

    if (log.trace != kNoTrace && log.trace < to.traces) {
        const TraceRecord& trace = m_store.trace(log.trace);
        out.raw(",\"flags\":1,\"traceId\":\""); // W3C flags: sampled
        out.hex64(trace.idHigh);
        out.hex64(trace.idLow);
        if (log.span != kNoParent) {
            out.raw("\",\"spanId\":\"");
            out.hex64(TelemetryStore::spanId(trace, log.span));
        }
        out.ch('"');
    }
    out.ch('}');
}

} // namespace kunren
