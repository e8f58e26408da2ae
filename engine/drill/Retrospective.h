#pragma once

// The retrospective (postmortem) a trainee writes after a drill, following the Google SRE book's
// sections, pre-filled from the action log and the score. Markdown export here; PDF is the GUI's.

#include "drill/DrillTimeline.h"

#include <nlohmann/json.hpp>

#include <span>
#include <string>
#include <vector>

namespace kunren {

struct DrillScore;

struct RetroActionItem
{
    std::string text;
    std::string owner;
    std::string type = "prevent";   // mitigate | prevent | detect | process

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

// A draft from the facts: timeline, impact, the trainee's root cause, detection and resolution, one
// familiarity row per tool used. The reflective sections stay empty for the trainee. `score` is optional.
Retrospective draftRetrospective(const Scenario& scenario, std::span<const DrillAction> actions,
                                 const DrillScore* score = nullptr);

std::string retrospectiveToMarkdown(const Retrospective& retro);
nlohmann::json retrospectiveToJson(const Retrospective& retro);
// Lenient: missing fields stay empty (drafts saved by older versions still load).
Retrospective retrospectiveFromJson(const nlohmann::json& json);

bool isRetroActionItemType(std::string_view type);

} // namespace kunren
