// Loading pipeline: text → JSON (size, depth and syntax checks) → schema → model → semantic checks.
// Problems are collected as pointer-located issues and given line and column only at the end.
#include "scenario/ScenarioLoader.h"

#include "scenario/JsonPositions.h"
#include "scenario/JsonText.h"
#include "scenario/ScenarioReader.h"
#include "scenario/SchemaValidator.h"
#include "scenario/Schemas.h"
#include "scenario/SemanticChecks.h"
#include "scenario/TextFile.h"
#include "scenario/TopologyReader.h"

#include <algorithm>
#include <unordered_set>

namespace kunren {

namespace {

std::string displayName(const std::filesystem::path& path) { return path.lexically_normal().string(); }

Diagnostic wholeFile(const std::string& file, std::string message)
{
    return Diagnostic{file, 0, 0, {}, std::move(message)};
}

constexpr std::size_t kMaxDiagnosticsPerFile = 200;

// Turns pointer-located issues into diagnostics with line and column, in text order.
void locate(const ValidationIssues& all, std::string_view text, const std::string& file, Diagnostics& out)
{
    if (all.empty())
        return;
    // A hostile file can produce an issue per element; the first ones say enough.
    const ValidationIssues issues(
        all.begin(), all.begin() + static_cast<std::ptrdiff_t>(std::min(all.size(), kMaxDiagnosticsPerFile)));
    std::unordered_set<std::string> wanted;
    for (const ValidationIssue& issue : issues)
        for (std::string_view p = issue.pointer;; p = parentPointer(p)) {
            wanted.emplace(p);
            if (p.empty())
                break;
        }
    const JsonPositions positions(text, &wanted);
    Diagnostics located;
    for (const ValidationIssue& issue : issues) {
        // The root's pointer is "" (RFC 6901); written "/" so every schema error reads FILE:L:C: error: /pointer: ….
        Diagnostic d{file, 1, 1, issue.pointer.empty() ? std::string("/") : issue.pointer, issue.message};
        if (const auto* pos = positions.find(issue.pointer)) {
            const bool key = issue.anchor == ValidationIssue::Anchor::Key;
            d.line = key ? pos->keyLine : pos->line;
            d.column = key ? pos->keyColumn : pos->column;
        }
        located.push_back(std::move(d));
    }
    std::stable_sort(located.begin(), located.end(), [](const Diagnostic& a, const Diagnostic& b) {
        return std::pair(a.line, a.column) < std::pair(b.line, b.column);
    });
    out.insert(out.end(), located.begin(), located.end());
    if (all.size() > issues.size())
        out.push_back(wholeFile(file, "… and " + std::to_string(all.size() - issues.size()) + " more errors"));
}

std::optional<nlohmann::json> parse(std::string_view text, const std::string& file, Diagnostics& out)
{
    ParsedJson parsed = parseJsonText(text);
    if (!parsed.error)
        return std::move(parsed.value);
    if (parsed.error->offset == std::string_view::npos) {
        out.push_back(wholeFile(file, parsed.error->message));
    } else {
        const LineColumn lc = lineColumnAt(text, parsed.error->offset);
        out.push_back(Diagnostic{file, lc.line, lc.column, {}, parsed.error->message});
    }
    return std::nullopt;
}

std::shared_ptr<const Topology> loadTopology(std::string_view text, const std::filesystem::path& path, Diagnostics& out)
{
    const std::string file = displayName(path);
    const auto root = parse(text, file, out);
    if (!root)
        return nullptr;
    ValidationIssues issues = topologySchema().validate(*root);
    if (!issues.empty()) {
        locate(issues, text, file, out);
        return nullptr;
    }
    auto topology = std::make_shared<Topology>(readTopology(*root, issues));
    topology->sourcePath = file;
    checkTopology(*topology, *root, issues);
    locate(issues, text, file, out);
    return issues.empty() ? topology : nullptr;
}

TopologyLocation locateTopology(const std::filesystem::path& scenarioPath, const std::string& named)
{
    namespace fs = std::filesystem;
    TopologyLocation out;
    auto tryPath = [&](const fs::path& p) {
        if (out.found || std::find(out.tried.begin(), out.tried.end(), p) != out.tried.end())
            return;
        out.tried.push_back(p);
        std::error_code ec;
        if (fs::is_regular_file(p, ec))
            out.found = p;
    };
    const fs::path given(named);
    tryPath(given.is_absolute() ? given : scenarioPath.parent_path() / given);
    // A scenario copied out of the library keeps "../topologies/shop.topology.json": the built-in topology of
    // that name is meant. A bare id ("shop") names one too.
    const fs::path builtin = builtinScenarioDir() / "topologies";
    const std::string file = given.filename().string();
    if (!file.empty())
        tryPath(builtin / file);
    if (given.extension().empty())
        tryPath(builtin / (named + ".topology.json"));
    return out;
}

std::shared_ptr<const Scenario> loadScenario(std::string_view text, const std::filesystem::path& path, Diagnostics& out)
{
    const std::string file = displayName(path);
    const auto root = parse(text, file, out);
    if (!root)
        return nullptr;
    ValidationIssues issues = scenarioSchema().validate(*root);
    const bool schemaValid = issues.empty();

    // The topology is loaded even when the scenario has schema errors, so one run reports both files.
    std::shared_ptr<const Topology> topology;
    const auto topologyMember = root->is_object() ? root->find("topology") : root->end();
    Diagnostics topologyDiagnostics;
    if (root->is_object() && topologyMember != root->end() && topologyMember->is_string() &&
        !topologyMember->get_ref<const std::string&>().empty()) {
        const std::string& named = topologyMember->get_ref<const std::string&>();
        const TopologyLocation where = locateTopology(path, named);
        if (!where.found) {
            std::string looked;
            for (const std::filesystem::path& p : where.tried)
                looked += (looked.empty() ? "" : ", then ") + displayName(p);
            issues.push_back(
                {"/topology", "cannot find topology " + quoteText(named) + ": looked for " + looked +
                                  " (a path relative to this file, or a built-in topology's id such as \"shop\")"});
        } else {
            const TextFile topologyFile = readTextFile(*where.found, kMaxJsonBytes);
            if (!topologyFile.text)
                issues.push_back({"/topology", "cannot load topology " + quoteText(displayName(*where.found)) + ": " +
                                                   topologyFile.error});
            else
                topology = loadTopology(*topologyFile.text, *where.found, topologyDiagnostics);
        }
    }

    std::shared_ptr<Scenario> scenario;
    if (schemaValid) {
        scenario = std::make_shared<Scenario>(readScenario(*root, issues));
        scenario->sourcePath = file;
        scenario->topology = topology;
        if (topology && !root->contains("traffic"))
            scenario->traffic = topology->traffic;
        checkScenario(*scenario, *root, issues);
    }
    locate(issues, text, file, out);
    out.insert(out.end(), topologyDiagnostics.begin(), topologyDiagnostics.end());
    return scenario && topology && out.empty() ? scenario : nullptr;
}

// Runs a loader so that nothing escapes: a bug or an exhausted allocator becomes a diagnostic.
template <typename T, typename Load> LoadResult<T> guarded(const std::filesystem::path& path, Load load)
{
    LoadResult<T> result;
    try {
        result.value = load(result.diagnostics);
    } catch (const std::exception& ex) {
        result.value = nullptr;
        result.diagnostics.push_back(
            wholeFile(displayName(path), std::string("internal error while loading: ") + ex.what()));
    }
    if (!result.diagnostics.empty())
        result.value = nullptr;
    return result;
}

template <typename T, typename LoadText> LoadResult<T> fromFile(const std::filesystem::path& path, LoadText loadText)
{
    const TextFile file = readTextFile(path, kMaxJsonBytes);
    if (!file.text) {
        LoadResult<T> result;
        result.diagnostics.push_back(wholeFile(displayName(path), file.error));
        return result;
    }
    return loadText(*file.text, path);
}

} // namespace

LoadResult<Topology> loadTopologyText(std::string_view text, const std::filesystem::path& fileName)
{
    return guarded<Topology>(fileName, [&](Diagnostics& out) { return loadTopology(text, fileName, out); });
}

LoadResult<Scenario> loadScenarioText(std::string_view text, const std::filesystem::path& fileName)
{
    return guarded<Scenario>(fileName, [&](Diagnostics& out) { return loadScenario(text, fileName, out); });
}

LoadResult<Topology> loadTopologyFile(const std::filesystem::path& path)
{
    return fromFile<Topology>(path, loadTopologyText);
}

LoadResult<Scenario> loadScenarioFile(const std::filesystem::path& path)
{
    return fromFile<Scenario>(path, loadScenarioText);
}

} // namespace kunren
