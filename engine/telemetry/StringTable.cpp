#include "telemetry/StringTable.h"

#include "telemetry/TrigramSignature.h"

#include <algorithm>
#include <cstring>

namespace kunren {

namespace {
constexpr std::size_t kArenaBlock = 256 * 1024;
}

StringTable::StringTable()
{
    m_views.push_back(std::string_view{});
    m_signatures.push_back(0);
    m_ids.emplace(std::string_view{}, kNoString);
    m_count.store(1, std::memory_order_release);
}

std::string_view StringTable::store(std::string_view s)
{
    if (s.empty())
        return {};
    if (m_blocks.empty() || m_blockUsed + s.size() > m_blockSize) {
        m_blockSize = std::max(kArenaBlock, s.size());
        m_blocks.push_back(std::make_unique<char[]>(m_blockSize));
        m_blockUsed = 0;
        m_arenaBytes += m_blockSize;
    }
    char* dst = m_blocks.back().get() + m_blockUsed;
    std::memcpy(dst, s.data(), s.size());
    m_blockUsed += s.size();
    return {dst, s.size()};
}

StringId StringTable::intern(std::string_view s)
{
    if (auto it = m_ids.find(s); it != m_ids.end())
        return it->second;
    const auto id = static_cast<StringId>(m_views.size());
    const std::string_view stored = store(s);
    m_views.push_back(stored);
    m_signatures.push_back(trigramSignature(stored));
    m_ids.emplace(stored, id);
    m_count.store(m_views.size(), std::memory_order_release);
    return id;
}

StringId StringTable::find(std::string_view s) const
{
    const auto it = m_ids.find(s);
    return it == m_ids.end() ? kNoString : it->second;
}

std::size_t StringTable::bytesUsed() const
{
    // Arena + views + a rough figure for the hash index (node + bucket per entry).
    return m_arenaBytes + m_views.bytesReserved() + m_signatures.bytesReserved() +
           m_ids.size() * (sizeof(void*) * 2 + sizeof(std::string_view) + 8);
}

} // namespace kunren
