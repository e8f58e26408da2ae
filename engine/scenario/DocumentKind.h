#pragma once

#include <filesystem>
#include <string_view>

namespace kunren {

enum class DocumentKind : unsigned char { Scenario, Topology };

// Whether a file is a topology or a scenario: by its "format" member when it has one, else by its name
// (*.topology.json). Never throws; unparsable text counts by name.
DocumentKind detectDocumentKind(std::string_view text, const std::filesystem::path& path);

} // namespace kunren
