#pragma once

#include <cstddef>
#include <span>
#include <vector>

namespace kunren::anomaly {

// The band a value is expected in; values outside it are anomalous.
struct Band
{
    double center = 0.0;
    double halfWidth = 0.0;
    bool valid = false; // enough history to judge
    bool outside(double x) const { return valid && (x > center + halfWidth || x < center - halfWidth); }
    double lower() const { return center - halfWidth; }
    double upper() const { return center + halfWidth; }
};

// Smallest robust deviation used: flat or integer series have MAD = 0 and would otherwise flag any
// change at all (infinite z). The floor is relative to the level, plus a tiny absolute part so an
// all-zero series still has a band — one error on a series that is always 0 stays anomalous, the
// classic low-traffic false positive.
double deviationFloor(double center);

// Robust band (domain-reference §2): median ± k · (1.4826 · MAD), MAD floored. Needs `minPoints`.
// Values that are NaN (no data) are skipped.
Band robustBand(std::span<const double> baseline, double k, std::size_t minPoints = 10);

// Like robustBand, but the deviation is estimated from minute-to-minute changes (1.4826 · MAD of the
// differences / √2): the noise of the series, not its trend. A trending baseline then does not widen
// the band, so a lagging median flags a steady ramp — the daily-peak false positive of 'basic'.
Band lagBand(std::span<const double> baseline, double k, std::size_t minPoints = 10);

// Exponentially weighted mean and variance: an adaptive band that follows level shifts within a few
// half-lives — which is why, after a long anomaly, it flags the return to normal (Datadog 'agile').
class Ewma
{
public:
    explicit Ewma(double alpha = 0.05) : m_alpha(alpha) {}
    Band band(double k) const;
    void add(double x);
    std::size_t count() const { return m_n; }

private:
    double m_alpha;
    double m_mean = 0.0, m_var = 0.0;
    std::size_t m_n = 0;
};

// Median of the non-NaN values (0 when there are none). Reorders a copy, not the input.
double median(std::span<const double> values);

} // namespace kunren::anomaly
