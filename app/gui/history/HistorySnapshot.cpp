#include "history/HistorySnapshot.h"

#include "bridge/QtConversions.h"

#include <algorithm>
#include <set>

namespace kunren::app {

HistorySnapshot loadHistorySnapshot(HistoryQuery query)
{
    HistorySnapshot s;
    try {
        DrillDatabaseOpen opened = DrillDatabase::open(query.dbPath);
        if (!opened.db) {
            s.error = qs(opened.error);
            s.query = std::move(query);
            return s;
        }
        const DrillDatabase& db = *opened.db;
        s.trainees = db.trainees();
        std::set<std::string> scenarios, teams;
        const std::vector<DrillRecord> drills = db.drills();
        s.allDrills = drills.size();
        for (const DrillRecord& d : drills)
            scenarios.insert(d.scenarioId);
        for (const TraineeRecord& t : s.trainees)
            if (!t.team.empty())
                teams.insert(t.team);
        s.scenarios.assign(scenarios.begin(), scenarios.end());
        s.teams.assign(teams.begin(), teams.end());

        const bool knownTrainee = std::any_of(s.trainees.begin(), s.trainees.end(),
                                              [&](const TraineeRecord& t) { return t.id == query.traineeId; });
        if (!knownTrainee)
            query.traineeId = s.trainees.empty() ? 0 : s.trainees.front().id;
        if (!scenarios.contains(query.scenarioId))
            query.scenarioId = s.scenarios.empty() ? std::string() : s.scenarios.front();
        if (!query.team.empty() && !teams.contains(query.team))
            query.team.clear();

        if (query.traineeId > 0)
            s.drills = traineeHistory(db, query.traineeId);
        for (const DrillHistoryRow& row : s.drills)
            if (db.retrospective(row.drill.id))
                s.withRetrospective.push_back(row.drill.id);
        if (!query.scenarioId.empty())
            s.leaderboard = scenarioLeaderboard(db, query.scenarioId);
        s.report = groupReport(db, query.team);
    } catch (const std::exception& e) {
        s.error = qs(e.what());
    }
    s.query = std::move(query);
    return s;
}

} // namespace kunren::app
