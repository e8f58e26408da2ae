#pragma once

#include "telemetry/LogText.h"
#include "telemetry/PostingLists.h"

#include <algorithm>
#include <span>

namespace kunren {

// The inverted index of log rows: which rows use a message template, which hold a string argument, and
// which hold an inline id. Free-text search asks it for the rows of the few templates, strings and ids a
// term can lie in instead of reading every row (see LogFilter).
//
// Only arguments that render are indexed (the first `placeholders` of a row); inline numbers are not
// (searches that could match digits read the rows). Strings are keyed by StringId, ids hashed into
// 2^16 buckets whose entries carry the rest of the id, so a lookup reads one bucket.
class LogTermIndex
{
public:
    LogTermIndex() : m_ids(true) {}

    // Writer only, rows in ascending order.
    void add(std::uint32_t row, StringId templ, std::span<const LogArg> args, std::size_t placeholders)
    {
        m_strings.add(templ, row);
        const std::size_t rendered = std::min(args.size(), placeholders);
        for (std::size_t k = 0; k < rendered; ++k) {
            const LogArg a = args[k];
            if (logarg::isString(a))
                m_strings.add(a, row);
            else if (logarg::isId(a))
                m_ids.add(bucket(logarg::payload(a)), row, remainder(logarg::payload(a)));
        }
    }

    // Any thread, rows below `limit` (a published count), ascending. A row is reported once per string
    // (template or argument) and once per id argument equal to `payload`.
    template <typename Fn>
    void forEachRowWith(StringId s, std::size_t limit, Fn&& fn) const
    {
        m_strings.forEach(s, limit, [&](std::uint32_t row, std::uint16_t) { fn(row); });
    }
    template <typename Fn>
    void forEachRowWithId(std::uint32_t payload, std::size_t limit, Fn&& fn) const
    {
        const std::uint16_t rest = remainder(payload);
        m_ids.forEach(bucket(payload), limit, [&](std::uint32_t row, std::uint16_t r) {
            if (r == rest)
                fn(row);
        });
    }
    // How many rows use string `s` (a planning hint; may count rows not yet published).
    std::size_t rowsWith(StringId s) const { return m_strings.size(s); }

    std::size_t bytesReserved() const { return m_strings.bytesReserved() + m_ids.bytesReserved(); }

private:
    // An id's bucket is the top half of a bijective hash, and its entry keeps the bottom half: together
    // they name the id exactly.
    static std::uint32_t bucket(std::uint32_t payload) { return (payload * 2654435761u) >> 16; }
    static std::uint16_t remainder(std::uint32_t payload) { return static_cast<std::uint16_t>(payload * 2654435761u); }

    PostingLists m_strings; // templates and string arguments, by StringId
    PostingLists m_ids;     // id arguments by bucket, each entry with its payload
};

} // namespace kunren
