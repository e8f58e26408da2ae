#include "trace/LogTimeIndex.h"

#include <algorithm>

namespace kunren {

void LogTimeIndex::catchUp(const TelemetryStore& store, const TelemetryCounts& counts)
{
    for (std::size_t b = m_blocks.size(); (b + 1) * kBlock <= counts.logs; ++b) {
        SimTime lo = store.logTime(b * kBlock), hi = lo;
        for (std::size_t i = b * kBlock + 1; i < (b + 1) * kBlock; ++i) {
            lo = std::min(lo, store.logTime(i));
            hi = std::max(hi, store.logTime(i));
        }
        m_blocks.emplace_back(lo, hi);
    }
}

} // namespace kunren
