#pragma once

// Everything a trainee's drills leave behind, in one SQLite file: trainees, drills and their action logs
// (written as they happen), scores, retrospectives. WAL journal, prepared statements, schema migrations by
// PRAGMA user_version (store/Migrations.h). docs/SCORING.md §5 has the schema.
//
// Not thread-safe: use one DrillDatabase per thread. Write failures (disk full…) throw StoreError.

#include "drill/DrillAction.h"
#include "drill/Retrospective.h"
#include "store/SqlStatement.h"

#include <filesystem>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace kunren {

struct DrillScore;

struct TraineeRecord
{
    std::int64_t id = 0;
    std::string name;
    std::string team;
};

struct DrillRecord
{
    std::int64_t id = 0;
    std::int64_t traineeId = 0;
    std::string trainee;
    std::string team;
    std::string scenarioId;
    std::uint64_t seed = 0;
    std::int64_t startedMs = 0;          // wall clock (Unix ms)
    std::optional<std::int64_t> endedMs; // empty: running, or interrupted
    std::size_t actions = 0;
    SimTime lastActionAt = 0; // simulated time of its latest action
};

struct StoredScore
{
    double total = 0;
    std::string verdict;
    std::optional<double> ackSeconds, rootCauseSeconds, mitigatedSeconds; // since the fault
    double budgetBurned = 0;
    std::string breakdownJson; // scoreToJson
};

class DrillDatabase;

// The outcome of opening a database: the database, or why not (and then the file was left untouched).
struct DrillDatabaseOpen
{
    std::unique_ptr<DrillDatabase> db;
    std::string error;   // one sentence: which file, what is wrong with it, and that it was left untouched
    std::string details; // what SQLite reported, line by line (a damaged file's integrity check); may be empty
};

class DrillDatabase
{
public:
    // Opens or creates the file and migrates it to the current schema. Refuses — with a message naming
    // the file and never writing to it — a file that is not SQLite, not Kunren's, damaged, or from a newer
    // version.
    static DrillDatabaseOpen open(const std::filesystem::path& path);
    // $XDG_DATA_HOME/kunren/kunren.db, else ~/.local/share/kunren/kunren.db (the app may pass its own).
    static std::filesystem::path defaultPath();
    static std::int64_t nowMs(); // wall clock for the *_ms columns

    ~DrillDatabase();
    DrillDatabase(const DrillDatabase&) = delete;
    DrillDatabase& operator=(const DrillDatabase&) = delete;

    int schemaVersion() const;
    // How long a write waits for another program's write to finish before it fails with "database is locked"
    // (5 s unless set). A drill's recorder waits briefly and retries later instead of stalling the drill.
    void setBusyTimeout(int milliseconds);
    const std::filesystem::path& path() const { return m_path; }

    // Trainees: names are unique; adding an existing name returns it (and updates the team if given).
    std::int64_t addTrainee(const std::string& name, const std::string& team = {});
    std::optional<TraineeRecord> findTrainee(const std::string& name) const;
    std::vector<TraineeRecord> trainees() const;

    // Drills. startDrill also appends the drill.start action.
    std::int64_t startDrill(std::int64_t traineeId, const std::string& scenarioId, std::uint64_t seed,
                            std::int64_t startedMs = nowMs());
    // The same with the drill.start action as logged (its scenario, seed and wall stamp are stored).
    std::int64_t startDrill(std::int64_t traineeId, const DrillAction& start, std::int64_t startedMs = nowMs());
    // Appends one action in its own transaction: committed when this returns, so a killed app loses at
    // most the action being written. A drill.end action also marks the drill ended.
    void appendAction(std::int64_t drillId, const DrillAction& action, std::int64_t wallMs = nowMs());
    // Stores `action` as number `seq` of the drill (drill.start is 1), in its own transaction; a number
    // already stored is left as it is, so a write repeated after an error is stored once.
    void storeAction(std::int64_t drillId, std::int64_t seq, const DrillAction& action, std::int64_t wallMs = nowMs());
    std::vector<DrillAction> actions(std::int64_t drillId) const;
    std::optional<DrillRecord> drill(std::int64_t drillId) const;
    std::vector<DrillRecord> drills() const;
    // Drills started but never ended: the app offers to resume (replay the log) or close them.
    std::vector<DrillRecord> interruptedDrills() const;
    // Closes an interrupted drill: appends `note` (if any) and drill.end "interrupted" at its last action's time.
    void closeInterruptedDrill(std::int64_t drillId, const std::string& note = {}, std::int64_t wallMs = nowMs());
    // Imports a whole log (e.g. a JSONL file) as a finished drill; returns its id.
    std::int64_t importDrill(std::int64_t traineeId, std::span<const DrillAction> actions,
                             std::int64_t startedMs = nowMs());

    // Scores (replacing an earlier one) and what reports aggregate: hypotheses and tool usage.
    void saveScore(std::int64_t drillId, const Scenario& scenario, std::span<const DrillAction> actions,
                   const DrillScore& score);
    std::optional<StoredScore> score(std::int64_t drillId) const;

    // Retrospectives: saved whole (autosave calls this on every change).
    void saveRetrospective(std::int64_t drillId, const Retrospective& retro, std::int64_t wallMs = nowMs());
    std::optional<Retrospective> retrospective(std::int64_t drillId) const;

    // True when the file this connection has open is no longer at path() (moved, deleted or replaced):
    // writes would then be lost with the old file.
    bool fileMoved() const;

    const SqlConnection& connection() const { return m_db; }

private:
    DrillDatabase(SqlConnection db, std::filesystem::path path);
    void markEnded(std::int64_t drillId, std::int64_t wallMs);

    SqlConnection m_db;
    std::filesystem::path m_path;
};

} // namespace kunren
