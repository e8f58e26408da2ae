#include "store/DrillDatabase.h"

#include "drill/ActionLogJson.h"
#include "drill/DrillScore.h"
#include "store/Migrations.h"

#include <sqlite3.h>

#include <chrono>
#include <cstdlib>

namespace kunren {

namespace fs = std::filesystem;

namespace {

std::int64_t single(const SqlConnection& db, const char* sql)
{
    SqlStatement st(db, sql);
    return st.step() ? st.integer(0) : 0;
}

std::string untouched(const fs::path& p, const std::string& why)
{
    return "cannot use " + p.string() + ": " + why + ". The file was left untouched.";
}

DrillDatabaseOpen refused(std::string error, std::string details = {})
{
    return {nullptr, std::move(error), std::move(details)};
}

std::optional<double> secondsSince(const std::optional<SimTime>& at, SimTime from)
{
    return at ? std::optional<double>(toSeconds(*at - from)) : std::nullopt;
}

const char* kDrillColumns =
    "SELECT d.id, d.trainee_id, t.name, t.team, d.scenario_id, d.seed, d.started_ms, d.ended_ms,"
    " (SELECT COUNT(*) FROM actions a WHERE a.drill_id = d.id),"
    " (SELECT COALESCE(MAX(at_us), 0) FROM actions a WHERE a.drill_id = d.id)"
    " FROM drills d JOIN trainees t ON t.id = d.trainee_id ";

DrillRecord drillFrom(const SqlStatement& st)
{
    DrillRecord d;
    d.id = st.integer(0);
    d.traineeId = st.integer(1);
    d.trainee = st.text(2);
    d.team = st.text(3);
    d.scenarioId = st.text(4);
    d.seed = static_cast<std::uint64_t>(st.integer(5));
    d.startedMs = st.integer(6);
    if (!st.isNull(7))
        d.endedMs = st.integer(7);
    d.actions = static_cast<std::size_t>(st.integer(8));
    d.lastActionAt = st.integer(9);
    return d;
}

std::vector<DrillRecord> drillsWhere(const SqlConnection& db, const std::string& where)
{
    SqlStatement st(db, std::string(kDrillColumns) + where + " ORDER BY d.started_ms, d.id");
    std::vector<DrillRecord> out;
    while (st.step())
        out.push_back(drillFrom(st));
    return out;
}

} // namespace

DrillDatabase::DrillDatabase(SqlConnection db, fs::path path) : m_db(std::move(db)), m_path(std::move(path)) {}
DrillDatabase::~DrillDatabase() = default;

std::int64_t DrillDatabase::nowMs()
{
    // Wall-clock time of day for history only; simulated time never comes from here.
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

fs::path DrillDatabase::defaultPath()
{
    if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg)
        return fs::path(xdg) / "kunren" / "kunren.db";
    const char* home = std::getenv("HOME");
    return fs::path(home && *home ? home : ".") / ".local" / "share" / "kunren" / "kunren.db";
}

DrillDatabaseOpen DrillDatabase::open(const fs::path& path)
{
    // The file is only ever opened through SQLite. Any other descriptor on it (reading its header with a
    // stream, copying it) would drop every POSIX lock this process holds on it when closed — SQLite's
    // included — and another program's last close would then delete the WAL that our writes go to.
    std::error_code ec;
    const bool exists = fs::exists(path, ec);
    if (exists && fs::is_directory(path, ec))
        return refused(untouched(path, "it is a directory"));
    if (!exists && path.has_parent_path()) {
        fs::create_directories(path.parent_path(), ec);
        if (ec)
            return refused("cannot create the folder " + path.parent_path().string() + ": " + ec.message());
    }
    sqlite3* raw = nullptr;
    const int flags = SQLITE_OPEN_READWRITE | (exists ? 0 : SQLITE_OPEN_CREATE);
    const int rc = sqlite3_open_v2(path.c_str(), &raw, flags, nullptr);
    SqlConnection db(raw);
    if (rc != SQLITE_OK)
        return refused("cannot open " + path.string() + ": " +
                       (raw ? db.lastError() : std::string(sqlite3_errstr(rc))));
    sqlite3_extended_result_codes(raw, 1);
    sqlite3_busy_timeout(raw, 5000);
    try {
        // Read-only checks first: nothing is written until the file is known to be ours and healthy. The
        // first read checks the header: a file that is not SQLite fails here with SQLITE_NOTADB.
        {
            SqlStatement check(db, "PRAGMA quick_check(20)");
            std::string report;
            while (check.step())
                report += (report.empty() ? "" : "\n") + check.text(0);
            if (report != "ok")
                return refused(untouched(path, "the database is damaged"), report.empty() ? "no result" : report);
        }
        const std::int64_t appId = single(db, "PRAGMA application_id");
        const std::int64_t version = single(db, "PRAGMA user_version");
        const std::int64_t tables = single(db, "SELECT COUNT(*) FROM sqlite_master");
        if ((appId != 0 && appId != kDrillApplicationId) || (appId == 0 && tables > 0))
            return refused(untouched(path, "it is an SQLite database, but not Kunren's"));
        if (version > kDrillSchemaVersion)
            return refused(untouched(path, "it was written by a newer Kunren (schema version " +
                                               std::to_string(version) + "; this version knows up to " +
                                               std::to_string(kDrillSchemaVersion) +
                                               "). Update Kunren, or choose another database"));
        {
            SqlStatement wal(db, "PRAGMA journal_mode = WAL");
            wal.run();
        }
        execSql(db, "PRAGMA synchronous = NORMAL"); // with WAL: every commit survives a killed process
        execSql(db, "PRAGMA foreign_keys = ON");
        migrateDrillSchema(db);
    } catch (const StoreError& e) {
        const int code = sqlite3_extended_errcode(raw) & 0xff;
        if (code == SQLITE_NOTADB)
            return refused(untouched(path, "it is not a Kunren database (not an SQLite file)"));
        if (code == SQLITE_CORRUPT)
            return refused(untouched(path, "the database is damaged"), e.what());
        return refused("cannot open " + path.string() + ": " + e.what());
    }
    return {std::unique_ptr<DrillDatabase>(new DrillDatabase(std::move(db), path)), {}, {}};
}

bool DrillDatabase::fileMoved() const
{
    int moved = 0;
    return sqlite3_file_control(m_db.handle(), "main", SQLITE_FCNTL_HAS_MOVED, &moved) == SQLITE_OK && moved != 0;
}

void DrillDatabase::setBusyTimeout(int milliseconds) { sqlite3_busy_timeout(m_db.handle(), milliseconds); }

int DrillDatabase::schemaVersion() const { return static_cast<int>(single(m_db, "PRAGMA user_version")); }

std::int64_t DrillDatabase::addTrainee(const std::string& name, const std::string& team)
{
    if (const auto existing = findTrainee(name)) {
        if (!team.empty() && team != existing->team) {
            SqlStatement st(m_db, "UPDATE trainees SET team = ?1 WHERE id = ?2");
            st.bind(1, team).bind(2, existing->id).run();
        }
        return existing->id;
    }
    SqlStatement st(m_db, "INSERT INTO trainees(name, team, created_ms) VALUES (?1, ?2, ?3)");
    st.bind(1, name).bind(2, team).bind(3, nowMs()).run();
    return sqlite3_last_insert_rowid(m_db.handle());
}

std::optional<TraineeRecord> DrillDatabase::findTrainee(const std::string& name) const
{
    SqlStatement st(m_db, "SELECT id, name, team FROM trainees WHERE name = ?1");
    st.bind(1, name);
    if (!st.step())
        return std::nullopt;
    return TraineeRecord{st.integer(0), st.text(1), st.text(2)};
}

std::vector<TraineeRecord> DrillDatabase::trainees() const
{
    SqlStatement st(m_db, "SELECT id, name, team FROM trainees ORDER BY name");
    std::vector<TraineeRecord> out;
    while (st.step())
        out.push_back({st.integer(0), st.text(1), st.text(2)});
    return out;
}

std::int64_t DrillDatabase::startDrill(std::int64_t traineeId, const std::string& scenarioId, std::uint64_t seed,
                                       std::int64_t startedMs)
{
    return startDrill(traineeId, DrillAction::start(0, scenarioId, seed), startedMs);
}

std::int64_t DrillDatabase::startDrill(std::int64_t traineeId, const DrillAction& start, std::int64_t startedMs)
{
    SqlTransaction tx(m_db);
    SqlStatement st(m_db, "INSERT INTO drills(trainee_id, scenario_id, seed, started_ms) VALUES (?1, ?2, ?3, ?4)");
    st.bind(1, traineeId)
        .bind(2, start.scenario)
        .bind(3, static_cast<std::int64_t>(start.seed))
        .bind(4, startedMs)
        .run();
    const std::int64_t id = sqlite3_last_insert_rowid(m_db.handle());
    SqlStatement add(m_db, "INSERT INTO actions(drill_id, seq, at_us, type, json) VALUES (?1, 1, ?2, ?3, ?4)");
    add.bind(1, id)
        .bind(2, start.at)
        .bind(3, std::string_view(toString(start.type)))
        .bind(4, actionToJson(start))
        .run();
    tx.commit();
    return id;
}

void DrillDatabase::appendAction(std::int64_t drillId, const DrillAction& action, std::int64_t wallMs)
{
    SqlTransaction tx(m_db);
    SqlStatement st(m_db, "INSERT INTO actions(drill_id, seq, at_us, type, json)"
                          " SELECT ?1, COALESCE(MAX(seq), 0) + 1, ?2, ?3, ?4 FROM actions WHERE drill_id = ?1");
    st.bind(1, drillId)
        .bind(2, action.at)
        .bind(3, std::string_view(toString(action.type)))
        .bind(4, actionToJson(action))
        .run();
    if (action.type == ActionType::DrillEnd)
        markEnded(drillId, wallMs);
    tx.commit();
}

void DrillDatabase::storeAction(std::int64_t drillId, std::int64_t seq, const DrillAction& action, std::int64_t wallMs)
{
    SqlTransaction tx(m_db);
    SqlStatement st(m_db, "INSERT INTO actions(drill_id, seq, at_us, type, json) VALUES (?1, ?2, ?3, ?4, ?5)"
                          " ON CONFLICT(drill_id, seq) DO NOTHING");
    st.bind(1, drillId)
        .bind(2, seq)
        .bind(3, action.at)
        .bind(4, std::string_view(toString(action.type)))
        .bind(5, actionToJson(action))
        .run();
    if (action.type == ActionType::DrillEnd)
        markEnded(drillId, wallMs);
    tx.commit();
}

void DrillDatabase::markEnded(std::int64_t drillId, std::int64_t wallMs)
{
    SqlStatement end(m_db, "UPDATE drills SET ended_ms = ?2 WHERE id = ?1 AND ended_ms IS NULL");
    end.bind(1, drillId).bind(2, wallMs).run();
}

std::vector<DrillAction> DrillDatabase::actions(std::int64_t drillId) const
{
    SqlStatement st(m_db, "SELECT json FROM actions WHERE drill_id = ?1 ORDER BY seq");
    st.bind(1, drillId);
    std::string jsonl;
    while (st.step())
        jsonl += st.text(0) + "\n";
    ActionLogRead read = parseActionLog(jsonl, m_path.string() + " (drill " + std::to_string(drillId) + ")");
    if (!read.ok())
        throw StoreError("stored actions do not parse: " + read.diagnostics.front().format());
    return std::move(read.actions);
}

std::optional<DrillRecord> DrillDatabase::drill(std::int64_t drillId) const
{
    SqlStatement st(m_db, std::string(kDrillColumns) + "WHERE d.id = ?1");
    st.bind(1, drillId);
    if (!st.step())
        return std::nullopt;
    return drillFrom(st);
}

std::vector<DrillRecord> DrillDatabase::drills() const { return drillsWhere(m_db, ""); }

std::vector<DrillRecord> DrillDatabase::interruptedDrills() const
{
    return drillsWhere(m_db, "WHERE d.ended_ms IS NULL");
}

void DrillDatabase::closeInterruptedDrill(std::int64_t drillId, const std::string& note, std::int64_t wallMs)
{
    const auto d = drill(drillId);
    if (!d || d->endedMs)
        return;
    if (!note.empty())
        appendAction(drillId, DrillAction::addNote(d->lastActionAt, note), wallMs);
    appendAction(drillId, DrillAction::end(d->lastActionAt, "interrupted"), wallMs);
}

std::int64_t DrillDatabase::importDrill(std::int64_t traineeId, std::span<const DrillAction> log,
                                        std::int64_t startedMs)
{
    std::string scenario;
    std::uint64_t seed = 0;
    if (!log.empty() && log.front().type == ActionType::DrillStart) {
        scenario = log.front().scenario;
        seed = log.front().seed;
    }
    SqlTransaction tx(m_db);
    SqlStatement st(
        m_db, "INSERT INTO drills(trainee_id, scenario_id, seed, started_ms, ended_ms) VALUES (?1, ?2, ?3, ?4, ?5)");
    const bool ended = !log.empty() && log.back().type == ActionType::DrillEnd;
    st.bind(1, traineeId).bind(2, scenario).bind(3, static_cast<std::int64_t>(seed)).bind(4, startedMs);
    if (ended)
        st.bind(5, startedMs);
    st.run();
    const std::int64_t id = sqlite3_last_insert_rowid(m_db.handle());
    SqlStatement add(m_db, "INSERT INTO actions(drill_id, seq, at_us, type, json) VALUES (?1, ?2, ?3, ?4, ?5)");
    std::int64_t seq = 0;
    for (const DrillAction& a : log) {
        add.reset();
        add.bind(1, id)
            .bind(2, ++seq)
            .bind(3, a.at)
            .bind(4, std::string_view(toString(a.type)))
            .bind(5, actionToJson(a))
            .run();
    }
    tx.commit();
    return id;
}

void DrillDatabase::saveScore(std::int64_t drillId, const Scenario& scenario, std::span<const DrillAction> log,
                              const DrillScore& score)
{
    SqlTransaction tx(m_db);
    for (const char* table : {"scores", "hypotheses", "tool_usage"}) {
        SqlStatement del(m_db, std::string("DELETE FROM ") + table + " WHERE drill_id = ?1");
        del.bind(1, drillId).run();
    }
    SqlStatement st(m_db,
                    "INSERT INTO scores(drill_id, total, verdict, ack_s, root_cause_s, mitigated_s, budget_burned,"
                    " breakdown) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    st.bind(1, drillId)
        .bind(2, score.total)
        .bind(3, std::string_view(toString(score.verdict)))
        .bind(4, secondsSince(score.acknowledged, score.firstPage.value_or(score.faultStart)))
        .bind(5, secondsSince(score.rootCause, score.faultStart))
        .bind(6, secondsSince(score.mitigated, score.faultStart))
        .bind(7, score.budgetBurned)
        .bind(8, scoreToJson(score).dump())
        .run();
    SqlStatement hyp(m_db, "INSERT INTO hypotheses(drill_id, at_us, component, mechanism, trigger, verdict)"
                           " VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    for (const DrillAction& a : log) {
        if (a.type != ActionType::HypothesisSubmit)
            continue;
        hyp.reset();
        hyp.bind(1, drillId)
            .bind(2, a.at)
            .bind(3, a.hypothesis.component)
            .bind(4, a.hypothesis.mechanism)
            .bind(5, a.hypothesis.trigger)
            .bind(6, std::string_view(toString(judgeHypothesis(scenario, a.hypothesis))))
            .run();
    }
    SqlStatement tools(m_db,
                       "INSERT INTO tool_usage(drill_id, view, opens, seconds, queries) VALUES (?1, ?2, ?3, ?4, ?5)");
    for (const ToolUse& t : score.path.tools) {
        tools.reset();
        tools.bind(1, drillId)
            .bind(2, t.view)
            .bind(3, std::int64_t{t.opens})
            .bind(4, toSeconds(t.time))
            .bind(5, std::int64_t{t.queries})
            .run();
    }
    tx.commit();
}

std::optional<StoredScore> DrillDatabase::score(std::int64_t drillId) const
{
    SqlStatement st(m_db, "SELECT total, verdict, ack_s, root_cause_s, mitigated_s, budget_burned, breakdown"
                          " FROM scores WHERE drill_id = ?1");
    st.bind(1, drillId);
    if (!st.step())
        return std::nullopt;
    return StoredScore{st.real(0),         st.text(1), st.optionalReal(2), st.optionalReal(3),
                       st.optionalReal(4), st.real(5), st.text(6)};
}

void DrillDatabase::saveRetrospective(std::int64_t drillId, const Retrospective& retro, std::int64_t wallMs)
{
    SqlTransaction tx(m_db);
    SqlStatement st(m_db, "INSERT OR REPLACE INTO retrospectives(drill_id, json, updated_ms) VALUES (?1, ?2, ?3)");
    st.bind(1, drillId).bind(2, retrospectiveToJson(retro).dump()).bind(3, wallMs).run();
    SqlStatement del(m_db, "DELETE FROM action_items WHERE drill_id = ?1");
    del.bind(1, drillId).run();
    SqlStatement item(m_db, "INSERT INTO action_items(drill_id, idx, text, owner, type) VALUES (?1, ?2, ?3, ?4, ?5)");
    std::int64_t idx = 0;
    for (const RetroActionItem& a : retro.actionItems) {
        item.reset();
        item.bind(1, drillId).bind(2, idx++).bind(3, a.text).bind(4, a.owner).bind(5, a.type).run();
    }
    tx.commit();
}

std::optional<Retrospective> DrillDatabase::retrospective(std::int64_t drillId) const
{
    SqlStatement st(m_db, "SELECT json FROM retrospectives WHERE drill_id = ?1");
    st.bind(1, drillId);
    if (!st.step())
        return std::nullopt;
    const auto json = nlohmann::json::parse(st.text(0), nullptr, false);
    if (json.is_discarded())
        throw StoreError("the stored retrospective of drill " + std::to_string(drillId) + " is not valid JSON");
    return retrospectiveFromJson(json);
}

} // namespace kunren
