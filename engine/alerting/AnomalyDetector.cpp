#include "alerting/AnomalyDetector.h"

#include <algorithm>
#include <cmath>

namespace kunren::anomaly {

namespace {

double medianInPlace(std::vector<double>& v)
{
    if (v.empty())
        return 0.0;
    const std::size_t mid = v.size() / 2;
    std::nth_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(mid), v.end());
    const double hi = v[mid];
    if (v.size() % 2)
        return hi;
    const double lo = *std::max_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(mid));
    return (lo + hi) / 2.0;
}

} // namespace

double deviationFloor(double center) { return 1e-9 + 0.01 * std::fabs(center); }

double median(std::span<const double> values)
{
    std::vector<double> v;
    v.reserve(values.size());
    for (double x : values)
        if (!std::isnan(x))
            v.push_back(x);
    return medianInPlace(v);
}

Band robustBand(std::span<const double> baseline, double k, std::size_t minPoints)
{
    std::vector<double> v;
    v.reserve(baseline.size());
    for (double x : baseline)
        if (!std::isnan(x))
            v.push_back(x);
    Band b;
    if (v.size() < minPoints)
        return b;
    b.center = medianInPlace(v);
    for (double& x : v)
        x = std::fabs(x - b.center);
    const double mad = medianInPlace(v);
    b.halfWidth = k * std::max(1.4826 * mad, deviationFloor(b.center));
    b.valid = true;
    return b;
}

Band lagBand(std::span<const double> baseline, double k, std::size_t minPoints)
{
    std::vector<double> v, diffs;
    double previous = std::nan("");
    for (double x : baseline) {
        if (std::isnan(x))
            continue;
        v.push_back(x);
        if (!std::isnan(previous))
            diffs.push_back(x - previous);
        previous = x;
    }
    Band b;
    if (v.size() < minPoints)
        return b;
    b.center = medianInPlace(v);
    const double centre = medianInPlace(diffs);
    for (double& d : diffs)
        d = std::fabs(d - centre);
    const double mad = medianInPlace(diffs) / std::sqrt(2.0);
    b.halfWidth = k * std::max(1.4826 * mad, deviationFloor(b.center));
    b.valid = true;
    return b;
}

Band Ewma::band(double k) const
{
    Band b;
    b.center = m_mean;
    b.halfWidth = k * std::max(std::sqrt(m_var), deviationFloor(m_mean));
    b.valid = m_n >= 10;
    return b;
}

void Ewma::add(double x)
{
    if (std::isnan(x))
        return;
    if (m_n++ == 0) {
        m_mean = x;
        m_var = 0.0;
        return;
    }
    const double d = x - m_mean;
    m_mean += m_alpha * d;
    m_var = (1.0 - m_alpha) * (m_var + m_alpha * d * d);
}

} // namespace kunren::anomaly
