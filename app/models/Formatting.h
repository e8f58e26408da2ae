#pragma once

#include "core/Time.h"
#include "scenario/Scenario.h"
#include "telemetry/Records.h"

#include <QString>

namespace kunren::app {

// How every page writes figures, times and durations, so every table, label and tooltip agrees.
QString formatRate(double perSecond);   // "12.3/s", "0.05/s"
QString formatPercent(double fraction); // "0.42%", "12.5%"
QString formatMs(double ms);            // "8.2 ms", "1.25 s"
QString formatBytes(double bytes);      // "512 MiB"
// A measured value as people read it, never in exponent form: "42,040", "318.5", "0.0042" (four figures).
QString formatValue(double value);
QString formatElapsed(qint64 simTimeUs); // "T+01:05:00" (the drill clock's form)
// The wall-clock label of a simulated time ("14:06:10"), or the elapsed form without a scenario.
QString formatClock(const Scenario* scenario, qint64 simTimeUs);
// A service of the drill's topology to use in examples (its first HTTP service), "checkout" without one.
QString exampleService(const Scenario* scenario);
// A scenario's level in the workspace's language: "beginner", "intermediate", "advanced" (else as written).
QString levelLabel(const QString& difficulty);
// "HTTP service", "database (postgresql)" …
QString kindLabel(ServiceKind kind);

// "T+00:12:34.567": simulated time since the drill started, with milliseconds unless told otherwise.
QString formatSimTime(SimTime t, bool withMillis = true);
// "850 µs", "12.3 ms", "1.24 s", "2 m 05 s".
QString formatDuration(SimDuration d);
// "error", "warn", "info" … as log search writes status.
QString severityName(Severity s);
// Bucket severities the way log UIs colour them: 0 debug/trace, 1 info, 2 warn, 3 error/fatal.
int severityLevel(Severity s);

} // namespace kunren::app
