#pragma once

// History across drills, from the database: per trainee over time, per scenario (leaderboard), and a
// group's aggregate report.

#include "store/DrillDatabase.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

namespace kunren {

struct DrillHistoryRow
{
    DrillRecord drill;
    std::optional<StoredScore> score; // empty until scored
};

// A trainee's drills, oldest first (the GUI's history charts).
std::vector<DrillHistoryRow> traineeHistory(const DrillDatabase& db, std::int64_t traineeId);

struct LeaderboardRow
{
    std::string trainee;
    std::string team;
    double best = 0;                        // best total on the scenario
    std::optional<double> rootCauseSeconds; // of that best drill
    std::int64_t drillId = 0;               // that best drill
    int drills = 0;                         // scored drills of this trainee on the scenario
};

// Best score per trainee on one scenario, highest first (ties: faster root cause, then earlier drill).
std::vector<LeaderboardRow> scenarioLeaderboard(const DrillDatabase& db, const std::string& scenarioId, int limit = 20);

struct ToolUsageRow
{
    std::string view;
    int drills = 0; // scored drills that opened it
    int opens = 0;
    double seconds = 0; // total time in it
    int queries = 0;
};

struct WrongHypothesisRow
{
    std::string scenarioId;
    std::string component;
    std::string mechanism;
    int count = 0;
};

struct ActionItemRow
{
    std::int64_t drillId = 0;
    std::string trainee;
    std::string scenarioId;
    std::string text;
    std::string owner;
    std::string type;
};

struct GroupReport
{
    std::string team; // empty: everyone
    int trainees = 0;
    int drills = 0;
    int scored = 0;
    std::optional<double> scoreMedian;
    std::optional<double> rootCauseMedianSeconds, rootCauseP90Seconds; // scored drills that found it
    std::optional<double> mitigationMedianSeconds, mitigationP90Seconds;
    std::vector<ToolUsageRow> tools;                 // most used first
    std::vector<WrongHypothesisRow> wrongHypotheses; // most common first
    std::vector<ActionItemRow> actionItems;
};

// Medians and percentiles interpolate linearly between ranks ((n − 1) × p).
GroupReport groupReport(const DrillDatabase& db, const std::string& team = {});
std::optional<double> percentile(std::vector<double> values, double p);

nlohmann::ordered_json historyToJson(const std::vector<DrillHistoryRow>& rows);
nlohmann::ordered_json leaderboardToJson(const std::vector<LeaderboardRow>& rows);
nlohmann::ordered_json groupReportToJson(const GroupReport& report);

} // namespace kunren
