#pragma once

#include <array>
#include <cstdint>

namespace kunren {

// Which terms a block of log rows holds, as a Bloom filter: every row's template, string arguments and
// inline ids are added as 64-bit keys. A free-text search that can only match through a few known keys (an
// error message, an order id) reads only the blocks whose filter may hold one of them. False positives
// only cost a scan; a key that was added is always found.
class BlockTermFilter
{
public:
    static constexpr std::size_t kBits = 32768; // 4 KB per block of 4096 rows: 1 byte a row
    static constexpr int kProbes = 4;

    // Keys of the three kinds never collide: templates and strings are StringIds, ids are tagged.
    static constexpr std::uint64_t stringKey(std::uint32_t stringId) { return stringId; }
    static constexpr std::uint64_t idKey(std::uint32_t payload) { return (std::uint64_t{1} << 40) | payload; }

    void clear() { m_words.fill(0); }
    void add(std::uint64_t key)
    {
        const std::uint64_t h = mix(key);
        for (int p = 0; p < kProbes; ++p) {
            const std::uint64_t bit = probe(h, p);
            m_words[bit >> 6] |= std::uint64_t{1} << (bit & 63);
        }
    }
    bool mayContain(std::uint64_t key) const
    {
        const std::uint64_t h = mix(key);
        for (int p = 0; p < kProbes; ++p) {
            const std::uint64_t bit = probe(h, p);
            if (!(m_words[bit >> 6] & (std::uint64_t{1} << (bit & 63))))
                return false;
        }
        return true;
    }

private:
    static constexpr std::uint64_t mix(std::uint64_t z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    // Double hashing from the two halves of the mixed key.
    static constexpr std::uint64_t probe(std::uint64_t h, int p)
    {
        return ((h & 0xFFFFFFFFu) + static_cast<std::uint64_t>(p) * ((h >> 32) | 1)) % kBits;
    }

    std::array<std::uint64_t, kBits / 64> m_words{};
};

} // namespace kunren
