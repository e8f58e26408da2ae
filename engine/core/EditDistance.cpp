#include "core/EditDistance.h"

#include <algorithm>
#include <cctype>
#include <vector>

namespace kunren {

std::size_t editDistance(std::string_view a, std::string_view b, LetterCase letterCase)
{
    const auto same = [letterCase](char x, char y) {
        if (letterCase == LetterCase::Significant)
            return x == y;
        return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
    };
    // One row of the table at a time.
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t up = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (same(a[i - 1], b[j - 1]) ? 0 : 1)});
            diagonal = up;
        }
    }
    return row[b.size()];
}

} // namespace kunren
