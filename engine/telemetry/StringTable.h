#pragma once

#include "telemetry/ChunkedColumn.h"
#include "telemetry/TrigramSignature.h"

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace kunren {

using StringId = std::uint32_t;
constexpr StringId kNoString = 0; // id 0 is always the empty string

// Interns strings: each distinct string is stored once and named by a dense id.
//
// One writer interns; readers may resolve any id they obtained from published telemetry rows.
// Characters live in append-only arena blocks, so views handed out stay valid for the table's life.
class StringTable
{
public:
    StringTable();
    StringTable(const StringTable&) = delete;
    StringTable& operator=(const StringTable&) = delete;

    // Writer only.
    StringId intern(std::string_view s);
    // Writer only: the id of s if it was interned, else kNoString.
    StringId find(std::string_view s) const;

    // Any thread.
    std::string_view view(StringId id) const { return m_views[id]; }
    std::size_t size() const { return m_count.load(std::memory_order_acquire); }
    // The string's trigramSignature, for substring searches that test every string.
    std::uint64_t signature(StringId id) const { return m_signatures[id]; }
    // fn(id) for every string id in [1, count) whose signature may hold a needle of signature `needle`
    // (see mayHold); the signatures are read a chunk at a time, a tight loop over contiguous words.
    template <typename Fn> void forEachMayHold(std::uint64_t needle, std::size_t count, Fn&& fn) const
    {
        constexpr std::size_t chunk = decltype(m_signatures)::kChunkSize;
        for (std::size_t first = 0; first < count; first += chunk) {
            const std::uint64_t* signatures = m_signatures.chunkOf(first);
            for (std::size_t i = first == 0 ? 1 : 0, n = std::min(chunk, count - first); i < n; ++i)
                if (mayHold(signatures[i], needle))
                    fn(static_cast<StringId>(first + i));
        }
    }
    std::size_t bytesUsed() const;

private:
    struct Hash
    {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };
    std::string_view store(std::string_view s);

    ChunkedColumn<std::string_view, 12> m_views;
    ChunkedColumn<std::uint64_t, 12> m_signatures;
    std::unordered_map<std::string_view, StringId, Hash, std::equal_to<>> m_ids;
    std::vector<std::unique_ptr<char[]>> m_blocks; // writer-only bookkeeping; views point into these
    std::size_t m_blockUsed = 0;
    std::size_t m_blockSize = 0;
    std::size_t m_arenaBytes = 0;
    std::atomic<std::size_t> m_count{0};
};

} // namespace kunren
