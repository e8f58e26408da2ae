#pragma once

#include "telemetry/TelemetryStore.h"

#include <QList>
#include <QPair>
#include <QString>

namespace kunren::app {

// Everything the log detail pane shows about one stored log, as text.
struct LogDetails
{
    SimTime time = 0;
    Severity severity = Severity::Info;
    QString service, pod, version, host, region;
    QString message;
    QList<QPair<QString, QString>> attributes; // engine/semconv's log attributes (no exception.*)
    QString errorType, errorMessage, errorStack;
    QString traceIdHex; // empty: the log links to no stored trace
    int spanIndex = -1; // index within the trace, -1 when none
    QString spanIdHex;
};

LogDetails describeLog(const TelemetryStore& store, std::size_t row);

// The resource tags of a log or span row, "" when not set.
QString serviceOf(const TelemetryStore& store, ResourceId resource);

} // namespace kunren::app
