#include "trace/TraceId.h"

namespace kunren {

std::string formatTraceId(TraceId id)
{
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string text(32, '0');
    for (int i = 15; i >= 0; --i, id.high >>= 4)
        text[static_cast<std::size_t>(i)] = kDigits[id.high & 0xF];
    for (int i = 31; i >= 16; --i, id.low >>= 4)
        text[static_cast<std::size_t>(i)] = kDigits[id.low & 0xF];
    return text;
}

std::optional<TraceId> parseTraceId(std::string_view hex)
{
    if (hex.size() > 2 && hex[0] == '0' && (hex[1] == 'x' || hex[1] == 'X'))
        hex.remove_prefix(2);
    if (hex.empty() || hex.size() > 32)
        return std::nullopt;
    TraceId id;
    for (char c : hex) {
        int v = 0;
        if (c >= '0' && c <= '9')
            v = c - '0';
        else if (c >= 'a' && c <= 'f')
            v = c - 'a' + 10;
        else if (c >= 'A' && c <= 'F')
            v = c - 'A' + 10;
        else
            return std::nullopt;
        // Shift the 128-bit value left by one digit.
        id.high = (id.high << 4) | (id.low >> 60);
        id.low = (id.low << 4) | static_cast<std::uint64_t>(v);
    }
    return id;
}

} // namespace kunren
