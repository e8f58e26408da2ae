#pragma once

#include <string_view>

namespace kunren {

// Compares service versions as semantic versions: an optional leading "v", dot-separated numeric
// parts compared numerically (missing parts count as 0: "2" == "2.0.0"), then a pre-release
// ("-rc.1") sorts before the release. Parts that are not numbers are compared as text. Build
// metadata ("+abc") is ignored. Returns <0, 0 or >0.
int compareVersions(std::string_view a, std::string_view b);

} // namespace kunren
