#pragma once

#include "query/QueryAst.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace kunren {

constexpr char lowerAscii(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }
std::string lowerAscii(std::string_view s);

// Case-insensitive glob: `pattern` is lowercase and may hold kWildAny / kWildOne; the whole text must match.
bool globMatch(std::string_view pattern, std::string_view text);
// Case-insensitive substring test; `needle` is lowercase.
bool containsIgnoreCase(std::string_view text, std::string_view needle);

// 32 / 16 lowercase hex digits, as trace and span ids are written in OTLP.
std::string hexId(std::uint64_t high, std::uint64_t low);
std::string hexId(std::uint64_t id);

// One query value, compiled for testing field values.
//
// Semantics (Datadog-like, ASCII case-insensitive throughout):
//  - Equals (field values): a word must match the whole value, `*` / `?` as wildcards; a phrase is the
//    whole value literally; `field:*` matches any present value.
//  - Contains (free text): a word or phrase matches anywhere inside the text (substring, so `timeout`
//    also finds "Timeouts"); a word with wildcards must match some stretch of the text.
//  - Ranges compare numbers; a text value counts only if it is a number.
class ValueMatcher
{
public:
    enum class Mode : std::uint8_t { Equals, Contains };

    ValueMatcher() = default;
    ValueMatcher(const QueryTerm& term, Mode mode);

    bool isExists() const { return m_kind == ValueKind::Exists; }
    bool isRange() const { return m_kind == ValueKind::Range; }
    bool hasWildcard() const { return m_wildcard; }
    // The lowercase literal text of a word without wildcards or of a phrase; empty otherwise.
    std::string_view literal() const { return m_wildcard || isRange() || isExists() ? std::string_view{} : m_text; }
    double lo() const { return m_lo; }
    double hi() const { return m_hi; }

    bool matchText(std::string_view text) const;
    bool matchNumber(double value) const;
    // Could some decimal number's text match? Lets callers skip rendering inline numbers.
    bool couldMatchDigits() const { return m_couldMatchDigits; }

private:
    ValueKind m_kind = ValueKind::Exists;
    Mode m_mode = Mode::Equals;
    bool m_wildcard = false;
    bool m_couldMatchDigits = true;
    std::string m_text; // lowercase; Contains + wildcard: wrapped in kWildAny
    double m_lo = 0, m_hi = 0;
    bool m_loInclusive = true, m_hiInclusive = true;
};

} // namespace kunren
