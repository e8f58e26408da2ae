#pragma once

#include <cstdint>

namespace kunren {

// Simulated time: microseconds since the drill started. Never derived from the wall clock.
using SimTime = std::int64_t;
// A span of simulated time, in microseconds.
using SimDuration = std::int64_t;

constexpr SimDuration kMicrosecond = 1;
constexpr SimDuration kMillisecond = 1000;
constexpr SimDuration kSecond = 1000 * kMillisecond;
constexpr SimDuration kMinute = 60 * kSecond;
constexpr SimDuration kHour = 60 * kMinute;

constexpr double toSeconds(SimDuration d) { return static_cast<double>(d) / kSecond; }
constexpr SimDuration fromSeconds(double s) { return static_cast<SimDuration>(s * kSecond); }

} // namespace kunren
