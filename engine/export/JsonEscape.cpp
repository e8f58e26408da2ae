#include "export/JsonEscape.h"

#include <array>
#include <cstdint>
#include <cstring>

namespace kunren {

namespace {

// 0 = copy as is, 1 = needs an escape, 2 = starts a multi-byte (or ill-formed) UTF-8 sequence.
constexpr std::array<std::uint8_t, 256> kByteClass = [] {
    std::array<std::uint8_t, 256> t{};
    for (int c = 0; c < 0x20; ++c)
        t[static_cast<std::size_t>(c)] = 1;
    t['"'] = 1;
    t['\\'] = 1;
    for (int c = 0x80; c < 0x100; ++c)
        t[static_cast<std::size_t>(c)] = 2;
    return t;
}();

constexpr char kHex[] = "0123456789abcdef";

// Length of the well-formed UTF-8 sequence at p (1 ≤ n bytes available), or 0 if ill-formed; then
// `bad` is how many bytes form the maximal ill-formed subpart to replace with one U+FFFD.
std::size_t utf8Sequence(const unsigned char* p, std::size_t n, std::size_t& bad)
{
    const unsigned char b0 = p[0];
    std::size_t len = 0;
    unsigned char lo = 0x80, hi = 0xBF; // allowed range of the second byte
    if (b0 >= 0xC2 && b0 <= 0xDF) {
        len = 2;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
        len = 3;
        if (b0 == 0xE0)
            lo = 0xA0; // overlong
        if (b0 == 0xED)
            hi = 0x9F; // surrogates
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
        len = 4;
        if (b0 == 0xF0)
            lo = 0x90; // overlong
        if (b0 == 0xF4)
            hi = 0x8F; // above U+10FFFF
    } else {
        bad = 1;
        return 0;
    }
    std::size_t i = 1;
    for (; i < len && i < n; ++i) {
        const unsigned char b = p[i];
        const unsigned char min = i == 1 ? lo : 0x80;
        const unsigned char max = i == 1 ? hi : 0xBF;
        if (b < min || b > max)
            break;
    }
    if (i == len)
        return len;
    bad = i;
    return 0;
}

} // namespace

char* escapeJsonInto(char* out, std::string_view in)
{
    const auto* p = reinterpret_cast<const unsigned char*>(in.data());
    const auto* end = p + in.size();
    while (p < end) {
        // Copy the run of plain ASCII in one go: most strings are nothing else.
        const auto* run = p;
        while (p < end && kByteClass[*p] == 0)
            ++p;
        if (p != run) {
            std::memcpy(out, run, static_cast<std::size_t>(p - run));
            out += p - run;
            if (p == end)
                break;
        }
        const unsigned char c = *p;
        if (kByteClass[c] == 1) {
            *out++ = '\\';
            switch (c) {
            case '"': *out++ = '"'; break;
            case '\\': *out++ = '\\'; break;
            case '\n': *out++ = 'n'; break;
            case '\r': *out++ = 'r'; break;
            case '\t': *out++ = 't'; break;
            case '\b': *out++ = 'b'; break;
            case '\f': *out++ = 'f'; break;
            default:
                *out++ = 'u';
                *out++ = '0';
                *out++ = '0';
                *out++ = kHex[c >> 4];
                *out++ = kHex[c & 0xF];
            }
            ++p;
            continue;
        }
        std::size_t bad = 0;
        const std::size_t len = utf8Sequence(p, static_cast<std::size_t>(end - p), bad);
        if (len != 0) {
            std::memcpy(out, p, len);
            out += len;
            p += len;
        } else {
            *out++ = static_cast<char>(0xEF); // U+FFFD REPLACEMENT CHARACTER
            *out++ = static_cast<char>(0xBF);
            *out++ = static_cast<char>(0xBD);
            p += bad;
        }
    }
    return out;
}

void appendJsonEscaped(std::string& out, std::string_view in)
{
    const std::size_t old = out.size();
    out.resize(old + kJsonEscapeMaxGrowth * in.size());
    char* end = escapeJsonInto(out.data() + old, in);
    out.resize(static_cast<std::size_t>(end - out.data()));
}

void appendJsonString(std::string& out, std::string_view in)
{
    out.push_back('"');
    appendJsonEscaped(out, in);
    out.push_back('"');
}

} // namespace kunren
