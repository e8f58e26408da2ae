#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace kunren {

// A problem found in a parsed document, located by JSON pointer only. Turned into a Diagnostic (with
// line and column) once all checks ran, so positions are computed only for documents that have problems.
struct ValidationIssue
{
    // Where to point in the text: at the value, or at the member's key (unknown properties).
    enum class Anchor : unsigned char { Value, Key };

    std::string pointer;
    std::string message;
    Anchor anchor = Anchor::Value;
    bool wrongType = false; // a type mismatch of the value itself (lets oneOf tell branches apart)
};

using ValidationIssues = std::vector<ValidationIssue>;

// `base` + "/" + `token`, escaping "~" and "/" as RFC 6901 requires.
std::string childPointer(std::string_view base, std::string_view token);
std::string childPointer(std::string_view base, std::size_t index);
// The pointer of the enclosing value ("" for the root and for top-level members).
std::string_view parentPointer(std::string_view pointer);
// Quotes a string for a message, shortening very long ones.
std::string quoteText(std::string_view text);

} // namespace kunren
