#pragma once

#include <cmath>
#include <cstdint>
#include <string_view>

namespace kunren {

// xoshiro256** seeded through splitmix64: fast, good quality, and identical on every platform —
// unlike std::normal_distribution & co., whose output the standard leaves to each library.
class Rng
{
public:
    Rng() : Rng(0) {}
    explicit Rng(std::uint64_t seed)
    {
        for (auto& s : m_state)
            s = splitmix(seed);
    }

    // A stream for one entity (a service, a traffic entry, a pod fleet): depends only on the drill's
    // seed and the entity's name, so adding an entity never reshuffles the others.
    static Rng forEntity(std::uint64_t seed, std::string_view entity)
    {
        std::uint64_t h = 0xcbf29ce484222325ull; // FNV-1a
        for (unsigned char c : entity)
            h = (h ^ c) * 0x100000001b3ull;
        return Rng(seed ^ (h * 0x9E3779B97F4A7C15ull));
    }

    std::uint64_t next()
    {
        const std::uint64_t result = rotl(m_state[1] * 5, 7) * 9;
        const std::uint64_t t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotl(m_state[3], 45);
        return result;
    }

    // Uniform in [0, 1).
    double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    bool chance(double p) { return p > 0.0 && (p >= 1.0 || uniform() < p); }
    // Uniform integer in [0, n).
    std::uint64_t below(std::uint64_t n) { return n == 0 ? 0 : next() % n; }

    double normal()
    {
        // Box–Muller; the spare value is discarded to keep the stream position easy to reason about.
        double u1 = uniform();
        if (u1 < 1e-300)
            u1 = 1e-300;
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * uniform());
    }

    // Number of events in an interval when `mean` are expected.
    std::uint32_t poisson(double mean)
    {
        if (mean <= 0.0)
            return 0;
        if (mean < 30.0) {
            const double limit = std::exp(-mean);
            double p = uniform();
            std::uint32_t k = 0;
            while (p > limit) {
                p *= uniform();
                ++k;
            }
            return k;
        }
        const double v = std::round(mean + std::sqrt(mean) * normal());
        return v < 0 ? 0 : static_cast<std::uint32_t>(v);
    }

private:
    static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    static std::uint64_t splitmix(std::uint64_t& x)
    {
        std::uint64_t z = (x += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }

    std::uint64_t m_state[4];
};

// A log-normal latency distribution fitted to a median and a 99th percentile.
struct LogNormal
{
    double mu = 0.0; // ln(median in µs)
    double sigma = 0.0;

    static LogNormal fit(double p50Us, double p99Us)
    {
        constexpr double z99 = 2.3263478740408408;
        const double p50 = p50Us > 1.0 ? p50Us : 1.0;
        const double p99 = p99Us > p50 ? p99Us : p50;
        return {std::log(p50), std::log(p99 / p50) / z99};
    }
    double sample(Rng& rng) const { return std::exp(mu + sigma * rng.normal()); }
    double mean() const { return std::exp(mu + sigma * sigma / 2.0); }
};

} // namespace kunren
