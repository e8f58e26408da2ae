#include "trace/TraceLookup.h"

namespace kunren {

void TraceLookup::catchUp(const TelemetryStore& store, const TelemetryCounts& counts)
{
    if (counts.traces <= m_indexed)
        return;
    m_index.reserve(counts.traces);
    for (std::size_t i = m_indexed; i < counts.traces; ++i) {
        const TraceRecord& t = store.trace(static_cast<TraceIndex>(i));
        // First one wins: a duplicate id (astronomically unlikely) keeps pointing at the older trace.
        m_index.try_emplace(TraceId{t.idHigh, t.idLow}, static_cast<TraceIndex>(i));
    }
    m_indexed = counts.traces;
}

std::optional<TraceIndex> TraceLookup::find(TraceId id) const
{
    const auto it = m_index.find(id);
    if (it == m_index.end())
        return std::nullopt;
    return it->second;
}

std::optional<TraceIndex> TraceLookup::find(std::string_view hex) const
{
    const auto id = parseTraceId(hex);
    return id ? find(*id) : std::nullopt;
}

} // namespace kunren
