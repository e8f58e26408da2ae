#include "core/Duration.h"
#include "scenario/SemanticChecks.h"

#include <algorithm>

namespace kunren {

namespace {

using namespace checks;

std::string indexed(std::string_view array, std::size_t i)
{
    return childPointer(std::string("/") + std::string(array), i);
}

void checkIds(const Scenario& s, ValidationIssues& issues)
{
    checkUnique(
        s.faults, "fault id", [](const FaultSpec& f) { return f.id; },
        [](std::size_t i) { return indexed("faults", i) + "/id"; }, issues);
    checkUnique(
        s.events, "event id", [](const EventSpec& e) { return e.id; },
        [](std::size_t i) { return indexed("events", i) + "/id"; }, issues);
    checkUnique(
        s.monitors, "monitor id", [](const MonitorSpec& m) { return m.id; },
        [](std::size_t i) { return indexed("monitors", i) + "/id"; }, issues);
    checkUnique(
        s.runbooks, "runbook id", [](const RunbookSpec& r) { return r.id; },
        [](std::size_t i) { return indexed("runbooks", i) + "/id"; }, issues);
}

void checkEvents(const Scenario& s, const Topology& topology, ValidationIssues& issues)
{
    for (std::size_t i = 0; i < s.events.size(); ++i) {
        const EventSpec& e = s.events[i];
        const std::string p = indexed("events", i);
        if (e.at >= s.duration)
            issues.push_back({p + "/at", "the event happens at " + formatDuration(e.at) + ", after the drill ends (" +
                                             formatDuration(s.duration) + ")"});
        const ServiceSpec* service = e.service.empty()
                                         ? nullptr
                                         : requireTarget(topology, e.service, {}, p + "/service", {}, issues);
        if (e.kind == EventKind::Deploy) {
            if (e.service.empty())
                issues.push_back({p, "a deploy event needs \"service\""});
            if (e.version.empty())
                issues.push_back({p, "a deploy event needs \"version\""});
            if (service && !service->deployment)
                issues.push_back(
                    {p + "/service", quoteText(service->name) + " has no deployment, so it cannot be deployed"});
        }
    }
}

void checkAnswer(const Scenario& s, const Topology& topology, ValidationIssues& issues)
{
    if (!topology.service(s.answer.component))
        issues.push_back({"/answer/component", unknownService(topology, s.answer.component)});
    for (std::size_t i = 0; i < s.answer.alternatives.size(); ++i)
        if (!topology.service(s.answer.alternatives[i]))
            issues.push_back(
                {childPointer("/answer/alternatives", i), unknownService(topology, s.answer.alternatives[i])});
    if (!s.answer.trigger.empty() &&
        std::none_of(s.events.begin(), s.events.end(), [&](const EventSpec& e) { return e.id == s.answer.trigger; }))
        issues.push_back(
            {"/answer/trigger", "unknown event " + quoteText(s.answer.trigger) + " (the trigger must be an event id)"});
}

} // namespace

void checkScenario(const Scenario& s, const nlohmann::json& root, ValidationIssues& issues)
{
    if (s.duration <= 0)
        issues.push_back({"/duration", "the drill must last longer than 0"});
    checkIds(s, issues);
    for (std::size_t i = 0; i < s.hints.size(); ++i)
        if (s.hints[i].after >= s.duration)
            issues.push_back(
                {indexed("hints", i) + "/after", "the hint becomes available at " + formatDuration(s.hints[i].after) +
                                                     ", after the drill ends (" + formatDuration(s.duration) + ")"});
    if (!s.topology)
        return; // the topology's own diagnostics explain why
    const Topology& topology = *s.topology;
    if (root.contains("traffic"))
        checkTraffic(s.traffic, topology, root, "/traffic", issues);
    checkEvents(s, topology, issues);
    checkMonitors(s, topology, issues);
    checkAnswer(s, topology, issues);
    checkFaults(s, issues);
}

} // namespace kunren
