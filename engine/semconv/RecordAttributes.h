#pragma once

#include "semconv/OperationAttributes.h"
#include "semconv/SpanOutcome.h"

namespace kunren::semconv {

// The attributes of one record, in the order the export writes them. These are the definition the fast
// paths (the search's per-operation tables, the export's cached fragments) are checked against.

// exception.type / .message / .stacktrace of an error: a span's "exception" event, a log's own attributes.
AttributeList exceptionAttributes(const TelemetryStore& store, ErrorId error);

// The outcome's attributes (http.response.status_code, rpc.response.status_code, error.type) of a span.
void appendOutcome(AttributeList& list, const TelemetryStore& store, SpanProtocol protocol, const SpanRecord& span);

// The request's attributes a record carries (card.brand, customer.tier …): the trace's set, unless
// propagation lost it on this span.
bool carriesRequestAttributes(const TraceRecord& trace, std::uint8_t spanFlags);

// A span's attributes: its operation's, its outcome's, its request's. `operation` is describeOperation of
// the span's operation.
AttributeList spanAttributes(const TelemetryStore& store, const OperationAttributes& operation,
                             std::uint32_t spanIndex);

// The request attribute set a log carries (0: none): its trace's, unless the log's span lost it. Rows past
// `known` are not read.
AttributeSetId logRequestAttributes(const TelemetryStore& store, const LogRecord& log, const TelemetryCounts& known);

// Index of the first placeholder of `templ` named `name`, -1 when it has none. A name used twice keeps its
// first value: OTLP attribute keys are unique.
int placeholderIndex(const LogTemplateParts& templ, std::string_view name);

// A log's attributes: exception.*, then one per distinct placeholder name (the argument as text), then
// the request attributes the template does not name (the request context the service's logger
// adds, like a baggage log processor).
AttributeList logAttributes(const TelemetryStore& store, const LogRecord& log, const TelemetryCounts& known);

} // namespace kunren::semconv
