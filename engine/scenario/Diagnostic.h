#pragma once

#include <string>
#include <vector>

namespace kunren {

// One problem found in an input file, located precisely enough for an editor to jump to it.
struct Diagnostic
{
    std::string file;
    int line = 0;        // 1-based; 0 = the file as a whole (I/O errors)
    int column = 0;      // 1-based, in characters (UTF-8 code points) of that line
    std::string pointer; // JSON pointer of the offending value; empty for syntax errors
    std::string message;

    // "FILE:LINE:COL: error: /pointer: message" (pointer part omitted when empty).
    std::string format() const;
};

using Diagnostics = std::vector<Diagnostic>;

} // namespace kunren
