#include "models/LogDetails.h"

#include "bridge/QtConversions.h"
#include "query/TextMatch.h"
#include "semconv/RecordAttributes.h"

namespace kunren::app {

QString serviceOf(const TelemetryStore& store, ResourceId resource)
{
    if (resource == kNoResource)
        return {};
    const ResourceInfo& r = store.resource(resource);
    return r.service == kNoService ? QString() : qs(store.str(store.service(r.service).name));
}

LogDetails describeLog(const TelemetryStore& store, std::size_t row)
{
    const LogRecord& l = store.log(row);
    LogDetails d;
    d.time = l.time;
    d.severity = l.severity;
    d.message = qs(renderLogMessage(store, l));
    if (l.resource != kNoResource) {
        const ResourceInfo& r = store.resource(l.resource);
        d.service = serviceOf(store, l.resource);
        d.pod = qs(store.str(r.pod));
        d.version = qs(store.str(r.version));
        d.host = qs(store.str(r.node));
        d.region = qs(store.str(r.region));
    }
    // The attributes the search finds and the export writes; the exception has its own section.
    for (const semconv::Attribute& a : semconv::logAttributes(store, l, store.counts()))
        if (!a.key.starts_with("exception."))
            d.attributes.append({qs(a.key), qs(a.text)});
    if (l.error != 0) {
        const ErrorInfo& e = store.error(l.error);
        d.errorType = qs(store.str(e.type));
        d.errorMessage = qs(store.str(e.message));
        d.errorStack = qs(store.str(e.stack));
    }
    if (l.trace != kNoTrace) {
        const TraceRecord& t = store.trace(l.trace);
        d.traceIdHex = qs(hexId(t.idHigh, t.idLow));
        if (l.span != kNoParent) {
            d.spanIndex = l.span;
            d.spanIdHex = qs(hexId(TelemetryStore::spanId(t, l.span)));
        }
    }
    return d;
}

} // namespace kunren::app
