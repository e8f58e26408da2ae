#include "store/SqlStatement.h"

#include <sqlite3.h>

namespace kunren {

SqlConnection::~SqlConnection()
{
    if (m_db)
        sqlite3_close_v2(m_db);
}

SqlConnection& SqlConnection::operator=(SqlConnection&& other) noexcept
{
    if (this != &other) {
        if (m_db)
            sqlite3_close_v2(m_db);
        m_db = other.m_db;
        other.m_db = nullptr;
    }
    return *this;
}

std::string SqlConnection::lastError() const { return m_db ? sqlite3_errmsg(m_db) : "no database"; }

SqlStatement::SqlStatement(const SqlConnection& db, std::string_view sql) : m_db(db), m_sql(sql)
{
    if (sqlite3_prepare_v2(db.handle(), m_sql.c_str(), static_cast<int>(m_sql.size()), &m_stmt, nullptr) != SQLITE_OK)
        fail("prepare");
}

SqlStatement::~SqlStatement() { sqlite3_finalize(m_stmt); }

void SqlStatement::fail(const char* what) const
{
    throw StoreError(std::string("database ") + what + " failed: " + m_db.lastError() + " (in: " + m_sql + ")");
}

SqlStatement& SqlStatement::bind(int index, std::int64_t value)
{
    if (sqlite3_bind_int64(m_stmt, index, value) != SQLITE_OK)
        fail("bind");
    return *this;
}

SqlStatement& SqlStatement::bind(int index, double value)
{
    if (sqlite3_bind_double(m_stmt, index, value) != SQLITE_OK)
        fail("bind");
    return *this;
}

SqlStatement& SqlStatement::bind(int index, std::string_view text)
{
    if (sqlite3_bind_text(m_stmt, index, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT) != SQLITE_OK)
        fail("bind");
    return *this;
}

SqlStatement& SqlStatement::bindNull(int index)
{
    if (sqlite3_bind_null(m_stmt, index) != SQLITE_OK)
        fail("bind");
    return *this;
}

SqlStatement& SqlStatement::bind(int index, const std::optional<double>& value)
{
    return value ? bind(index, *value) : bindNull(index);
}

bool SqlStatement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    fail("step");
}

void SqlStatement::run()
{
    while (step()) {
    }
}

void SqlStatement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

std::int64_t SqlStatement::integer(int column) const { return sqlite3_column_int64(m_stmt, column); }
double SqlStatement::real(int column) const { return sqlite3_column_double(m_stmt, column); }
bool SqlStatement::isNull(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }

std::string SqlStatement::text(int column) const
{
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return p ? std::string(p, static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, column))) : std::string();
}

std::optional<double> SqlStatement::optionalReal(int column) const
{
    return isNull(column) ? std::nullopt : std::optional<double>(real(column));
}

void execSql(const SqlConnection& db, std::string_view sql) { SqlStatement(db, sql).run(); }

SqlTransaction::SqlTransaction(const SqlConnection& db) : m_db(db) { execSql(db, "BEGIN IMMEDIATE"); }

SqlTransaction::~SqlTransaction()
{
    if (!m_done)
        sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

void SqlTransaction::commit()
{
    execSql(m_db, "COMMIT");
    m_done = true;
}

} // namespace kunren
