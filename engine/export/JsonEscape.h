#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace kunren {

// Worst-case growth of escaping: a control byte becomes \u00XX (6 bytes).
constexpr std::size_t kJsonEscapeMaxGrowth = 6;

// Writes `in` as the inside of a JSON string (no quotes) to `out`, which must have room for
// kJsonEscapeMaxGrowth * in.size() bytes; returns the end of what was written. Quotes, backslashes and
// control characters are escaped, valid UTF-8 passes through unchanged and every ill-formed sequence
// (maximal subpart, as Unicode recommends) becomes U+FFFD, so the output is always valid JSON text.
char* escapeJsonInto(char* out, std::string_view in);

// Appends `in` escaped (no quotes) to a std::string.
void appendJsonEscaped(std::string& out, std::string_view in);

// Appends `in` as a quoted JSON string.
void appendJsonString(std::string& out, std::string_view in);

} // namespace kunren
