#pragma once

#include "telemetry/LogText.h"
#include "telemetry/PostingLists.h"

#include <map>
#include <mutex>
#include <optional>
#include <span>
#include <vector>

namespace kunren {

// The inverted index of log rows: which rows use a message template, which hold a string argument, and
// which hold an inline id. Free-text search asks it for the rows of the few templates, strings and ids a
// term can lie in instead of reading every row (see LogFilter).
//
// Only arguments that render are indexed (the first `placeholders` of a row). Strings are keyed by
// StringId, ids hashed into 2^16 buckets whose entries carry the rest of the id, so a lookup reads one
// bucket. Inline numbers are indexed per placeholder of a template while it has taken few distinct values
// (an HTTP status, a retry count: what `@status:500` asks for); a placeholder that takes more (durations,
// amounts) stops being indexed, and searches read its rows.
class LogTermIndex
{
public:
    static constexpr std::size_t kMaxNumberValues = 32; // distinct numbers a placeholder may take and stay indexed

    LogTermIndex() : m_ids(true) {}

    // Writer only, rows in ascending order.
    void add(std::uint32_t row, StringId templ, std::span<const LogArg> args, std::size_t placeholders);

    // Any thread, rows below `limit` (a published count), ascending. A row is reported once per string
    // (template or argument) and once per id argument equal to `payload`.
    template <typename Fn> void forEachRowWith(StringId s, std::size_t limit, Fn&& fn) const
    {
        m_strings.forEach(s, limit, [&](std::uint32_t row, std::uint16_t) { fn(row); });
    }
    template <typename Fn> void forEachRowWithId(std::uint32_t payload, std::size_t limit, Fn&& fn) const
    {
        const std::uint16_t rest = remainder(payload);
        m_ids.forEach(bucket(payload), limit, [&](std::uint32_t row, std::uint16_t r) {
            if (r == rest)
                fn(row);
        });
    }
    // How many rows use string `s` (a planning hint; may count rows not yet published).
    std::size_t rowsWith(StringId s) const { return m_strings.size(s); }

    // Any thread: the numbers placeholder k of template `templ` has held, each with its list of rows (for
    // forEachRowWithNumber), when every number it held is indexed; nullopt when it took too many values.
    struct NumberList
    {
        std::uint32_t value, list;
    };
    std::optional<std::vector<NumberList>> numbersAt(StringId templ, std::size_t k) const;
    template <typename Fn> void forEachRowWithNumber(std::uint32_t list, std::size_t limit, Fn&& fn) const
    {
        m_numbers.forEach(list, limit, [&](std::uint32_t row, std::uint16_t) { fn(row); });
    }
    std::size_t rowsWithNumber(std::uint32_t list) const { return m_numbers.size(list); }

    std::size_t bytesReserved() const
    {
        return m_strings.bytesReserved() + m_ids.bytesReserved() + m_numbers.bytesReserved();
    }

private:
    // An id's bucket is the top half of a bijective hash, and its entry keeps the bottom half: together
    // they name the id exactly.
    static std::uint32_t bucket(std::uint32_t payload) { return (payload * 2654435761u) >> 16; }
    static std::uint16_t remainder(std::uint32_t payload) { return static_cast<std::uint16_t>(payload * 2654435761u); }

    // A placeholder's numbers (writer's copy; readers copy `shared` under the mutex).
    struct Placeholder
    {
        std::vector<NumberList> values;
        bool overflow = false;
    };
    void addNumber(StringId templ, std::size_t k, std::uint32_t row, std::uint32_t value);

    PostingLists m_strings; // templates and string arguments, by StringId
    PostingLists m_ids;     // id arguments by bucket, each entry with its payload
    PostingLists m_numbers; // numbers of indexed placeholders, by list
    std::uint32_t m_numberLists = 0;
    std::vector<std::vector<Placeholder>> m_placeholders; // writer only, by template StringId then placeholder
    mutable std::mutex m_sharedMutex;
    std::map<std::pair<StringId, std::size_t>, Placeholder> m_shared; // what readers see
};

} // namespace kunren
