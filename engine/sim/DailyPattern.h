#pragma once

#include "scenario/Scenario.h"

#include <cmath>

namespace kunren {

// Traffic multiplier of the daily pattern at simulated time `t` (which may be before the drill starts,
// for warm-up history): cosine-shaped from `dailyTrough` at peakHour+12 to `dailyPeak` at peakHour, in
// the scenario's local time.
inline double dailyTrafficFactor(const Scenario& sc, SimTime t)
{
    const TrafficSpec& traffic = sc.traffic;
    if (traffic.dailyPeak == traffic.dailyTrough)
        return traffic.dailyPeak;
    const double startSeconds = static_cast<double>(sc.startsAtUnixNanos / 1000000000) + sc.utcOffsetMinutes * 60.0;
    const double seconds = std::fmod(startSeconds + toSeconds(t), 86400.0);
    const double hour = (seconds < 0 ? seconds + 86400.0 : seconds) / 3600.0;
    const double phase = std::cos(2.0 * 3.141592653589793 * (hour - traffic.peakHour) / 24.0);
    return traffic.dailyTrough + (traffic.dailyPeak - traffic.dailyTrough) * (0.5 + 0.5 * phase);
}

} // namespace kunren
