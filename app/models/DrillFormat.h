#pragma once

#include "core/Time.h"
#include "telemetry/Records.h"

#include <QString>

namespace kunren::app {

// How the investigation views write simulated times and durations, so every page reads the same.

// "T+00:12:34.567": simulated time since the drill started (the drill clock's form, with milliseconds).
QString formatSimTime(SimTime t, bool withMillis = true);
// "850 µs", "12.3 ms", "1.24 s", "2 m 05 s".
QString formatDuration(SimDuration d);
// "error", "warn", "info" … as log search writes status.
QString severityName(Severity s);
// Bucket severities the way log UIs colour them: 0 debug/trace, 1 info, 2 warn, 3 error/fatal.
int severityLevel(Severity s);

} // namespace kunren::app
