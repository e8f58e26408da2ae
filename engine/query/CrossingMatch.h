#pragma once

#include "query/TextMatch.h"
#include "telemetry/LogText.h"

#include <algorithm>
#include <string_view>

namespace kunren {

// Could a free-text needle occur in a rendered log message across one of its template's placeholders,
// rather than inside one piece (a literal or one argument)? Only then must a search render such rows.
//
// Such an occurrence crosses a first boundary between pieces. Either it starts inside the argument at
// placeholder j and runs on into the literal after it — the argument ends with needle[0, a) and the literal
// continues needle[a, m) (holds it, or is a beginning of it when another placeholder follows) — or it starts
// inside the literal before placeholder j (which ends with a beginning of the needle) and runs on into the
// argument. `argCanEndWith(j, a)` says whether some argument at placeholder j can end with needle[0, a).
// `needle` is lowercase and holds no wildcards.
template <typename ArgCanEndWith>
bool crossingPossible(const LogTemplateParts& parts, std::string_view needle, ArgCanEndWith&& argCanEndWith)
{
    auto startsWith = [](std::string_view text, std::string_view lowerPrefix) {
        if (lowerPrefix.size() > text.size())
            return false;
        for (std::size_t i = 0; i < lowerPrefix.size(); ++i)
            if (lowerAscii(text[i]) != lowerPrefix[i])
                return false;
        return true;
    };
    auto endsWith = [&](std::string_view text, std::string_view lowerSuffix) {
        return lowerSuffix.size() <= text.size() &&
               startsWith(text.substr(text.size() - lowerSuffix.size()), lowerSuffix);
    };
    const std::size_t m = needle.size();
    for (std::size_t j = 0; j < parts.names.size(); ++j) {
        const std::string_view before = parts.literals[j], after = parts.literals[j + 1];
        const bool last = j + 1 == parts.names.size();
        for (std::size_t a = 1; a < m; ++a) {
            // Starts in the literal before the placeholder, runs on into the argument.
            if (endsWith(before, needle.substr(0, a)))
                return true;
            // Starts in the argument, runs on into the literal after it.
            const std::string_view rest = needle.substr(a);
            bool continues = startsWith(after, rest);
            if (!continues && !last && after.size() <= rest.size())
                continues = std::equal(after.begin(), after.end(), rest.begin(),
                                       [](char t, char n) { return lowerAscii(t) == n; });
            if (continues && argCanEndWith(j, a))
                return true;
        }
    }
    return false;
}

} // namespace kunren
