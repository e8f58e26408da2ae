#pragma once

#include <string_view>

namespace kunren {

// What the text of an inline id ("ord_3fa8c21b": the placeholder name's first three letters, '_', 8 hex
// digits) can match, decided from the id's shape alone so free-text search need not render ids per row.
// Terms and needles are lowercase; terms may hold the query's wildcard bytes.

// Could a term match the text of some inline id at a placeholder called `name`?
bool idCouldMatch(std::string_view name, std::string_view lowerTerm);
// Could some inline id whose name starts with `prefix` hold `needle`, or begin or end part of it?
bool idCouldStraddle(std::string_view needle, std::string_view prefix);
// Could the text of some inline id whose name starts with `prefix` end with `part` (lowercase)?
bool idCanEndWith(std::string_view prefix, std::string_view part);
// Does `s` use only characters an inline id is made of (and wildcards)?
bool idCharsOnly(std::string_view s);
// Does `literal` end with a proper prefix of `needle` / start with a proper suffix of it (case-insensitive)?
bool endsWithPrefixOf(std::string_view literal, std::string_view needle);
bool startsWithSuffixOf(std::string_view literal, std::string_view needle);

} // namespace kunren
