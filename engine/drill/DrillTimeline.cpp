#include "drill/DrillTimeline.h"

#include "drill/DrillScore.h"
#include "drill/Mechanism.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <utility>

namespace kunren {

namespace {

std::string eventTitle(const Scenario& sc, const std::string& id)
{
    for (const EventSpec& ev : sc.events)
        if (ev.id == id)
            return ev.title.en.empty() ? id : ev.title.en;
    return id;
}

// An issue state as the Errors page names it ("Resolved"); the log's name when it is none.
std::string issueStateLabel(const std::string& state)
{
    static constexpr std::pair<const char*, const char*> kLabels[] = {
        {"FOR_REVIEW", "For review"}, {"REVIEWED", "Reviewed"}, {"RESOLVED", "Resolved"}, {"IGNORED", "Ignored"}};
    for (const auto& [name, label] : kLabels)
        if (state == name)
            return label;
    return state;
}

std::string wallText(double seconds)
{
    const long long s = std::llround(seconds);
    return s >= 60 ? std::to_string(s / 60) + " min " + std::to_string(s % 60) + " s" : std::to_string(s) + " s";
}

std::string describe(const Scenario& sc, const DrillAction& a)
{
    switch (a.type) {
    case ActionType::DrillStart: return "Drill started (" + a.scenario + ", seed " + std::to_string(a.seed) + ")";
    case ActionType::AlertAck: return "Acknowledged alert " + a.alert;
    case ActionType::ViewOpen: return "Opened " + a.view;
    case ActionType::QueryRun:
        return "Ran query in " + (a.view.empty() ? std::string("the open view") : a.view) + ": " + a.query;
    case ActionType::HintTake: {
        const bool known = a.hint >= 0 && static_cast<std::size_t>(a.hint) < sc.hints.size();
        return "Took hint " + std::to_string(a.hint + 1) +
               (known ? ": " + sc.hints[static_cast<std::size_t>(a.hint)].text.en : "");
    }
    case ActionType::HypothesisSubmit: {
        const MechanismInfo* m = findMechanism(a.hypothesis.mechanism);
        std::string s = "Hypothesis: " + a.hypothesis.component + " — " +
                        (m ? std::string(m->label) : a.hypothesis.mechanism);
        if (!a.hypothesis.trigger.empty())
            s += ", triggered by " + eventTitle(sc, a.hypothesis.trigger);
        if (!a.hypothesis.evidence.empty())
            s += " (" + std::to_string(a.hypothesis.evidence.size()) +
                 (a.hypothesis.evidence.size() == 1 ? " piece" : " pieces") + " of evidence)";
        return s;
    }
    case ActionType::MitigationApply:
        return a.action == "none" ? "Decided not to change anything" : "Mitigation: " + a.action + " " + a.target;
    case ActionType::NoteAdd: return "Note: " + a.text;
    case ActionType::DrillEnd: return "Drill ended" + (a.text.empty() ? std::string() : " (" + a.text + ")");
    case ActionType::ClockSpeed: return "Clock speed set to " + speedText(a.speed);
    case ActionType::ClockPause: return "Paused the clock";
    case ActionType::ClockPlay:
        return a.pausedSeconds > 0 ? "Clock running again (stood still " + wallText(a.pausedSeconds) + ")"
                                   : "Clock running";
    case ActionType::ClockJump: return "Jumped ahead from " + drillClock(a.from);
    case ActionType::IssueTransition:
        return "Moved issue " + (a.text.empty() ? fingerprintText(a.issue) : a.text) + " to " +
               issueStateLabel(a.state);
    }
    return {};
}

} // namespace

std::string speedText(double speed)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g×", speed);
    return buf;
}

std::string drillClock(SimTime t)
{
    const long long s = std::max<SimTime>(0, t) / kSecond;
    char buf[32];
    if (s >= 3600)
        std::snprintf(buf, sizeof buf, "%lld:%02lld:%02lld", s / 3600, (s / 60) % 60, s % 60);
    else
        std::snprintf(buf, sizeof buf, "%lld:%02lld", s / 60, s % 60);
    return buf;
}

std::vector<DrillTimelineEntry> buildDrillTimeline(const Scenario& sc, std::span<const DrillAction> actions,
                                                   const DrillScore* score)
{
    std::vector<DrillTimelineEntry> out;
    SimTime end = sc.duration;
    for (const DrillAction& a : actions)
        if (a.type == ActionType::DrillEnd)
            end = a.at;
    static constexpr const char* kKinds[] = {"deploy", "config-change", "flag-flip", "scaling", "note"};
    for (const EventSpec& ev : sc.events)
        if (ev.at <= end)
            out.push_back({ev.at, "system", kKinds[static_cast<int>(ev.kind)],
                           ev.title.en.empty() ? ev.id : ev.title.en, -1, ev.id});
    if (!sc.faults.empty()) {
        SimTime start = sc.duration;
        for (const FaultSpec& f : sc.faults)
            start = std::min(start, f.start);
        out.push_back({start,
                       "system",
                       "fault",
                       "Impact began: " + sc.answer.component + " (" + sc.answer.mechanism + ")",
                       -1,
                       {}});
    }
    if (score && score->firstPage)
        out.push_back({*score->firstPage, "alert", "page", "First page", -1, {}});
    std::size_t mitigation = 0;
    for (std::size_t i = 0; i < actions.size(); ++i) {
        const DrillAction& a = actions[i];
        std::string text = describe(sc, a);
        if (a.type == ActionType::MitigationApply && score && mitigation < score->mitigations.size())
            text += " → " + score->mitigations[mitigation++].result.summary;
        out.push_back({a.at, "trainee", toString(a.type), std::move(text), static_cast<int>(i), {}});
    }
    if (score && score->recovered)
        out.push_back({*score->recovered, "system", "recovered", "Error rate back to its baseline", -1, {}});
    std::stable_sort(out.begin(), out.end(),
                     [](const DrillTimelineEntry& a, const DrillTimelineEntry& b) { return a.at < b.at; });
    return out;
}

} // namespace kunren
