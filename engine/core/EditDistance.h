#pragma once

#include <cstddef>
#include <string_view>

namespace kunren {

enum class LetterCase { Significant, Ignored };

// Levenshtein distance (insertions, deletions, substitutions of one byte each), for "did you mean"
// suggestions. Quadratic: callers bound the lengths they compare.
std::size_t editDistance(std::string_view a, std::string_view b, LetterCase letterCase = LetterCase::Significant);

} // namespace kunren
