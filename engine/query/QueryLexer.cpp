#include "query/QueryLexer.h"

#include "query/QueryAst.h"

namespace kunren {

namespace {

bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
bool isControl(char c) { return static_cast<unsigned char>(c) < 0x20 && !isSpace(c); }

bool endsWord(char c, QueryLexer::Mode mode)
{
    if (isSpace(c) || c == '(' || c == ')' || c == '"')
        return true;
    if (mode == QueryLexer::Mode::Term)
        return c == ':';
    return c == '[' || c == ']';
}

QueryToken error(QueryToken t, std::string message)
{
    t.kind = TokenKind::Error;
    t.text = std::move(message);
    return t;
}

} // namespace

QueryToken QueryLexer::next(Mode mode)
{
    QueryToken t;
    while (m_pos < m_text.size() && isSpace(m_text[m_pos])) {
        ++m_pos;
        t.spaceBefore = true;
    }
    t.column = column();
    if (m_pos >= m_text.size()) {
        t.kind = TokenKind::End;
        return t;
    }
    const char c = m_text[m_pos];
    if (isControl(c)) {
        ++m_pos;
        return error(t, "unexpected control character");
    }
    auto single = [&](TokenKind kind) {
        t.kind = kind;
        t.raw = m_text.substr(m_pos, 1);
        ++m_pos;
        return t;
    };
    switch (c) {
    case '(': return single(TokenKind::LParen);
    case ')': return single(TokenKind::RParen);
    case '"': return phrase(t);
    default: break;
    }
    if (mode == Mode::Term && c == ':')
        return single(TokenKind::Colon);
    if (mode == Mode::Value) {
        if (c == '[')
            return single(TokenKind::LBracket);
        if (c == ']')
            return single(TokenKind::RBracket);
        if (c == '<' || c == '>') {
            const bool eq = m_pos + 1 < m_text.size() && m_text[m_pos + 1] == '=';
            t.kind = TokenKind::Compare;
            t.raw = m_text.substr(m_pos, eq ? 2 : 1);
            t.text = std::string(t.raw);
            m_pos += t.raw.size();
            return t;
        }
    }
    // '-' negates only at the start of a term and when something follows: "check-out" stays one word.
    if (c == '-' && m_pos + 1 < m_text.size() && !isSpace(m_text[m_pos + 1]))
        return single(TokenKind::Minus);
    return word(mode, t);
}

QueryToken QueryLexer::word(Mode mode, QueryToken t)
{
    const std::size_t start = m_pos;
    t.kind = TokenKind::Word;
    while (m_pos < m_text.size() && !endsWord(m_text[m_pos], mode)) {
        const char c = m_text[m_pos];
        if (isControl(c)) {
            t.column = column();
            ++m_pos;
            return error(t, "unexpected control character");
        }
        if (c == '\\') {
            if (m_pos + 1 >= m_text.size()) {
                t.column = column();
                ++m_pos;
                return error(t, "a backslash at the end of the query escapes nothing");
            }
            const char e = m_text[m_pos + 1];
            if (isControl(e)) {
                t.column = column() + 1;
                m_pos += 2;
                return error(t, "unexpected control character");
            }
            t.text += e;
            t.escaped = true;
            m_pos += 2;
            continue;
        }
        t.text += c == '*' ? kWildAny : c == '?' ? kWildOne : c;
        ++m_pos;
    }
    t.raw = m_text.substr(start, m_pos - start);
    return t;
}

QueryToken QueryLexer::phrase(QueryToken t)
{
    const std::size_t start = m_pos++;
    t.kind = TokenKind::Phrase;
    while (m_pos < m_text.size() && m_text[m_pos] != '"') {
        char c = m_text[m_pos];
        if (c == '\\' && m_pos + 1 < m_text.size())
            c = m_text[++m_pos];
        if (isControl(c)) {
            t.column = column();
            ++m_pos;
            return error(t, "unexpected control character");
        }
        t.text += c;
        ++m_pos;
    }
    if (m_pos >= m_text.size())
        return error(t, "unterminated quoted phrase");
    ++m_pos;
    t.raw = m_text.substr(start, m_pos - start);
    return t;
}

} // namespace kunren
