#pragma once

#include "scenario/Scenario.h"
#include "scenario/ValidationIssue.h"

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>
#include <unordered_map>

namespace kunren {

// Checks that need the whole model (references, ranges between fields, graph shape). They run on the
// model converted from a schema-valid document; `root` is that document, used only to point at a member
// when it was written and at its parent when a default was used. Every problem is appended to `issues`.

// Duplicate names, calls/onMiss/traffic/schedule/log/error references, latency and resource ranges,
// queue consumers, kind-specific sections.
void checkTopology(const Topology& topology, const nlohmann::json& root, ValidationIssues& issues);
// Cycles in the synchronous call graph (calls and onMiss), reported with their path.
void checkCallGraph(const Topology& topology, ValidationIssues& issues);
// Entries and attribute weights of a traffic section at `base` ("/traffic").
void checkTraffic(const TrafficSpec& traffic, const Topology& topology, const nlohmann::json& root,
                  const std::string& base, ValidationIssues& issues);
// Ids, references to the topology, events, monitors, runbooks, hints and the answer key.
void checkScenario(const Scenario& scenario, const nlohmann::json& root, ValidationIssues& issues);
// Fault targets, windows, kind-specific requirements, modes, magnitudes and slices.
void checkFaults(const Scenario& scenario, ValidationIssues& issues);
// Monitor references, each type's query syntax, thresholds, SLO tiers that could never fire.
void checkMonitors(const Scenario& scenario, const Topology& topology, ValidationIssues& issues);

// Shared by the checks.
namespace checks {

// `preferred` when the document has that member, else `fallback` (e.g. the enclosing object).
std::string existing(const nlohmann::json& root, const std::string& preferred, const std::string& fallback);
// "a cache", "an external": kind names start with either.
std::string withArticle(std::string_view word);
// "unknown service "x"; did you mean "y"?"
std::string unknownService(const Topology& topology, std::string_view name);
// "service "x" has no endpoint "y" (its endpoints: …)"
std::string unknownEndpoint(const ServiceSpec& service, std::string_view endpoint);
// Reports an unknown service or endpoint (endpoint optional when empty); returns the service when it exists.
const ServiceSpec* requireTarget(const Topology& topology, std::string_view service, std::string_view endpoint,
                                 const std::string& servicePointer, const std::string& endpointPointer,
                                 ValidationIssues& issues);
// Pointer of call `c` of step `k` of an endpoint at `endpointPointer`.
std::string callPointer(const std::string& endpointPointer, std::size_t step, const CallStep& s, std::size_t call);

// Reports the second and later uses of each id: "duplicate KIND "id" (first at POINTER)".
template <typename Items, typename IdOf, typename PointerOf>
void checkUnique(const Items& items, std::string_view what, IdOf idOf, PointerOf pointerOf, ValidationIssues& issues)
{
    std::unordered_map<std::string, std::size_t> first;
    for (std::size_t i = 0; i < items.size(); ++i) {
        const auto [it, inserted] = first.emplace(idOf(items[i]), i);
        if (!inserted)
            issues.push_back({pointerOf(i), "duplicate " + std::string(what) + " " + quoteText(it->first) +
                                                " (first defined at " + pointerOf(it->second) + ")"});
    }
}

} // namespace checks

} // namespace kunren
