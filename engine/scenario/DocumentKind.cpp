#include "scenario/DocumentKind.h"

#include "scenario/JsonText.h"

namespace kunren {

DocumentKind detectDocumentKind(std::string_view text, const std::filesystem::path& path)
{
    const ParsedJson parsed = parseJsonText(text);
    if (!parsed.error && parsed.value.is_object()) {
        const auto format = parsed.value.find("format");
        if (format != parsed.value.end() && format->is_string()) {
            const auto& f = format->get_ref<const std::string&>();
            if (f.starts_with("kunren.topology"))
                return DocumentKind::Topology;
            if (f.starts_with("kunren.scenario"))
                return DocumentKind::Scenario;
        }
    }
    return path.filename().string().ends_with(".topology.json") ? DocumentKind::Topology : DocumentKind::Scenario;
}

} // namespace kunren
