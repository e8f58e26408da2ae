#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

namespace kunren {
class TelemetryStore;
}

namespace kunren::cli {

// The same log messages in an in-memory SQLite FTS5 table: what a general-purpose full-text engine does
// with them, for the side-by-side figures of `kunren-bench query`.
class Fts5Baseline
{
public:
    Fts5Baseline();
    ~Fts5Baseline();
    Fts5Baseline(const Fts5Baseline&) = delete;
    Fts5Baseline& operator=(const Fts5Baseline&) = delete;

    // Empty when SQLite is usable, else why not.
    const std::string& error() const { return m_error; }

    // Inserts the rendered message of every published log (one transaction). Returns false on failure.
    bool load(const TelemetryStore& store);
    // SELECT count(*) … MATCH `ftsQuery`; -1 on error.
    std::int64_t count(std::string_view ftsQuery);

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
    std::string m_error;
};

} // namespace kunren::cli
