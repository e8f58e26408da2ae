#pragma once

// Thin RAII wrappers over the SQLite C API: one connection, prepared statements with bound values.
// Failures throw StoreError with SQLite's message and the statement that failed.

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace kunren {

class StoreError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

class SqlConnection
{
public:
    SqlConnection() = default;
    explicit SqlConnection(sqlite3* db) : m_db(db) {}
    ~SqlConnection();
    SqlConnection(SqlConnection&& other) noexcept : m_db(other.m_db) { other.m_db = nullptr; }
    SqlConnection& operator=(SqlConnection&& other) noexcept;
    SqlConnection(const SqlConnection&) = delete;
    SqlConnection& operator=(const SqlConnection&) = delete;

    sqlite3* handle() const { return m_db; }
    std::string lastError() const;

private:
    sqlite3* m_db = nullptr;
};

class SqlStatement
{
public:
    SqlStatement(const SqlConnection& db, std::string_view sql);
    ~SqlStatement();
    SqlStatement(const SqlStatement&) = delete;
    SqlStatement& operator=(const SqlStatement&) = delete;

    // Binds are 1-based, like SQLite's.
    SqlStatement& bind(int index, std::int64_t value);
    SqlStatement& bind(int index, double value);
    SqlStatement& bind(int index, std::string_view text);
    SqlStatement& bindNull(int index);
    SqlStatement& bind(int index, const std::optional<double>& value);

    bool step();  // true: a row is available; false: done
    void run();   // steps to completion (statements without rows)
    void reset(); // ready to run again with new binds

    std::int64_t integer(int column) const;
    double real(int column) const;
    std::string text(int column) const;
    bool isNull(int column) const;
    std::optional<double> optionalReal(int column) const;

private:
    [[noreturn]] void fail(const char* what) const;

    const SqlConnection& m_db;
    sqlite3_stmt* m_stmt = nullptr;
    std::string m_sql;
};

// Runs one statement without results.
void execSql(const SqlConnection& db, std::string_view sql);

// BEGIN IMMEDIATE … COMMIT, rolled back when destroyed without commit().
class SqlTransaction
{
public:
    explicit SqlTransaction(const SqlConnection& db);
    ~SqlTransaction();
    SqlTransaction(const SqlTransaction&) = delete;
    SqlTransaction& operator=(const SqlTransaction&) = delete;
    void commit();

private:
    const SqlConnection& m_db;
    bool m_done = false;
};

} // namespace kunren
