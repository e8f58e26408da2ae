#pragma once

#include "store/DrillHistory.h"

#include <QString>

#include <string>
#include <vector>

namespace kunren::app {

// What the History page asks for: one trainee's drills, one scenario's leaderboard, one team's report.
struct HistoryQuery
{
    std::string dbPath;
    std::int64_t traineeId = 0; // 0: the first trainee
    std::string scenarioId;     // empty: the first scenario drilled
    std::string team;           // empty: everyone
};

// One consistent read of the drills database for the page (DrillHistory's answers, unchanged).
struct HistorySnapshot
{
    HistoryQuery query; // with the defaults filled in
    std::vector<TraineeRecord> trainees;
    std::vector<std::string> scenarios;          // drilled at least once, sorted
    std::vector<std::string> teams;              // non-empty, sorted
    std::size_t allDrills = 0;                   // everyone's
    std::vector<DrillHistoryRow> drills;         // traineeHistory
    std::vector<LeaderboardRow> leaderboard;     // scenarioLeaderboard
    GroupReport report;                          // groupReport
    std::vector<std::int64_t> withRetrospective; // drill ids among `drills` that have one
    QString error;
};

// Opens its own connection (call it off the GUI thread); a refused or failing database sets `error`.
HistorySnapshot loadHistorySnapshot(HistoryQuery query);

} // namespace kunren::app
