#include "store/Migrations.h"

#include <array>
#include <string>
#include <vector>

namespace kunren {

namespace {

// Migration N brings the schema from version N to N + 1. Never edit one that has shipped; add another.
const std::array<std::vector<const char*>, kDrillSchemaVersion> kMigrations{{
    // 0 → 1: trainees, drills and their action logs.
    {
        "CREATE TABLE trainees ("
        " id INTEGER PRIMARY KEY,"
        " name TEXT NOT NULL UNIQUE,"
        " team TEXT NOT NULL DEFAULT '',"
        " created_ms INTEGER NOT NULL)",
        "CREATE TABLE drills ("
        " id INTEGER PRIMARY KEY,"
        " trainee_id INTEGER NOT NULL REFERENCES trainees(id),"
        " scenario_id TEXT NOT NULL,"
        " seed INTEGER NOT NULL,"
        " started_ms INTEGER NOT NULL," // wall clock, for history charts
        " ended_ms INTEGER)",           // NULL while running (or interrupted)
        "CREATE TABLE actions ("
        " drill_id INTEGER NOT NULL REFERENCES drills(id),"
        " seq INTEGER NOT NULL,"
        " at_us INTEGER NOT NULL," // simulated time
        " type TEXT NOT NULL,"
        " json TEXT NOT NULL," // the action's JSON line (docs/SCORING.md)
        " PRIMARY KEY (drill_id, seq))",
        "CREATE INDEX drills_by_trainee ON drills(trainee_id, started_ms)",
        "CREATE INDEX drills_by_scenario ON drills(scenario_id)",
    },
    // 1 → 2: scores, what scoring derived (for reports), retrospectives and their action items.
    {
        "CREATE TABLE scores ("
        " drill_id INTEGER PRIMARY KEY REFERENCES drills(id),"
        " total REAL NOT NULL,"
        " verdict TEXT NOT NULL,"
        " ack_s REAL, root_cause_s REAL, mitigated_s REAL," // since the fault; NULL = never
        " budget_burned REAL NOT NULL,"
        " breakdown TEXT NOT NULL)", // scoreToJson
        "CREATE TABLE hypotheses ("
        " drill_id INTEGER NOT NULL REFERENCES drills(id),"
        " at_us INTEGER NOT NULL,"
        " component TEXT NOT NULL, mechanism TEXT NOT NULL, trigger TEXT NOT NULL,"
        " verdict TEXT NOT NULL)",
        "CREATE TABLE tool_usage ("
        " drill_id INTEGER NOT NULL REFERENCES drills(id),"
        " view TEXT NOT NULL, opens INTEGER NOT NULL, seconds REAL NOT NULL, queries INTEGER NOT NULL,"
        " PRIMARY KEY (drill_id, view))",
        "CREATE TABLE retrospectives ("
        " drill_id INTEGER PRIMARY KEY REFERENCES drills(id),"
        " json TEXT NOT NULL,"
        " updated_ms INTEGER NOT NULL)",
        "CREATE TABLE action_items ("
        " drill_id INTEGER NOT NULL REFERENCES drills(id),"
        " idx INTEGER NOT NULL, text TEXT NOT NULL, owner TEXT NOT NULL, type TEXT NOT NULL,"
        " PRIMARY KEY (drill_id, idx))",
        "CREATE INDEX hypotheses_by_drill ON hypotheses(drill_id)",
    },
}};

int userVersion(const SqlConnection& db)
{
    SqlStatement st(db, "PRAGMA user_version");
    return st.step() ? static_cast<int>(st.integer(0)) : 0;
}

} // namespace

void migrateDrillSchema(const SqlConnection& db, int target)
{
    for (int v = userVersion(db); v < target && v < kDrillSchemaVersion; ++v) {
        SqlTransaction tx(db);
        for (const char* sql : kMigrations[static_cast<std::size_t>(v)])
            execSql(db, sql);
        // PRAGMA takes no bound parameters; the value is our own integer.
        execSql(db, "PRAGMA user_version = " + std::to_string(v + 1));
        if (v == 0)
            execSql(db, "PRAGMA application_id = " + std::to_string(kDrillApplicationId));
        tx.commit();
    }
}

} // namespace kunren
