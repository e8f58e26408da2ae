#pragma once

#include "telemetry/TelemetryStore.h"

#include <algorithm>
#include <utility>
#include <vector>

namespace kunren {

// The earliest and latest log time of every block of 512 log rows, built incrementally like TraceLookup.
// Logs are only roughly time-ordered (a request's logs are stamped when it ends but appended in the tick it
// started, 20 s "late" for a slow one), so a plain binary search by time needs a guessed slack; the block
// ranges make the search exact: only blocks whose range meets the window are read.
class LogTimeIndex
{
public:
    static constexpr std::size_t kBlock = 512;

    // Summarises the complete blocks below counts.logs; the partial last block is read row by row.
    void catchUp(const TelemetryStore& store, const TelemetryCounts& counts);

    // Rows below `logCount` with time in [from, to], in append order, for which keep(row) is true.
    template <typename Keep>
    std::vector<std::size_t> rowsIn(const TelemetryStore& store, std::size_t logCount, SimTime from, SimTime to,
                                    Keep keep) const
    {
        std::vector<std::size_t> rows;
        auto scan = [&](std::size_t begin, std::size_t end) {
            for (std::size_t i = begin; i < end; ++i) {
                const SimTime t = store.logTime(i);
                if (t >= from && t <= to && keep(i))
                    rows.push_back(i);
            }
        };
        const std::size_t covered = std::min(m_blocks.size() * kBlock, logCount);
        for (std::size_t b = 0; b * kBlock < covered; ++b)
            if (m_blocks[b].first <= to && m_blocks[b].second >= from)
                scan(b * kBlock, std::min((b + 1) * kBlock, covered));
        scan(covered, logCount);
        return rows;
    }

private:
    std::vector<std::pair<SimTime, SimTime>> m_blocks; // min, max time
};

} // namespace kunren
