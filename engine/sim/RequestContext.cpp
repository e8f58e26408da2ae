#include "sim/RequestContext.h"

namespace kunren {

void RequestContext::commit(TelemetryStore& store)
{
    TraceIndex trace = kNoTrace;
    if (recording && !spans.empty()) {
        TraceRecord t;
        t.idHigh = idHigh;
        t.idLow = idLow;
        t.start = traceStart;
        t.attributes = tagsDropped ? 0 : attributes;
        t.weight = weight;
        trace = store.beginTrace(t);
        for (SpanRecord& s : spans) {
            s.trace = trace;
            store.addSpan(s);
        }
        if (link.spanId != 0)
            store.addTraceLink({trace, 0, link.traceHigh, link.traceLow, link.spanId});
    }
    for (const PendingLog& l : logs) {
        LogRecord r;
        r.time = l.time;
        r.resource = l.resource;
        r.templ = l.templ;
        r.error = l.error;
        r.trace = trace;
        r.span = trace == kNoTrace ? kNoParent : l.span;
        r.severity = l.severity;
        store.addLog(r, std::span<const LogArg>(logArgs.data() + l.firstArg, l.argCount));
    }
    for (auto& f : fragments)
        f->commit(store);
}

} // namespace kunren
