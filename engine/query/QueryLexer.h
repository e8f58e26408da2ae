#pragma once

#include <string>
#include <string_view>

namespace kunren {

enum class TokenKind : unsigned char {
    End,
    Word,
    Phrase,
    LParen,
    RParen,
    LBracket,
    RBracket,
    Colon,
    Minus,
    Compare,
    Error
};

struct QueryToken
{
    TokenKind kind = TokenKind::End;
    std::string text;     // Word: escapes resolved, wildcards as kWildAny/kWildOne; Phrase: content;
                          // Compare: the operator; Error: the message
    std::string_view raw; // the token as written
    int column = 1;       // 1-based
    bool spaceBefore = false;
    bool escaped = false; // a Word with a backslash escape is never an operator keyword
};

// Splits a query into tokens on demand. What a character means depends on where the parser is:
// in Term mode ':' ends a field name; in Value mode (after "field:") colons belong to the value,
// and '[' ']' '<' '>' start ranges and comparisons. The lexer is a cheap value: copy it to peek.
class QueryLexer
{
public:
    enum class Mode : unsigned char { Term, Value };

    explicit QueryLexer(std::string_view text) : m_text(text) {}
    QueryToken next(Mode mode);
    int column() const { return static_cast<int>(m_pos) + 1; }

private:
    QueryToken word(Mode mode, QueryToken token);
    QueryToken phrase(QueryToken token);

    std::string_view m_text;
    std::size_t m_pos = 0;
};

} // namespace kunren
