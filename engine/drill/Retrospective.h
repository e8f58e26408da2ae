#pragma once

// The retrospective (postmortem) a trainee writes after a drill, following the Google SRE book's
// sections, pre-filled from the action log and the score. Markdown export here; PDF is the GUI's.

#include "drill/DrillTimeline.h"

#include <nlohmann/json.hpp>

#include <functional>
#include <span>
#include <string>
#include <vector>

namespace kunren {

struct DrillScore;

struct RetroActionItem
{
    std::string text;
    std::string owner;
    std::string type = "prevent"; // mitigate | prevent | detect | process

    bool operator==(const RetroActionItem&) const = default;
};

// How familiar the trainee felt with a tool, 1 (lost) – 5 (at home); 0 = not rated yet.
struct ToolFamiliarity
{
    std::string tool;
    int rating = 0;

    bool operator==(const ToolFamiliarity&) const = default;
};

struct Retrospective
{
    std::string title;
    std::string summary;
    std::string impact;
    std::string rootCause;
    std::string trigger;
    std::string detection;
    std::string resolution;
    std::string wentWell;
    std::string wentWrong;
    std::string gotLucky;
    std::vector<RetroActionItem> actionItems;
    std::vector<ToolFamiliarity> toolFamiliarity;
    std::vector<DrillTimelineEntry> timeline;

    bool operator==(const Retrospective&) const = default;
};

// What a draft is worded from; draftRetrospective words it in English, the GUI in its language.
struct RetroFacts
{
    SimTime faultStart = 0;                      // the earliest fault's start (0 without faults)
    const DrillAction* lastHypothesis = nullptr; // into the actions the facts were read from
    const DrillAction* firstAck = nullptr;
    int peakMinute = -1; // with a score: the minute (0-based) of the highest error rate
    double peakErrorRate = 0;
};
RetroFacts retroFacts(const Scenario& scenario, std::span<const DrillAction> actions, const DrillScore* score);

// A draft from the facts: timeline, impact, the trainee's root cause, detection and resolution, one
// familiarity row per tool used. The reflective sections stay empty for the trainee. `score` is optional.
Retrospective draftRetrospective(const Scenario& scenario, std::span<const DrillAction> actions,
                                 const DrillScore* score = nullptr);

// The Markdown export's own words (headings, table columns, placeholders), English unless a caller
// passes its language's; the labels turn stored ids (a timeline source, an action item's type, a tool)
// into what a reader sees, and leave them as they are when unset.
struct RetroMarkdownWords
{
    std::string summary = "Summary", impact = "Impact", rootCause = "Root cause", trigger = "Trigger",
                detection = "Detection", resolution = "Resolution", lessons = "Lessons learned",
                wentWell = "What went well", wentWrong = "What went wrong", gotLucky = "Where we got lucky",
                actionItems = "Action items", actionItem = "Action item", type = "Type", owner = "Owner",
                toolFamiliarity = "Tool familiarity", tool = "Tool", selfRating = "Self-rating (1–5)",
                timeline = "Timeline", time = "Time", who = "Who", what = "What", notWritten = "_(not written)_",
                none = "_(none)_", noTools = "_(no tools used)_";
    std::function<std::string(const std::string&)> sourceLabel, itemTypeLabel, toolLabel;
};

std::string retrospectiveToMarkdown(const Retrospective& retro, const RetroMarkdownWords& words = {});
nlohmann::json retrospectiveToJson(const Retrospective& retro);
// Lenient: missing fields stay empty (drafts saved by older versions still load).
Retrospective retrospectiveFromJson(const nlohmann::json& json);

bool isRetroActionItemType(std::string_view type);

} // namespace kunren
