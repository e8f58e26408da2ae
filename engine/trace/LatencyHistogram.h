#pragma once

#include <array>
#include <bit>
#include <cstdint>

namespace kunren {

// Weighted latency distribution in log-linear buckets (16 per power of two, ≤ 3 % relative error), so a
// map over millions of spans needs no per-span storage and no sort. Values are µs.
class LatencyHistogram
{
public:
    static constexpr int kSubBits = 4;
    static constexpr int kSub = 1 << kSubBits;
    static constexpr int kBuckets = 33 * kSub;

    void add(std::uint32_t us, double weight)
    {
        m_weights[static_cast<std::size_t>(bucketOf(us))] += weight;
        m_total += weight;
    }
    double total() const { return m_total; }

    // The value below which a fraction q of the weight lies (bucket midpoint); 0 when empty.
    double quantileUs(double q) const
    {
        if (m_total <= 0.0)
            return 0.0;
        const double target = q * m_total;
        double seen = 0.0;
        for (int b = 0; b < kBuckets; ++b) {
            seen += m_weights[static_cast<std::size_t>(b)];
            if (seen >= target && m_weights[static_cast<std::size_t>(b)] > 0.0)
                return 0.5 * (lowerBound(b) + lowerBound(b + 1));
        }
        return lowerBound(kBuckets - 1);
    }

    static int bucketOf(std::uint32_t us)
    {
        if (us < static_cast<std::uint32_t>(kSub))
            return static_cast<int>(us);
        const int e = std::bit_width(us) - 1; // us in [2^e, 2^(e+1))
        const int sub = static_cast<int>((us >> (e - kSubBits)) & (kSub - 1));
        return (e - kSubBits + 1) * kSub + sub;
    }
    static double lowerBound(int bucket)
    {
        if (bucket < kSub)
            return bucket;
        const int e = bucket / kSub + kSubBits - 1;
        const int sub = bucket % kSub;
        return static_cast<double>(std::uint64_t{1} << e) * (1.0 + static_cast<double>(sub) / kSub);
    }

private:
    std::array<double, kBuckets> m_weights{};
    double m_total = 0.0;
};

} // namespace kunren
