#pragma once

#include <array>

namespace kunren {

// Latency histogram bounds in seconds (OpenTelemetry's recommended HTTP duration buckets): what the
// simulation records and what a monitor's percentile may be read from.
inline constexpr std::array<double, 14> kDurationBounds{0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25,
                                                        0.5,   0.75, 1.0,   2.5,  5.0,   7.5, 10.0};

} // namespace kunren
