#pragma once

#include "core/Time.h"

#include <optional>
#include <string>
#include <string_view>

namespace kunren {

// Parses durations as written in scenario files and on the command line: "250ms", "90s", "15m",
// "1h30m", "400us", "2d". Units: us ms s m h d; numbers may have a fraction ("1.5s").
std::optional<SimDuration> parseDuration(std::string_view text);

// Parses byte sizes: "512Mi", "2Gi", "64Ki", "1G", "500M", or a plain number of bytes.
std::optional<std::int64_t> parseBytes(std::string_view text);

// "1h30m", "15m", "90s" → shortest exact form; "1.5s" style for sub-second values.
std::string formatDuration(SimDuration d);

} // namespace kunren
