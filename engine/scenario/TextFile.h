#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace kunren {

// The contents of a file, or why it could not be read ("no such file", "is a directory", …).
struct TextFile
{
    std::optional<std::string> text;
    std::string error;
};

// Reads a whole file; refuses directories and files larger than `maxBytes`. Never throws.
TextFile readTextFile(const std::filesystem::path& path, std::size_t maxBytes);

} // namespace kunren
