#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace kunren {

// A parsed search query (domain-reference §5). Parsed once, then compiled against logs or spans.

// Where a term looks: the message (bare free text), every attribute (`*:`), a reserved field or tag key
// (`service:`, `version:`), or an attribute (`@http.status_code:`).
enum class FieldKind : std::uint8_t { Free, Any, Named, Attribute };

enum class ValueKind : std::uint8_t {
    Pattern, // a word: may hold wildcards (kWildAny / kWildOne bytes), case-insensitive
    Phrase,  // a quoted phrase: literal text, wildcards are plain characters
    Range,   // [lo TO hi] and > >= < <=; bounds are numbers (durations in ns)
    Exists,  // field:*
};

// Wildcards are stored as these bytes inside a pattern; the lexer rejects control characters in
// queries, so an escaped '*' stays a literal '*'.
constexpr char kWildAny = '\x01';
constexpr char kWildOne = '\x02';

struct QueryTerm
{
    FieldKind field = FieldKind::Free;
    std::string name; // Named: the field; Attribute: the path without '@'
    ValueKind value = ValueKind::Pattern;
    std::string text;      // Pattern / Phrase
    double lo = 0, hi = 0; // Range (±infinity when open)
    bool loInclusive = true, hiInclusive = true;
    int column = 1; // 1-based column of the term, for compile errors

    bool hasWildcard() const;
};

struct QueryNode
{
    enum class Kind : std::uint8_t { All, Term, Not, And, Or };
    Kind kind = Kind::All;
    QueryTerm term;                  // Term
    std::vector<QueryNode> children; // Not: 1; And / Or: 2 or more
};

// Canonical text: AND / OR groups in parentheses, negation as '-', numbers in shortest form.
std::string toString(const QueryNode& node);
std::string toString(const QueryTerm& term);

} // namespace kunren
