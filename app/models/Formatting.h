#pragma once

#include "scenario/Scenario.h"

#include <QString>

namespace kunren::app {

// How the overview pages write figures, so every table, label and tooltip agrees.
QString formatRate(double perSecond);      // "12.3/s", "0.05/s"
QString formatPercent(double fraction);    // "0.42%", "12.5%"
QString formatMs(double ms);               // "8.2 ms", "1.25 s"
QString formatBytes(double bytes);         // "512 MiB"
QString formatElapsed(qint64 simTimeUs);   // "T+01:05:00"
// The wall-clock label of a simulated time ("14:06:10"), or the elapsed form without a scenario.
QString formatClock(const Scenario* scenario, qint64 simTimeUs);
// "HTTP service", "database (postgresql)" …
QString kindLabel(ServiceKind kind);

} // namespace kunren::app
