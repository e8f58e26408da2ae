#pragma once

#include "core/Time.h"
#include "trace/AssembledTrace.h"

#include <QString>

namespace kunren::app {

struct LogDetails;

// The evidence refs a trainee cites on a hypothesis (drill/DrillAction.h): a kind, a colon, what
// identifies the thing, then a few words saying what it showed, so the hypothesis dialog, the score page
// and the retrospective read well without opening anything. The same thing always gives the same ref,
// which is how the score counts distinct pieces of evidence.

// "trace:4bf92f3577b34da6a3ce929d0e0e4736"
QString traceEvidence(TraceId id);
// "span:TRACE/SPAN payment POST /charge · 2.31 s · error"
QString spanEvidence(const AssembledTrace& trace, int indexInTrace);
// "log:T+00:12:03.120 payment ERROR card processor timed out after 5000 ms" (long messages shortened)
QString logEvidence(const LogDetails& log);
// "metric:payment · Latency · T+00:05:00–T+00:20:00": a chart (or an explorer query) over a time window.
QString metricEvidence(const QString& subject, const QString& chart, SimTime from, SimTime to);
// "query:service:checkout status:error"
QString queryEvidence(const QString& query);
// "error:payment CardDeclinedError: card declined for order ord_*"
QString errorEvidence(const QString& service, const QString& title);
// "event:T+00:06:00 payment deploy: payment v2.4.1"
QString eventEvidence(SimTime at, const QString& service, const QString& kind, const QString& title);

} // namespace kunren::app
