#include "Fts5Baseline.h"

#include "telemetry/LogText.h"
#include "telemetry/TelemetryStore.h"

#include <sqlite3.h>

namespace kunren::cli {

struct Fts5Baseline::Impl
{
    sqlite3* db = nullptr;
    sqlite3_stmt* countStmt = nullptr;
    ~Impl()
    {
        sqlite3_finalize(countStmt);
        sqlite3_close(db);
    }
};

Fts5Baseline::Fts5Baseline() : m_impl(std::make_unique<Impl>())
{
    if (sqlite3_open(":memory:", &m_impl->db) != SQLITE_OK) {
        m_error = "cannot open an in-memory SQLite database";
        return;
    }
    char* message = nullptr;
    if (sqlite3_exec(m_impl->db, "CREATE VIRTUAL TABLE logs USING fts5(message)", nullptr, nullptr, &message) !=
        SQLITE_OK) {
        m_error = std::string("SQLite has no FTS5: ") + (message ? message : "?");
        sqlite3_free(message);
        return;
    }
    if (sqlite3_prepare_v2(m_impl->db, "SELECT count(*) FROM logs WHERE logs MATCH ?1", -1, &m_impl->countStmt,
                           nullptr) != SQLITE_OK)
        m_error = sqlite3_errmsg(m_impl->db);
}

Fts5Baseline::~Fts5Baseline() = default;

bool Fts5Baseline::load(const TelemetryStore& store)
{
    if (!m_error.empty())
        return false;
    sqlite3* db = m_impl->db;
    sqlite3_stmt* insert = nullptr;
    if (sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr) != SQLITE_OK ||
        sqlite3_prepare_v2(db, "INSERT INTO logs(message) VALUES (?1)", -1, &insert, nullptr) != SQLITE_OK) {
        m_error = sqlite3_errmsg(db);
        return false;
    }
    const std::size_t n = store.counts().logs;
    bool ok = true;
    for (std::size_t i = 0; i < n && ok; ++i) {
        const std::string text = renderLogMessage(store, store.log(i));
        sqlite3_bind_text(insert, 1, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
        ok = sqlite3_step(insert) == SQLITE_DONE;
        sqlite3_reset(insert);
    }
    sqlite3_finalize(insert);
    if (!ok || sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK) {
        m_error = sqlite3_errmsg(db);
        return false;
    }
    return true;
}

std::int64_t Fts5Baseline::count(std::string_view ftsQuery)
{
    if (!m_error.empty())
        return -1;
    sqlite3_stmt* s = m_impl->countStmt;
    sqlite3_bind_text(s, 1, ftsQuery.data(), static_cast<int>(ftsQuery.size()), SQLITE_TRANSIENT);
    std::int64_t n = -1;
    if (sqlite3_step(s) == SQLITE_ROW)
        n = sqlite3_column_int64(s, 0);
    sqlite3_reset(s);
    return n;
}

} // namespace kunren::cli
