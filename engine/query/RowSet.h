#pragma once

#include <algorithm>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace kunren {

// A set of row numbers below a limit, as a sorted list when it is small and a bitmap otherwise: what an
// index lookup found, read back a block of rows at a time.
class RowSet
{
public:
    static constexpr std::size_t npos = static_cast<std::size_t>(-1);

    // `expected`: about how many rows will be inserted (decides the representation).
    RowSet(std::size_t limit, std::size_t expected) : m_dense(expected * 256 >= limit)
    {
        if (m_dense)
            m_bits.assign((limit + 63) / 64, 0);
    }

    // In any order; call finish() before reading.
    void insert(std::uint32_t row)
    {
        if (m_dense)
            m_bits[row >> 6] |= std::uint64_t{1} << (row & 63);
        else
            m_rows.push_back(row);
    }
    bool contains(std::uint32_t row) const
    {
        return m_dense ? (m_bits[row >> 6] >> (row & 63)) & 1 : std::binary_search(m_rows.begin(), m_rows.end(), row);
    }
    void finish()
    {
        if (!m_dense) {
            std::sort(m_rows.begin(), m_rows.end());
            m_rows.erase(std::unique(m_rows.begin(), m_rows.end()), m_rows.end());
        }
    }

    // Rows in [first, first + n); first is a multiple of 64.
    std::size_t count(std::size_t first, std::size_t n) const
    {
        if (!m_dense)
            return static_cast<std::size_t>(lower(first + n) - lower(first));
        std::size_t c = 0;
        for (std::size_t w = first / 64, end = (first + n + 63) / 64; w < end; ++w)
            c += static_cast<std::size_t>(std::popcount(m_bits[w] & wordMask(w, first + n)));
        return c;
    }
    bool any(std::size_t first, std::size_t n) const
    {
        if (!m_dense)
            return lower(first + n) != lower(first);
        for (std::size_t w = first / 64, end = (first + n + 63) / 64; w < end; ++w)
            if (m_bits[w] & wordMask(w, first + n))
                return true;
        return false;
    }
    // out[i] = active[i] && first + i is in the set, for i < n; first is a multiple of 64.
    void fill(std::size_t first, std::size_t n, const std::uint8_t* active, std::uint8_t* out) const
    {
        if (m_dense) {
            for (std::size_t i = 0; i < n; i += 64) {
                const std::uint64_t word = m_bits[(first + i) / 64];
                const std::size_t m = std::min<std::size_t>(64, n - i);
                for (std::size_t j = 0; j < m; ++j)
                    out[i + j] = active[i + j] & static_cast<std::uint8_t>((word >> j) & 1);
            }
            return;
        }
        std::fill(out, out + n, std::uint8_t{0});
        for (auto it = lower(first), end = lower(first + n); it != end; ++it)
            out[*it - first] = active[*it - first];
    }
    // The last block (of `blockSize` rows) at or before `block` holding a row of the set; npos if none.
    std::size_t lastBlockAtOrBefore(std::size_t block, std::size_t blockSize) const
    {
        if (!m_dense) {
            const auto it = lower((block + 1) * blockSize);
            return it == m_rows.begin() ? npos : *(it - 1) / blockSize;
        }
        for (std::size_t w = std::min(m_bits.size(), (block + 1) * blockSize / 64); w-- > 0;)
            if (m_bits[w])
                return w * 64 / blockSize;
        return npos;
    }

private:
    std::vector<std::uint32_t>::const_iterator lower(std::size_t row) const
    {
        return std::lower_bound(m_rows.begin(), m_rows.end(), row,
                                [](std::uint32_t r, std::size_t v) { return r < v; });
    }
    // The bits of word w that lie below `end`.
    static std::uint64_t wordMask(std::size_t w, std::size_t end)
    {
        const std::size_t bits = end - w * 64;
        return bits >= 64 ? ~std::uint64_t{0} : (std::uint64_t{1} << bits) - 1;
    }

    bool m_dense;
    std::vector<std::uint64_t> m_bits;
    std::vector<std::uint32_t> m_rows;
};

} // namespace kunren
