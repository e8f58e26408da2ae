#include "query/InlineIdText.h"

#include "query/QueryAst.h"
#include "query/TextMatch.h"

#include <algorithm>
#include <string>

namespace kunren {

// Inline ids read "pre_3fa8c21b" (the placeholder name's first three letters, '_', 8 hex digits): a term
// using any other character can never match one, which spares rendering ids for most searches.
bool idCouldMatch(std::string_view name, std::string_view lowerTerm)
{
    const std::string prefix = lowerAscii(name.substr(0, std::min<std::size_t>(3, name.size())));
    for (const char c : lowerTerm) {
        const bool hex = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
        if (!hex && c != '_' && c != kWildAny && c != kWildOne && prefix.find(c) == std::string::npos)
            return false;
    }
    return true;
}

// Would LogFilter's couldStraddle(needle, text) hold for the text of some inline id at a placeholder whose
// name starts with `prefix` ("ord_" + 8 hex digits)? Each hex position may take any digit, so testing the
// id's shape against the needle answers for every id at once, without rendering one per row.
bool idCouldStraddle(std::string_view needle, std::string_view prefix)
{
    const std::string shape = lowerAscii(prefix) + "_????????";
    auto fits = [](char shapeChar, char c) {
        return shapeChar == '?' ? (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') : shapeChar == c;
    };
    for (std::size_t start = 0; start + shape.size() <= needle.size(); ++start) { // the needle holds the id
        std::size_t q = 0;
        while (q < shape.size() && fits(shape[q], needle[start + q]))
            ++q;
        if (q == shape.size())
            return true;
    }
    for (std::size_t j = 1; j < needle.size() && j <= shape.size(); ++j) {
        bool endsWithStart = true, startsWithEnd = true; // the id ends with needle[0, j) / starts with its end
        for (std::size_t q = 0; q < j; ++q) {
            endsWithStart = endsWithStart && fits(shape[shape.size() - j + q], needle[q]);
            startsWithEnd = startsWithEnd && fits(shape[q], needle[needle.size() - j + q]);
        }
        if (endsWithStart || startsWithEnd)
            return true;
    }
    return false;
}

bool idCharsOnly(std::string_view s)
{
    return std::all_of(s.begin(), s.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == kWildAny || c == kWildOne;
    });
}

bool endsWithPrefixOf(std::string_view literal, std::string_view needle)
{
    for (std::size_t j = 1; j < needle.size() && j <= literal.size(); ++j)
        if (lowerAscii(std::string(literal.substr(literal.size() - j))) == needle.substr(0, j))
            return true;
    return false;
}

bool startsWithSuffixOf(std::string_view literal, std::string_view needle)
{
    for (std::size_t j = 1; j < needle.size() && j <= literal.size(); ++j)
        if (lowerAscii(std::string(literal.substr(0, j))) == needle.substr(needle.size() - j))
            return true;
    return false;
}

bool idCanEndWith(std::string_view prefix, std::string_view part)
{
    const std::string shape = std::string(prefix) + "_????????";
    if (part.size() > shape.size())
        return false;
    const std::size_t start = shape.size() - part.size();
    for (std::size_t j = 0; j < part.size(); ++j) {
        const char c = part[j], want = shape[start + j];
        const bool hex = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
        if (want == '?' ? !hex : want != c)
            return false;
    }
    return true;
}

} // namespace kunren
