#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace kunren {

struct IsoTime
{
    std::int64_t unixNanos = 0;
    int utcOffsetMinutes = 0;
};

// Parses "2026-03-02T10:00:00+09:00" (seconds, fraction and "Z" optional as in RFC 3339). nullopt when
// malformed or when a field is out of range (month 13, 31 April, hour 24, offset beyond ±23:59).
std::optional<IsoTime> parseIsoTime(std::string_view text);

} // namespace kunren
