#include "query/QueryAst.h"

#include <charconv>
#include <cmath>

namespace kunren {

bool QueryTerm::hasWildcard() const
{
    return value == ValueKind::Pattern && text.find_first_of("\x01\x02") != std::string::npos;
}

namespace {

std::string number(double v)
{
    if (std::isinf(v))
        return "*";
    if (v == std::floor(v) && std::fabs(v) < 1e15)
        return std::to_string(static_cast<long long>(v));
    char buf[64];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    return std::string(buf, r.ptr);
}

// Characters that would change meaning if printed bare.
bool special(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '(' || c == ')' || c == '"' || c == ':' ||
           c == '\\' || c == '*' || c == '?' || c == '[' || c == ']' || c == '<' || c == '>';
}

// Words the parser would read as operators (or reject as operator typos) unless escaped.
bool spelledLikeOperator(const std::string& text)
{
    std::string lower = text;
    for (char& c : lower)
        c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    return lower == "and" || lower == "or" || lower == "not" || lower == "to";
}

void appendPattern(std::string& out, const std::string& text)
{
    // A word spelled like an operator or starting with '-' was escaped when written; keep it so.
    if (spelledLikeOperator(text) || text.starts_with('-'))
        out += '\\';
    for (const char c : text) {
        if (c == kWildAny)
            out += '*';
        else if (c == kWildOne)
            out += '?';
        else {
            if (special(c))
                out += '\\';
            out += c;
        }
    }
}

// Field names are written back with the escapes that make them lex as one name again.
void appendName(std::string& out, const std::string& name)
{
    if (spelledLikeOperator(name))
        out += '\\';
    for (std::size_t i = 0; i < name.size(); ++i) {
        const char c = name[i];
        if (special(c) || (i == 0 && (c == '@' || c == '-')))
            out += '\\';
        out += c;
    }
}

void appendPhrase(std::string& out, const std::string& text)
{
    out += '"';
    for (const char c : text) {
        if (c == '"' || c == '\\')
            out += '\\';
        out += c;
    }
    out += '"';
}

} // namespace

std::string toString(const QueryTerm& t)
{
    std::string out;
    switch (t.field) {
    case FieldKind::Free: break;
    case FieldKind::Any: out = "*:"; break;
    case FieldKind::Named:
        appendName(out, t.name);
        out += ':';
        break;
    case FieldKind::Attribute:
        out = "@";
        appendName(out, t.name);
        out += ':';
        break;
    }
    switch (t.value) {
    case ValueKind::Pattern: appendPattern(out, t.text); break;
    case ValueKind::Phrase: appendPhrase(out, t.text); break;
    case ValueKind::Exists: out += '*'; break;
    case ValueKind::Range:
        if (std::isinf(t.hi) && !std::isinf(t.lo))
            out += (t.loInclusive ? ">=" : ">") + number(t.lo);
        else if (std::isinf(t.lo) && !std::isinf(t.hi))
            out += (t.hiInclusive ? "<=" : "<") + number(t.hi);
        else
            out += "[" + number(t.lo) + " TO " + number(t.hi) + "]";
        break;
    }
    return out;
}

std::string toString(const QueryNode& n)
{
    switch (n.kind) {
    case QueryNode::Kind::All: return "*";
    case QueryNode::Kind::Term: return toString(n.term);
    case QueryNode::Kind::Not: return "-" + toString(n.children.front());
    case QueryNode::Kind::And:
    case QueryNode::Kind::Or: {
        std::string out = "(";
        for (std::size_t i = 0; i < n.children.size(); ++i) {
            if (i)
                out += n.kind == QueryNode::Kind::And ? " AND " : " OR ";
            out += toString(n.children[i]);
        }
        return out + ")";
    }
    }
    return {};
}

} // namespace kunren
