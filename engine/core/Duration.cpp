#include "core/Duration.h"

#include <charconv>
#include <cmath>
#include <cstdio>

namespace kunren {

namespace {

// Reads a non-negative decimal number at the front of `s`; advances `s` past it.
std::optional<double> takeNumber(std::string_view& s)
{
    std::size_t n = 0;
    bool dot = false;
    while (n < s.size() && ((s[n] >= '0' && s[n] <= '9') || (s[n] == '.' && !dot))) {
        dot = dot || s[n] == '.';
        ++n;
    }
    if (n == 0 || (n == 1 && s[0] == '.'))
        return std::nullopt;
    double value = 0;
    const auto res = std::from_chars(s.data(), s.data() + n, value);
    if (res.ec != std::errc{} || res.ptr != s.data() + n)
        return std::nullopt;
    s.remove_prefix(n);
    return value;
}

} // namespace

std::optional<SimDuration> parseDuration(std::string_view s)
{
    if (s.empty())
        return std::nullopt;
    double total = 0;
    while (!s.empty()) {
        const auto number = takeNumber(s);
        if (!number)
            return std::nullopt;
        double unit = 0;
        if (s.starts_with("us")) {
            unit = kMicrosecond;
            s.remove_prefix(2);
        } else if (s.starts_with("ms")) {
            unit = kMillisecond;
            s.remove_prefix(2);
        } else if (s.starts_with("s")) {
            unit = kSecond;
            s.remove_prefix(1);
        } else if (s.starts_with("m")) {
            unit = kMinute;
            s.remove_prefix(1);
        } else if (s.starts_with("h")) {
            unit = kHour;
            s.remove_prefix(1);
        } else if (s.starts_with("d")) {
            unit = 24.0 * kHour;
            s.remove_prefix(1);
        } else {
            return std::nullopt;
        }
        total += *number * unit;
        if (total > 1e17)
            return std::nullopt;
    }
    return static_cast<SimDuration>(std::llround(total));
}

std::optional<std::int64_t> parseBytes(std::string_view s)
{
    const auto number = takeNumber(s);
    if (!number)
        return std::nullopt;
    double unit = 1;
    if (s == "Ki")
        unit = 1024.0;
    else if (s == "Mi")
        unit = 1024.0 * 1024;
    else if (s == "Gi")
        unit = 1024.0 * 1024 * 1024;
    else if (s == "Ti")
        unit = 1024.0 * 1024 * 1024 * 1024;
    else if (s == "K")
        unit = 1e3;
    else if (s == "M")
        unit = 1e6;
    else if (s == "G")
        unit = 1e9;
    else if (!s.empty())
        return std::nullopt;
    const double bytes = *number * unit;
    if (bytes > 9e18)
        return std::nullopt;
    return static_cast<std::int64_t>(std::llround(bytes));
}

std::string formatDuration(SimDuration d)
{
    if (d < 0)
        return "-" + formatDuration(-d);
    if (d % kSecond != 0) {
        char buf[32];
        if (d < kMillisecond)
            std::snprintf(buf, sizeof buf, "%lldus", static_cast<long long>(d));
        else if (d < kSecond)
            std::snprintf(buf, sizeof buf, "%gms", static_cast<double>(d) / kMillisecond);
        else
            std::snprintf(buf, sizeof buf, "%gs", static_cast<double>(d) / kSecond);
        return buf;
    }
    std::string out;
    const long long h = d / kHour, m = (d % kHour) / kMinute, s = (d % kMinute) / kSecond;
    if (h)
        out += std::to_string(h) + "h";
    if (m)
        out += std::to_string(m) + "m";
    if (s || out.empty())
        out += std::to_string(s) + "s";
    return out;
}

} // namespace kunren
