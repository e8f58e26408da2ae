#pragma once

#include "query/QueryAst.h"
#include "query/QueryError.h"

#include <optional>
#include <string_view>

namespace kunren {

// A parsed query, or why it could not be parsed. Never throws; an empty query matches everything.
struct ParsedQuery
{
    QueryNode root;
    std::optional<QueryError> error;
    bool ok() const { return !error; }
};

ParsedQuery parseQuery(std::string_view text);

// "250", "1.5", "200ms", "2s": a number; a time unit (ns us ms s m h) converts it to nanoseconds.
std::optional<double> parseQueryNumber(std::string_view text);

} // namespace kunren
