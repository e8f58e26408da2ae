#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

namespace kunren {

// Counts and estimated counts per key of a dimension. While every block so far weighed the same (logs
// always weigh 1), only counts are kept; the estimates are counts × that weight. Counts are kept in four
// lanes, a row's lane by its position, so runs of rows with one key (most logs are info) do not wait on
// each other's increments of the same counter.
class FacetCounts
{
public:
    // Adds the rows of a block whose mask byte is 1. `rowWeights` null: each weighs `blockWeight`.
    void add(const std::uint32_t* keys, const std::uint8_t* mask, std::size_t n, std::size_t keyCount,
             double blockWeight, const double* rowWeights)
    {
        if (m_size < keyCount)
            grow(keyCount);
        if (!rowWeights && m_weight.empty() && (!m_uniform || *m_uniform == blockWeight)) {
            m_uniform = blockWeight;
            std::uint64_t* lanes[kLanes];
            for (std::size_t l = 0; l < kLanes; ++l)
                lanes[l] = m_lanes[l].data();
            std::size_t i = 0;
            for (; i + kLanes <= n; i += kLanes)
                for (std::size_t l = 0; l < kLanes; ++l)
                    lanes[l][keys[i + l]] += mask[i + l];
            for (; i < n; ++i)
                lanes[0][keys[i]] += mask[i];
            return;
        }
        if (m_weight.empty()) {
            m_weight.resize(m_size);
            for (std::size_t k = 0; k < m_size; ++k)
                m_weight[k] = static_cast<double>(count(k)) * m_uniform.value_or(0.0);
        }
        for (std::size_t i = 0; i < n; ++i) {
            if (!mask[i])
                continue;
            ++m_lanes[0][keys[i]];
            m_weight[keys[i]] += rowWeights ? rowWeights[i] : blockWeight;
        }
    }
    std::size_t size() const { return m_size; }
    std::uint64_t count(std::size_t key) const
    {
        std::uint64_t sum = 0;
        for (const auto& lane : m_lanes)
            sum += lane[key];
        return sum;
    }
    double weight(std::size_t key) const
    {
        return m_weight.empty() ? static_cast<double>(count(key)) * m_uniform.value_or(0.0) : m_weight[key];
    }

private:
    static constexpr std::size_t kLanes = 4;
    void grow(std::size_t size)
    {
        m_size = size;
        for (auto& lane : m_lanes)
            lane.resize(size);
        if (!m_weight.empty())
            m_weight.resize(size);
    }

    std::size_t m_size = 0;
    std::array<std::vector<std::uint64_t>, kLanes> m_lanes;
    std::vector<double> m_weight; // empty while every block weighed *m_uniform
    std::optional<double> m_uniform;
};

} // namespace kunren
