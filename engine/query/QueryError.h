#pragma once

#include <string>

namespace kunren {

// Why a query was rejected: where (1-based column into the query text), what, and how to fix it.
struct QueryError
{
    int column = 0;
    std::string message;
    std::string hint; // may be empty

    // "column 17: unbalanced parenthesis ('(' at column 3 is never closed)"
    std::string format() const
    {
        std::string out = "column " + std::to_string(column) + ": " + message;
        if (!hint.empty())
            out += " (" + hint + ")";
        return out;
    }
};

} // namespace kunren
