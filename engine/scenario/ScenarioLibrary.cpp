#include "scenario/ScenarioLoader.h"

#include "scenario/FieldReader.h"
#include "scenario/JsonText.h"
#include "scenario/TextFile.h"

#include <algorithm>
#include <cstdlib>
#include <map>

namespace kunren {

namespace {

struct TopologySize
{
    std::string id;
    std::size_t components = 0, pods = 0;
};

// Counts a topology's components and starting pods without the full validation.
TopologySize peekTopology(const std::filesystem::path& path)
{
    TopologySize size;
    const TextFile file = readTextFile(path, kMaxJsonBytes);
    if (!file.text)
        return size;
    const ParsedJson parsed = parseJsonText(*file.text);
    if (parsed.error || !parsed.value.is_object())
        return size;
    size.id = parsed.value.value("id", std::string());
    if (const auto services = parsed.value.find("services"); services != parsed.value.end() && services->is_array()) {
        size.components = services->size();
        for (const auto& s : *services)
            if (const auto d = s.find("deployment"); d != s.end() && d->is_object())
                size.pods += d->value("replicas", std::size_t{1});
    }
    return size;
}

// Reads just what the library shows; the full validation happens when a scenario is opened.
std::optional<LibraryEntry> peek(const std::filesystem::path& path,
                                 std::map<std::filesystem::path, TopologySize>* topologies)
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
    if (const auto t = parsed.value.find("teaches"); t != parsed.value.end() && t->is_array())
        for (const auto& tag : *t)
            if (tag.is_string())
                entry.teaches.push_back(tag.get<std::string>());
    if (topologies) {
        const std::string topology = parsed.value.value("topology", std::string());
        if (!topology.empty()) {
            const auto topologyPath = (path.parent_path() / topology).lexically_normal();
            auto it = topologies->find(topologyPath);
            if (it == topologies->end())
                it = topologies->emplace(topologyPath, peekTopology(topologyPath)).first;
            entry.topologyId = it->second.id;
            entry.components = it->second.components;
            entry.pods = it->second.pods;
        }
    }
    return entry;
}

std::vector<LibraryEntry> scanLibrary(const std::filesystem::path& libraryDir, bool withTopologies)
{
    std::map<std::filesystem::path, TopologySize> topologies;
    namespace fs = std::filesystem;
    std::vector<LibraryEntry> entries;
    std::error_code ec;
    fs::recursive_directory_iterator it(libraryDir, fs::directory_options::skip_permission_denied, ec);
    for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        const fs::path& path = it->path();
        if (!path.filename().string().ends_with(".scenario.json") || !it->is_regular_file(ec))
            continue;
        if (auto entry = peek(path, withTopologies ? &topologies : nullptr))
            entries.push_back(std::move(*entry));
    }
    std::sort(entries.begin(), entries.end(), [](const LibraryEntry& a, const LibraryEntry& b) {
        return a.id != b.id ? a.id < b.id : a.path < b.path;
    });
    return entries;
}

} // namespace

std::vector<LibraryEntry> listLibrary(const std::filesystem::path& libraryDir) { return scanLibrary(libraryDir, true); }

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
    for (const LibraryEntry& entry : scanLibrary(builtinScenarioDir() / "library", false))
        if (entry.id == idOrPath)
            return entry.path;
    const std::filesystem::path path{std::string(idOrPath)};
    std::error_code ec;
    if (std::filesystem::is_regular_file(path, ec))
        return path;
    return std::nullopt;
}

} // namespace kunren
