#pragma once

#include "scenario/Diagnostic.h"
#include "scenario/Scenario.h"

#include <filesystem>
#include <memory>
#include <string_view>

namespace kunren {

// The outcome of loading a file: the model when it is valid, and every problem found.
template <typename T> struct LoadResult
{
    std::shared_ptr<const T> value;
    Diagnostics diagnostics;
    bool ok() const { return value != nullptr && diagnostics.empty(); }
};

// Loads and validates a scenario file and the topology it names (path relative to the scenario).
// Syntax, schema and semantic errors are all collected; the scenario is returned only when there are none.
LoadResult<Scenario> loadScenarioFile(const std::filesystem::path& path);
// Same, from text already in memory; `fileName` is used in diagnostics and to resolve the topology path.
LoadResult<Scenario> loadScenarioText(std::string_view text, const std::filesystem::path& fileName);

LoadResult<Topology> loadTopologyFile(const std::filesystem::path& path);
LoadResult<Topology> loadTopologyText(std::string_view text, const std::filesystem::path& fileName);

// A scenario in the built-in library.
struct LibraryEntry
{
    std::string id;
    std::filesystem::path path;
    LocalizedText title;
    std::string difficulty;
    SimDuration duration = 0;
    std::vector<std::string> teaches;
    // The topology's size, so a trainee can pick a drill by scale before opening it.
    std::string topologyId;
    std::size_t components = 0; // services and managed components
    std::size_t pods = 0;       // replicas at the start, summed over deployments
};

// Where a scenario's "topology" is: relative to the scenario file (or absolute); else the built-in topology
// with that file name (a scenario copied out of the library), or with that id ("shop"). `tried` lists every
// path looked at, in order, for the error message.
struct TopologyLocation
{
    std::optional<std::filesystem::path> found;
    std::vector<std::filesystem::path> tried;
};
TopologyLocation locateTopology(const std::filesystem::path& scenarioPath, const std::string& named);

// The built-in library: every *.scenario.json under `libraryDir`, sorted by id. Files that fail to
// parse are skipped here (`kunren-cli validate` reports them).
std::vector<LibraryEntry> listLibrary(const std::filesystem::path& libraryDir);
// The built-in scenario directory (KUNREN_SCENARIO_DIR at build time, overridable by $KUNREN_SCENARIOS).
std::filesystem::path builtinScenarioDir();
// Resolves a scenario given as a library id or as a path.
std::optional<std::filesystem::path> resolveScenario(std::string_view idOrPath);

} // namespace kunren
