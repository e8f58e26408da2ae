#pragma once

#include "query/QueryFields.h"
#include "query/QueryOptions.h"
#include "query/TextMatch.h"
#include "telemetry/TelemetryStore.h"

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace kunren {

// Pieces both the log and the span filters compile terms into.

// The value of a resource tag (service, env, version, pod_name, host, region, source) for one resource.
std::string_view resourceTagValue(const TelemetryStore& store, const ResourceInfo& resource, QueryField field);
// One byte per resource: does its tag value match?
std::vector<std::uint8_t> resourceTable(const TelemetryStore& store, const TelemetryCounts& counts, QueryField field,
                                        const ValueMatcher& value);

// One byte per resource: does its resource attribute `key` (any of them when empty) match? The attributes
// are engine/semconv's, as the export writes them.
std::vector<std::uint8_t> resourceAttributeTable(const TelemetryStore& store, const TelemetryCounts& counts,
                                                 std::string_view key, const ValueMatcher& value);

// exception.type (0), exception.message (1) or exception.stacktrace (2) of an error.
std::string_view errorAttributeValue(const TelemetryStore& store, ErrorId id, int field);

// The value of `key` in a request attribute set, or nullopt.
std::optional<std::string_view> findAttribute(const TelemetryStore& store, AttributeSetId set, std::string_view key);

// out[i] = active[i] && table[key(rows[i])] — one precomputed byte per distinct value (resource, operation,
// status …) turns a term into a table lookup per row. Keys past the table (rows newer than the compile) don't match.
template <typename Row, typename Key>
inline void maskByTable(const Row* rows, const std::uint8_t* active, std::uint8_t* out, std::size_t n,
                        const std::vector<std::uint8_t>& table, Key&& key)
{
    const std::uint8_t* t = table.data();
    const std::size_t size = table.size();
    for (std::size_t i = 0; i < n; ++i) {
        const std::size_t k = static_cast<std::size_t>(key(rows[i]));
        out[i] = static_cast<std::uint8_t>(active[i] & (k < size ? t[k] : 0));
    }
}

// A trace or span id written out in full (32 / 16 hex digits) is compared as a number, not as text.
struct ExactId
{
    bool exact = false;
    std::uint64_t high = 0, low = 0;
};
ExactId parseExactId(std::string_view text, std::size_t digits);

// A lazily filled yes/no cache: 0 = not decided yet, 1 = no, 2 = yes.
class LazyBits
{
public:
    // The table is allocated on first use: a query compiles many leaves that never consult theirs.
    void resize(std::size_t n)
    {
        m_size = n;
        m_bits.clear();
    }
    template <typename Decide> bool get(std::size_t i, Decide&& decide)
    {
        if (i >= m_size)
            return decide();
        if (m_bits.empty())
            m_bits.assign(m_size, 0);
        std::uint8_t& b = m_bits[i];
        if (b == 0)
            b = decide() ? 2 : 1;
        return b == 2;
    }

private:
    std::size_t m_size = 0;
    std::vector<std::uint8_t> m_bits;
};

} // namespace kunren
