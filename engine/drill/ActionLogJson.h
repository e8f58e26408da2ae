#pragma once

// The action log as JSON lines: one action per line, {"at": <simulated seconds>, "type": "…", …}.

#include "drill/DrillAction.h"
#include "scenario/Diagnostic.h"

#include <filesystem>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace kunren {

// One action as a compact JSON object (no trailing newline). Only the fields of its type are written.
std::string actionToJson(const DrillAction& action);

struct ActionLogRead
{
    std::vector<DrillAction> actions;
    Diagnostics diagnostics; // FILE:LINE:COL errors, every bad line at once
    bool ok() const { return diagnostics.empty(); }
};

// Parses JSONL text (blank lines are skipped). Checks each line's fields and the log as a whole: at most
// one drill.start and only first, time never going backwards, nothing after drill.end.
ActionLogRead parseActionLog(std::string_view text, const std::string& fileName);
ActionLogRead readActionLogFile(const std::filesystem::path& path);

std::string actionLogToJsonl(std::span<const DrillAction> actions);
// Writes the log to `path` (replacing it); on failure returns false and says why in `error`.
bool writeActionLogFile(const std::filesystem::path& path, std::span<const DrillAction> actions, std::string& error);

} // namespace kunren
