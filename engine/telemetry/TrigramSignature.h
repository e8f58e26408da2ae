#pragma once

#include <cstdint>
#include <string_view>

namespace kunren {

// A 64-bit summary of the three-character stretches a text holds (ASCII letters folded to lowercase): one
// bit per trigram, chosen by a hash. A text can hold a needle only if its signature has every bit of the
// needle's, so a substring search over many strings tests one word per string before it reads any text.
// Texts and needles under three characters have no bits, which filters nothing.
constexpr std::uint64_t trigramSignature(std::string_view text)
{
    auto lower = [](char c) { return static_cast<std::uint8_t>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c); };
    std::uint64_t bits = 0;
    for (std::size_t i = 0; i + 3 <= text.size(); ++i) {
        const std::uint64_t trigram = std::uint64_t{lower(text[i])} << 16 | std::uint64_t{lower(text[i + 1])} << 8 |
                                      lower(text[i + 2]);
        bits |= std::uint64_t{1} << ((trigram * 0x9E3779B97F4A7C15ull) >> 58);
    }
    return bits;
}

// Could a text with signature `text` hold a needle with signature `needle`?
constexpr bool mayHold(std::uint64_t text, std::uint64_t needle) { return (text & needle) == needle; }

} // namespace kunren
