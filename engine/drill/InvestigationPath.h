#pragma once

#include "drill/DrillAction.h"

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace kunren {

// How the trainee investigated: which tools, for how long, which queries — "which tool should I have
// used?" answered with data.
struct ToolUse
{
    std::string view; // service-map, traces, logs, metrics, error-tracking, events, alerts, monitors…
    int opens = 0;
    SimDuration time = 0; // from each view.open to the next view.open (or the end of the drill)
    int queries = 0;
    SimTime firstOpened = 0;
};

struct QueryRecord
{
    SimTime at = 0;
    std::string view; // the tool the query ran in (the open one when the log does not say)
    std::string query;
};

struct InvestigationPath
{
    std::vector<ToolUse> tools; // in order of first use
    std::vector<QueryRecord> queries;
    std::vector<int> hints;                   // hint indices, in the order taken
    std::vector<std::string> taughtButUnused; // tools the scenario's `teaches` tags practise, never opened
};

// The tool a scenario's `teaches` tag practises, by the name drills log it under (view.open): "traces",
// "errors" → "error-tracking", "deploys" → "events", "alert-triage" → "alerts" …; empty for a tag that names
// a skill rather than a tool ("red-herring", "slo", "capacity").
std::string_view toolTaughtBy(std::string_view tag);

// `end` closes the last view (drill.end or the scenario's duration).
InvestigationPath investigationPath(std::span<const DrillAction> actions, SimTime end,
                                    std::span<const std::string> teaches = {});

} // namespace kunren
