#include "scenario/JsonText.h"

#include <algorithm>

namespace kunren {

namespace {

using json = nlohmann::json;

// Finds the first bracket nested deeper than the limit, skipping over strings. Runs before nlohmann so
// that a 100,000-deep document is rejected without building (and later destroying) a deep tree.
std::optional<std::size_t> tooDeepAt(std::string_view text)
{
    std::size_t depth = 0;
    bool inString = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (++depth > kMaxJsonNesting)
                return i;
        } else if ((c == ']' || c == '}') && depth > 0) {
            --depth;
        }
    }
    return std::nullopt;
}

bool onlyWhitespace(std::string_view text)
{
    return std::all_of(text.begin(), text.end(),
                       [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
}

// Records the first parse error nlohmann reports, with the token it stopped at.
struct ErrorCatcher
{
    std::size_t position = 0;
    std::string what;
    bool failed = false;

    bool null() { return true; }
    bool boolean(bool) { return true; }
    bool number_integer(json::number_integer_t) { return true; }
    bool number_unsigned(json::number_unsigned_t) { return true; }
    bool number_float(json::number_float_t, const json::string_t&) { return true; }
    bool string(json::string_t&) { return true; }
    bool binary(json::binary_t&) { return true; }
    bool start_object(std::size_t) { return true; }
    bool key(json::string_t&) { return true; }
    bool end_object() { return true; }
    bool start_array(std::size_t) { return true; }
    bool end_array() { return true; }
    bool parse_error(std::size_t pos, const std::string&, const nlohmann::detail::exception& ex)
    {
        failed = true;
        position = pos;
        what = ex.what();
        return false;
    }
};

std::string between(std::string_view s, std::string_view from, std::string_view to)
{
    const auto a = s.find(from);
    if (a == std::string_view::npos)
        return {};
    const auto start = a + from.size();
    const auto b = to.empty() ? std::string_view::npos : s.find(to, start);
    return std::string(s.substr(start, b == std::string_view::npos ? std::string_view::npos : b - start));
}

// nlohmann's token names, as a person would say them.
std::string tokenName(std::string_view name)
{
    if (name == "string literal")
        return "a string";
    if (name == "number literal")
        return "a number";
    if (name == "true literal" || name == "false literal" || name == "null literal")
        return "'" + std::string(name.substr(0, name.find(' '))) + "'";
    if (name == "end of input")
        return "end of file";
    if (name == "'[', '{', or a literal")
        return "a value";
    return std::string(name);
}

// The word starting at `offset`, printable: what a person sees where the parser stopped.
std::string wordAt(std::string_view text, std::size_t offset)
{
    constexpr std::size_t kMax = 24;
    std::string out;
    for (std::size_t i = offset; i < text.size() && i < offset + kMax; ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (i > offset && std::string_view(" \t\r\n,:[]{}\"").find(static_cast<char>(c)) != std::string_view::npos)
            break;
        if (c < 0x20 || c >= 0x7F) {
            static const char* hex = "0123456789ABCDEF";
            out += "\\x";
            out += hex[c >> 4];
            out += hex[c & 15];
        } else {
            out += static_cast<char>(c);
        }
    }
    return out;
}

// Where the token that ends just before `end` starts. nlohmann's token string is not reliable for this
// (it can include earlier characters), so the start is found from the text and the token's kind.
std::size_t tokenStart(std::string_view text, std::size_t end, std::string_view kind)
{
    if (end == 0)
        return 0;
    std::size_t i = end - 1;
    if (kind == "a string") {
        while (i > 0) {
            --i;
            if (text[i] != '"')
                continue;
            std::size_t backslashes = 0;
            while (i >= backslashes + 1 && text[i - backslashes - 1] == '\\')
                ++backslashes;
            if (backslashes % 2 == 0)
                return i;
        }
        return 0;
    }
    if (kind == "a number") {
        while (i > 0 && std::string_view("0123456789+-.eE").find(text[i - 1]) != std::string_view::npos)
            --i;
        return i;
    }
    if (kind == "'true'" || kind == "'false'" || kind == "'null'")
        return end - std::min(end, kind.size() - 2);
    return i; // a one-character token
}

JsonSyntaxError describe(std::string_view text, const ErrorCatcher& e)
{
    // what() = "[json.exception.parse_error.101] parse error at line L, column C: syntax error while parsing
    //           CONTEXT - DETAIL" where DETAIL is "unexpected TOKEN; expected TOKEN" or a lexer message.
    const std::string_view what = e.what;
    std::string context = between(what, "while parsing ", " - ");
    std::string detail = between(what, " - ", "");
    if (detail.empty())
        detail = between(what, "] ", "");
    const std::size_t pos = std::min(e.position, text.size());

    if (detail.starts_with("unexpected ")) {
        const auto semi = detail.find("; expected ");
        const std::string found = tokenName(
            detail.substr(11, semi == std::string::npos ? std::string::npos : semi - 11));
        const std::string expected = semi == std::string::npos ? std::string() : detail.substr(semi + 11);
        if (found == "end of file" && pos > 0 && pos <= text.size() && text[pos - 1] == '\0')
            return {pos - 1, "unexpected NUL byte (is this a text file?)"};
        const std::size_t at = found == "end of file" ? text.size() : tokenStart(text, pos, found);
        std::string message;
        if (context == "object")
            message = "expected ',' or '}' after object member, found " + found;
        else if (context == "array")
            message = "expected ',' or ']' after array element, found " + found;
        else if (context == "object key")
            message = "expected a property name in double quotes, found " + found +
                      (found == "'}'" ? " (trailing commas are not allowed)" : "");
        else if (context == "object separator")
            message = "expected ':' after property name, found " + found;
        else if (expected == "end of input")
            message = "unexpected " + found + " after the end of the JSON value";
        else if (found == "end of file")
            message = "unexpected end of file; expected " + tokenName(expected);
        else
            message = "expected " + tokenName(expected) + ", found " + found;
        return {at, message};
    }

    // A lexer error: "invalid literal; last read: 'NaN'", "invalid string: ill-formed UTF-8 byte; last read: …"
    const auto lastRead = detail.find("; last read: ");
    std::string message = detail.substr(0, lastRead);
    if (message.starts_with("invalid string: missing closing quote")) {
        std::size_t open = pos > 0 ? pos - 1 : 0; // the quote that opened it: the last one before the end
        while (open > 0 && text[open] != '"')
            --open;
        return {open, "unterminated string (missing closing quote)"};
    }
    if (message.starts_with("number overflow")) {
        const std::size_t start = tokenStart(text, pos, "a number");
        return {start, "number is too large: " + wordAt(text, start)};
    }
    const std::size_t at = pos > 0 ? pos - 1 : 0;
    if (message == "invalid literal")
        message = "invalid value '" + wordAt(text, at) + "' (NaN, Infinity, comments and unquoted words are not JSON)";
    return {at, message};
}

} // namespace

ParsedJson parseJsonText(std::string_view text)
{
    ParsedJson out;
    if (text.size() > kMaxJsonBytes) {
        out.error = JsonSyntaxError{std::string_view::npos, "file is too large (" + std::to_string(text.size() >> 20) +
                                                                " MiB; the limit is " +
                                                                std::to_string(kMaxJsonBytes >> 20) + " MiB)"};
        return out;
    }
    if (onlyWhitespace(text)) {
        out.error = JsonSyntaxError{text.size(), "the file is empty; expected a JSON object"};
        return out;
    }
    if (const auto deep = tooDeepAt(text)) {
        out.error = JsonSyntaxError{*deep, "nesting is deeper than " + std::to_string(kMaxJsonNesting) + " levels"};
        return out;
    }
    try {
        out.value = json::parse(text.begin(), text.end());
        return out;
    } catch (const json::parse_error&) {
        // Fall through: re-run with a SAX handler that reports the offending token.
    } catch (const json::out_of_range&) {
        // Number overflow (1e999): the SAX run reports it with its position too.
    } catch (const std::exception& ex) {
        out.error = JsonSyntaxError{0, std::string("cannot parse: ") + ex.what()};
        return out;
    }
    ErrorCatcher catcher;
    try {
        json::sax_parse(text.begin(), text.end(), &catcher);
    } catch (const std::exception&) {
        catcher.failed = false;
    }
    out.value = json();
    out.error = catcher.failed ? describe(text, catcher) : JsonSyntaxError{0, "invalid JSON"};
    return out;
}

LineColumn lineColumnAt(std::string_view text, std::size_t offset)
{
    LineColumn lc;
    const std::size_t end = std::min(offset, text.size());
    const std::size_t bom = text.starts_with("\xEF\xBB\xBF") ? 3 : 0; // not a character of the line
    for (std::size_t i = std::min(bom, end); i < end; ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == '\n') {
            ++lc.line;
            lc.column = 1;
        } else if ((c & 0xC0) != 0x80) {
            ++lc.column;
        }
    }
    return lc;
}

} // namespace kunren
