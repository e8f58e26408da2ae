#include "scenario/ScenarioLoader.h"

#include "scenario/FieldReader.h"
#include "scenario/JsonText.h"
#include "scenario/TextFile.h"

#include <algorithm>
#include <cstdlib>

namespace kunren {

namespace {

// Reads just what the library shows; the full validation happens when a scenario is opened.
std::optional<LibraryEntry> peek(const std::filesystem::path& path)
{
    const TextFile file = readTextFile(path, kMaxJsonBytes);
    if (!file.text)
        return std::nullopt;
    const ParsedJson parsed = parseJsonText(*file.text);
    if (parsed.error || !parsed.value.is_object())
        return std::nullopt;
    ValidationIssues ignored;
    const FieldReader r(parsed.value, std::string(), ignored);
    LibraryEntry entry;
    entry.id = r.string("id");
    if (entry.id.empty())
        return std::nullopt;
    entry.path = path;
    entry.title = r.text("title");
    entry.difficulty = r.string("difficulty", "beginner");
    entry.duration = r.duration("duration", 30 * kMinute);
    return entry;
}

} // namespace

std::vector<LibraryEntry> listLibrary(const std::filesystem::path& libraryDir)
{
    namespace fs = std::filesystem;
    std::vector<LibraryEntry> entries;
    std::error_code ec;
    fs::recursive_directory_iterator it(libraryDir, fs::directory_options::skip_permission_denied, ec);
    for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        const fs::path& path = it->path();
        if (!path.filename().string().ends_with(".scenario.json") || !it->is_regular_file(ec))
            continue;
        if (auto entry = peek(path))
            entries.push_back(std::move(*entry));
    }
    std::sort(entries.begin(), entries.end(), [](const LibraryEntry& a, const LibraryEntry& b) {
        return a.id != b.id ? a.id < b.id : a.path < b.path;
    });
    return entries;
}

std::filesystem::path builtinScenarioDir()
{
    if (const char* env = std::getenv("KUNREN_SCENARIOS"); env && *env)
        return env;
    return KUNREN_SCENARIO_DIR;
}

std::optional<std::filesystem::path> resolveScenario(std::string_view idOrPath)
{
    if (idOrPath.empty())
        return std::nullopt;
    for (const LibraryEntry& entry : listLibrary(builtinScenarioDir() / "library"))
        if (entry.id == idOrPath)
            return entry.path;
    const std::filesystem::path path{std::string(idOrPath)};
    std::error_code ec;
    if (std::filesystem::is_regular_file(path, ec))
        return path;
    return std::nullopt;
}

} // namespace kunren
