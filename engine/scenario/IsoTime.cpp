#include "scenario/IsoTime.h"

#include <chrono>

namespace kunren {

namespace {

// Reads exactly `digits` decimal digits at `pos`.
std::optional<int> digitsAt(std::string_view s, std::size_t& pos, int digits)
{
    if (pos + static_cast<std::size_t>(digits) > s.size())
        return std::nullopt;
    int value = 0;
    for (int i = 0; i < digits; ++i) {
        const char c = s[pos++];
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return value;
}

bool expect(std::string_view s, std::size_t& pos, char c)
{
    if (pos >= s.size() || s[pos] != c)
        return false;
    ++pos;
    return true;
}

} // namespace

std::optional<IsoTime> parseIsoTime(std::string_view s)
{
    std::size_t pos = 0;
    const auto year = digitsAt(s, pos, 4);
    if (!year || !expect(s, pos, '-'))
        return std::nullopt;
    const auto month = digitsAt(s, pos, 2);
    if (!month || !expect(s, pos, '-'))
        return std::nullopt;
    const auto day = digitsAt(s, pos, 2);
    if (!day || !expect(s, pos, 'T'))
        return std::nullopt;
    const auto hour = digitsAt(s, pos, 2);
    if (!hour || !expect(s, pos, ':'))
        return std::nullopt;
    const auto minute = digitsAt(s, pos, 2);
    if (!minute)
        return std::nullopt;
    int second = 0;
    std::int64_t nanos = 0;
    if (pos < s.size() && s[pos] == ':') {
        ++pos;
        const auto sec = digitsAt(s, pos, 2);
        if (!sec)
            return std::nullopt;
        second = *sec;
        if (pos < s.size() && s[pos] == '.') {
            ++pos;
            std::int64_t scale = 100'000'000;
            const std::size_t start = pos;
            while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') {
                nanos += (s[pos] - '0') * scale;
                scale /= 10;
                ++pos;
            }
            if (pos == start)
                return std::nullopt;
        }
    }
    int offset = 0;
    if (pos < s.size() && s[pos] == 'Z') {
        ++pos;
    } else if (pos < s.size() && (s[pos] == '+' || s[pos] == '-')) {
        const int sign = s[pos++] == '-' ? -1 : 1;
        const auto oh = digitsAt(s, pos, 2);
        if (!oh || !expect(s, pos, ':'))
            return std::nullopt;
        const auto om = digitsAt(s, pos, 2);
        if (!om || *oh > 23 || *om > 59)
            return std::nullopt;
        offset = sign * (*oh * 60 + *om);
    } else {
        return std::nullopt;
    }
    if (pos != s.size() || *hour > 23 || *minute > 59 || second > 59)
        return std::nullopt;

    using namespace std::chrono;
    const year_month_day date{std::chrono::year(*year), std::chrono::month(static_cast<unsigned>(*month)),
                              std::chrono::day(static_cast<unsigned>(*day))};
    if (!date.ok())
        return std::nullopt;
    const std::int64_t days = sys_days(date).time_since_epoch().count();
    if (days < -106'000 || days > 106'000)
        return std::nullopt; // nanoseconds since 1970 fit in 64 bits for about ±290 years
    const std::int64_t seconds = days * 86400 + *hour * 3600 + *minute * 60 + second - offset * 60;
    return IsoTime{seconds * 1'000'000'000 + nanos, offset};
}

} // namespace kunren
