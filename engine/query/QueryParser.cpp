#include "query/QueryParser.h"

#include "query/QueryLexer.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>

namespace kunren {

namespace {

constexpr int kMaxDepth = 64; // nesting beyond this is an error, never a stack overflow

using Mode = QueryLexer::Mode;
using Kind = QueryNode::Kind;

// Thrown only inside this file: parseQuery turns it into a QueryError.
struct Failure
{
    QueryError error;
};

[[noreturn]] void fail(int column, std::string message, std::string hint = {})
{
    throw Failure{{column, std::move(message), std::move(hint)}};
}

std::string lower(std::string_view s)
{
    std::string out(s);
    for (char& c : out)
        c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    return out;
}

bool isKeyword(const QueryToken& t, std::string_view word)
{
    return t.kind == TokenKind::Word && !t.escaped && t.text == word;
}

std::string describe(const QueryToken& t)
{
    switch (t.kind) {
    case TokenKind::End: return "the end of the query";
    case TokenKind::Word:
    case TokenKind::Phrase:
    case TokenKind::LParen:
    case TokenKind::RParen:
    case TokenKind::LBracket:
    case TokenKind::RBracket:
    case TokenKind::Colon:
    case TokenKind::Minus:
    case TokenKind::Compare: return "'" + std::string(t.raw) + "'";
    case TokenKind::Error: return t.text;
    }
    return {};
}

// AND and OR are associative: nested groups of the same operator become one node, so the canonical form
// does not depend on how the query was parenthesised.
QueryNode combine(Kind kind, QueryNode left, QueryNode right)
{
    QueryNode n;
    n.kind = kind;
    for (QueryNode* side : {&left, &right}) {
        if (side->kind == kind)
            std::move(side->children.begin(), side->children.end(), std::back_inserter(n.children));
        else
            n.children.push_back(std::move(*side));
    }
    return n;
}

QueryNode negate(QueryNode child)
{
    QueryNode n;
    n.kind = Kind::Not;
    n.children.push_back(std::move(child));
    return n;
}

class Parser
{
public:
    explicit Parser(std::string_view text) : m_lexer(text) {}

    QueryNode parse()
    {
        QueryToken t = peek(Mode::Term);
        if (t.kind == TokenKind::End)
            return QueryNode{}; // empty query: everything
        QueryNode root = parseOr(0);
        t = next(Mode::Term);
        if (t.kind == TokenKind::RParen)
            fail(t.column, "unbalanced parenthesis", "')' has no matching '('");
        if (t.kind != TokenKind::End)
            fail(t.column, "unexpected " + describe(t));
        return root;
    }

private:
    QueryToken next(Mode mode)
    {
        QueryToken t = m_lexer.next(mode);
        if (t.kind == TokenKind::Error)
            fail(t.column, t.text, t.text.starts_with("unterminated") ? "close it with '\"'" : "");
        return t;
    }
    QueryToken peek(Mode mode)
    {
        QueryLexer copy = m_lexer;
        QueryToken t = next(mode);
        m_lexer = copy;
        return t;
    }

    void enter(int depth, int column)
    {
        if (depth > kMaxDepth)
            fail(column, "query nested too deeply", "use at most " + std::to_string(kMaxDepth) + " levels");
    }

    // Lowercase and mixed-case operators are almost always typos; we refuse rather than search for "and".
    void rejectOperatorTypo(const QueryToken& t)
    {
        if (t.kind != TokenKind::Word || t.escaped)
            return;
        const std::string l = lower(t.text);
        if ((l == "and" || l == "or" || l == "not") && t.text != "AND" && t.text != "OR" && t.text != "NOT") {
            std::string upper = l;
            for (char& c : upper)
                c = static_cast<char>(c - 'a' + 'A');
            fail(t.column, "unknown operator '" + t.text + "'",
                 "did you mean " + upper + "? to search for the word, quote it: \"" + t.text + "\"");
        }
    }

    bool startsTerm(const QueryToken& t)
    {
        if (t.kind == TokenKind::Word)
            return !isKeyword(t, "AND") && !isKeyword(t, "OR");
        return t.kind == TokenKind::Phrase || t.kind == TokenKind::LParen || t.kind == TokenKind::Minus;
    }

    QueryNode parseOr(int depth)
    {
        QueryNode left = parseAnd(depth);
        while (isKeyword(peek(Mode::Term), "OR")) {
            const QueryToken op = next(Mode::Term);
            expectOperand(op);
            left = combine(Kind::Or, std::move(left), parseAnd(depth));
        }
        return left;
    }

    QueryNode parseAnd(int depth)
    {
        QueryNode left = parseUnary(depth);
        while (true) {
            const QueryToken t = peek(Mode::Term);
            if (isKeyword(t, "AND")) {
                next(Mode::Term);
                expectOperand(t);
            } else if (!startsTerm(t)) {
                break;
            }
            left = combine(Kind::And, std::move(left), parseUnary(depth));
        }
        return left;
    }

    void expectOperand(const QueryToken& op)
    {
        const QueryToken t = peek(Mode::Term);
        if (!startsTerm(t) || isKeyword(t, "AND") || isKeyword(t, "OR"))
            fail(t.column, "expected a term after " + std::string(op.raw) + " at column " + std::to_string(op.column),
                 "found " + describe(t));
    }

    QueryNode parseUnary(int depth)
    {
        enter(depth, m_lexer.column());
        const QueryToken t = peek(Mode::Term);
        if (t.kind == TokenKind::Minus || isKeyword(t, "NOT")) {
            next(Mode::Term);
            const QueryToken operand = peek(Mode::Term);
            if (!startsTerm(operand))
                fail(operand.column, "expected a term after " + describe(t), "found " + describe(operand));
            return negate(parseUnary(depth + 1));
        }
        return parsePrimary(depth);
    }

    QueryNode parsePrimary(int depth)
    {
        QueryToken t = next(Mode::Term);
        switch (t.kind) {
        case TokenKind::LParen: {
            if (peek(Mode::Term).kind == TokenKind::RParen)
                fail(t.column, "empty parentheses", "put a term inside or remove them");
            QueryNode inner = parseOr(depth + 1);
            const QueryToken close = next(Mode::Term);
            if (close.kind != TokenKind::RParen)
                fail(close.column, "unbalanced parenthesis",
                     "'(' at column " + std::to_string(t.column) + " is never closed");
            return inner;
        }
        case TokenKind::RParen: fail(t.column, "unbalanced parenthesis", "')' has no matching '('");
        case TokenKind::End: fail(t.column, "expected a term at the end of the query");
        case TokenKind::Colon: fail(t.column, "expected a field name before ':'");
        case TokenKind::Phrase: {
            QueryNode n = termNode(t.column);
            n.term.value = ValueKind::Phrase;
            n.term.text = t.text;
            return n;
        }
        case TokenKind::Word: break;
        default: fail(t.column, "unexpected " + describe(t));
        }
        if (isKeyword(t, "AND") || isKeyword(t, "OR"))
            fail(t.column, "expected a term before " + t.text);
        const QueryToken colon = peek(Mode::Term);
        if (colon.kind == TokenKind::Colon && !colon.spaceBefore)
            return parseField(t, depth);
        rejectOperatorTypo(t);
        QueryNode n = termNode(t.column);
        if (t.text == std::string(1, kWildAny))
            return QueryNode{}; // a lone '*' matches everything
        n.term.text = t.text;
        return n;
    }

    static QueryNode termNode(int column)
    {
        QueryNode n;
        n.kind = Kind::Term;
        n.term.column = column;
        return n;
    }

    QueryNode parseField(const QueryToken& name, int depth)
    {
        const QueryToken colon = next(Mode::Term);
        QueryTerm field;
        field.column = name.column;
        if (name.text == std::string(1, kWildAny)) {
            field.field = FieldKind::Any;
        } else if (name.text.starts_with('@')) {
            field.field = FieldKind::Attribute;
            field.name = name.text.substr(1);
            if (field.name.empty())
                fail(name.column + 1, "expected an attribute name after '@'", "e.g. @http.status_code:500");
        } else {
            field.field = FieldKind::Named;
            field.name = name.text;
        }
        if (field.name.find_first_of("\x01\x02") != std::string::npos)
            fail(name.column, "wildcards are not allowed in field names");
        const std::string label = std::string(name.raw) + ":";
        const int valueColumn = colon.column + 1;
        const QueryToken v = peek(Mode::Value);
        if (v.spaceBefore || v.kind == TokenKind::End || v.kind == TokenKind::RParen || v.kind == TokenKind::RBracket)
            fail(valueColumn, "expected a value after '" + label + "'", "e.g. " + label + "value; no space after ':'");
        if (v.kind == TokenKind::LParen) {
            next(Mode::Value);
            if (peek(Mode::Value).kind == TokenKind::RParen)
                fail(v.column, "empty value list after '" + label + "'");
            QueryNode group = parseValueOr(field, depth + 1);
            const QueryToken close = next(Mode::Value);
            if (close.kind != TokenKind::RParen)
                fail(close.column, "unbalanced parenthesis",
                     "'(' at column " + std::to_string(v.column) + " is never closed");
            return group;
        }
        return parseValue(field, label);
    }

    QueryNode parseValueOr(const QueryTerm& field, int depth)
    {
        QueryNode left = parseValueAnd(field, depth);
        while (isKeyword(peek(Mode::Value), "OR")) {
            next(Mode::Value);
            left = combine(Kind::Or, std::move(left), parseValueAnd(field, depth));
        }
        return left;
    }

    QueryNode parseValueAnd(const QueryTerm& field, int depth)
    {
        QueryNode left = parseValueUnary(field, depth);
        while (true) {
            const QueryToken t = peek(Mode::Value);
            if (t.kind == TokenKind::End || t.kind == TokenKind::RParen || isKeyword(t, "OR"))
                break;
            if (isKeyword(t, "AND"))
                next(Mode::Value);
            left = combine(Kind::And, std::move(left), parseValueUnary(field, depth));
        }
        return left;
    }

    QueryNode parseValueUnary(const QueryTerm& field, int depth)
    {
        enter(depth, m_lexer.column());
        const QueryToken t = peek(Mode::Value);
        if (t.kind == TokenKind::Minus || isKeyword(t, "NOT")) {
            next(Mode::Value);
            return negate(parseValueUnary(field, depth + 1));
        }
        if (t.kind == TokenKind::LParen) {
            next(Mode::Value);
            QueryNode inner = parseValueOr(field, depth + 1);
            const QueryToken close = next(Mode::Value);
            if (close.kind != TokenKind::RParen)
                fail(close.column, "unbalanced parenthesis",
                     "'(' at column " + std::to_string(t.column) + " is never closed");
            return inner;
        }
        if (isKeyword(t, "AND") || isKeyword(t, "OR"))
            fail(t.column, "expected a value before " + t.text);
        const std::string label = field.field == FieldKind::Attribute ? "@" + field.name + ":" : field.name + ":";
        return parseValue(field, label.empty() ? "*:" : label);
    }

    // One value: word, phrase, comparison or range.
    QueryNode parseValue(const QueryTerm& field, const std::string& label)
    {
        QueryToken t = next(Mode::Value);
        QueryNode n = termNode(field.column);
        n.term.field = field.field;
        n.term.name = field.name;
        switch (t.kind) {
        case TokenKind::Word:
            if (t.text == std::string(1, kWildAny)) {
                n.term.value = ValueKind::Exists;
            } else {
                n.term.text = t.text;
            }
            return n;
        case TokenKind::Phrase:
            n.term.value = ValueKind::Phrase;
            n.term.text = t.text;
            return n;
        case TokenKind::Compare: return comparison(n, t);
        case TokenKind::LBracket: return range(n, t);
        default: fail(t.column, "expected a value after '" + label + "'", "found " + describe(t));
        }
    }

    // A number token; '*' (allowed in ranges) stands for `open`, an unbounded side.
    double number(const QueryToken& after, std::optional<double> open)
    {
        const QueryToken t = next(Mode::Value);
        if (t.kind == TokenKind::Word) {
            if (open && t.text == std::string(1, kWildAny))
                return *open;
            if (auto v = parseQueryNumber(t.text))
                return *v;
        }
        fail(t.column, "expected a number after " + describe(after), "e.g. >100, >=2.5, >200ms, [100 TO 200]");
    }

    QueryNode comparison(QueryNode n, const QueryToken& op)
    {
        const double v = number(op, std::nullopt);
        constexpr double inf = std::numeric_limits<double>::infinity();
        n.term.value = ValueKind::Range;
        n.term.lo = -inf;
        n.term.hi = inf;
        if (op.text[0] == '>') {
            n.term.lo = v;
            n.term.loInclusive = op.text.size() == 2;
        } else {
            n.term.hi = v;
            n.term.hiInclusive = op.text.size() == 2;
        }
        return n;
    }

    QueryNode range(QueryNode n, const QueryToken& open)
    {
        constexpr double inf = std::numeric_limits<double>::infinity();
        const double lo = number(open, -inf);
        const QueryToken to = next(Mode::Value);
        if (!isKeyword(to, "TO"))
            fail(to.column, "expected TO in range", "write [A TO B]");
        const double hi = number(to, inf);
        const QueryToken close = next(Mode::Value);
        if (close.kind != TokenKind::RBracket)
            fail(close.column, "expected ']' to close the range at column " + std::to_string(open.column));
        n.term.value = ValueKind::Range;
        n.term.lo = lo;
        n.term.hi = hi;
        if (n.term.lo > n.term.hi)
            fail(open.column, "empty range", "the lower bound is greater than the upper bound");
        return n;
    }

    QueryLexer m_lexer;
};

} // namespace

std::optional<double> parseQueryNumber(std::string_view text)
{
    double v = 0;
    const char* end = text.data() + text.size();
    auto [ptr, ec] = std::from_chars(text.data(), end, v);
    if (ec != std::errc{} || ptr == text.data() || !std::isfinite(v))
        return std::nullopt;
    const std::string_view unit(ptr, static_cast<std::size_t>(end - ptr));
    static constexpr std::pair<std::string_view, double> kUnits[] = {
        {"", 1}, {"ns", 1}, {"us", 1e3}, {"\xC2\xB5s", 1e3}, {"ms", 1e6}, {"s", 1e9}, {"m", 60e9}, {"h", 3600e9}};
    for (const auto& [name, scale] : kUnits)
        if (unit == name)
            return v * scale;
    return std::nullopt;
}

namespace {

// AND, OR and NOT nodes on the longest path from the root: the nesting the canonical text
// (toString: every AND and OR parenthesised, every NOT a "-") has when parsed again.
int booleanDepth(const QueryNode& n)
{
    int deepest = 0;
    for (const QueryNode& child : n.children)
        deepest = std::max(deepest, booleanDepth(child));
    return deepest + (n.kind == QueryNode::Kind::Term || n.kind == QueryNode::Kind::All ? 0 : 1);
}

} // namespace

ParsedQuery parseQuery(std::string_view text)
{
    ParsedQuery result;
    try {
        result.root = Parser(text).parse();
        // Implicit AND and OR nest without parentheses; their canonical text spells the nesting out, and must
        // parse again: the limit holds for both.
        if (booleanDepth(result.root) > kMaxDepth)
            fail(1, "query nested too deeply",
                 "use at most " + std::to_string(kMaxDepth) + " levels of AND, OR, NOT and parentheses");
    } catch (const Failure& f) {
        result.error = f.error;
        result.root = QueryNode{};
    } catch (const std::exception& e) { // allocation failure: report, never escape
        result.error = QueryError{1, std::string("query could not be parsed: ") + e.what(), {}};
    }
    return result;
}

} // namespace kunren
