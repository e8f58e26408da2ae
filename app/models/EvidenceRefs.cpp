#include "models/EvidenceRefs.h"

#include "bridge/QtConversions.h"
#include "models/Formatting.h"
#include "models/LogDetails.h"
#include "query/TextMatch.h"

namespace kunren::app {

namespace {

constexpr int kLongestText = 100; // a ref is a line in a list, not the whole log

QString shortened(const QString& text)
{
    const QString oneLine = text.simplified();
    return oneLine.size() <= kLongestText ? oneLine : oneLine.left(kLongestText - 1) + QStringLiteral("…");
}

} // namespace

QString traceEvidence(TraceId id) { return QStringLiteral("trace:") + qs(formatTraceId(id)); }

QString spanEvidence(const AssembledTrace& trace, int indexInTrace)
{
    if (indexInTrace < 0 || indexInTrace >= static_cast<int>(trace.positionOf.size()))
        return traceEvidence(trace.id);
    const AssembledSpan& span = trace.span(static_cast<std::uint16_t>(indexInTrace));
    QString ref = QStringLiteral("span:%1/%2 %3 %4 · %5")
                      .arg(qs(formatTraceId(trace.id)), qs(hexId(span.spanId)), qs(span.serviceName),
                           shortened(qs(span.name)), formatDuration(span.endUs - span.startUs));
    if (span.status == SpanStatus::Error)
        ref += QStringLiteral(" · error");
    return ref;
}

QString logEvidence(const LogDetails& log)
{
    return QStringLiteral("log:%1 %2 %3 %4")
        .arg(formatSimTime(log.time), log.service, severityName(log.severity).toUpper(), shortened(log.message));
}

QString metricEvidence(const QString& subject, const QString& chart, SimTime from, SimTime to)
{
    const QString window = formatSimTime(from, false) + QStringLiteral("–") + formatSimTime(to, false);
    return subject.isEmpty() ? QStringLiteral("metric:%1 · %2").arg(shortened(chart), window)
                             : QStringLiteral("metric:%1 · %2 · %3").arg(subject, shortened(chart), window);
}

QString queryEvidence(const QString& query) { return QStringLiteral("query:") + query.trimmed(); }

QString errorEvidence(const QString& service, const QString& title)
{
    return QStringLiteral("error:%1 %2").arg(service, shortened(title));
}

QString eventEvidence(SimTime at, const QString& service, const QString& kind, const QString& title)
{
    return QStringLiteral("event:%1 %2 %3: %4").arg(formatSimTime(at, false), service, kind, shortened(title));
}

} // namespace kunren::app
