#pragma once

#include "telemetry/TelemetryStore.h"
#include "trace/TraceId.h"

#include <optional>
#include <string_view>
#include <unordered_map>

namespace kunren {

// Finds a trace by its 128-bit id. Built incrementally: each catchUp() indexes only the traces published
// since the last call, so a reader can call it with every refresh for the cost of the new rows.
// Not thread-safe itself; one reader owns one lookup.
class TraceLookup
{
public:
    // Indexes traces [indexed(), counts.traces).
    void catchUp(const TelemetryStore& store, const TelemetryCounts& counts);
    std::size_t indexed() const { return m_indexed; }

    std::optional<TraceIndex> find(TraceId id) const;
    std::optional<TraceIndex> find(std::uint64_t high, std::uint64_t low) const { return find(TraceId{high, low}); }
    // Nullopt for an unknown or malformed id (see parseTraceId).
    std::optional<TraceIndex> find(std::string_view hex) const;

private:
    struct Hash
    {
        std::size_t operator()(const TraceId& id) const noexcept
        {
            // Ids are random already; mixing the halves is enough.
            return static_cast<std::size_t>(id.low ^ (id.high * 0x9E3779B97F4A7C15ull));
        }
    };
    std::unordered_map<TraceId, TraceIndex, Hash> m_index;
    std::size_t m_indexed = 0;
};

} // namespace kunren
