#pragma once

#include <nlohmann/json.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace kunren {

// Limits that keep hostile input from exhausting the stack or memory.
constexpr std::size_t kMaxJsonNesting = 256;
constexpr std::size_t kMaxJsonBytes = 16u << 20;

// Where and why a text is not acceptable JSON. `offset` is a byte offset into the text, or npos when the
// problem concerns the text as a whole (e.g. its size).
struct JsonSyntaxError
{
    std::size_t offset = std::string_view::npos;
    std::string message;
};

struct ParsedJson
{
    nlohmann::json value;
    std::optional<JsonSyntaxError> error;
};

// Parses strict JSON (RFC 8259, UTF-8) with nlohmann/json after checking size and nesting depth, and
// rewrites nlohmann's parse errors as plain messages located at the offending token. Never throws.
ParsedJson parseJsonText(std::string_view text);

struct LineColumn
{
    int line = 1;
    int column = 1; // in UTF-8 code points
};

// 1-based line and column of a byte offset (clamped to the end of the text).
LineColumn lineColumnAt(std::string_view text, std::size_t offset);

} // namespace kunren
