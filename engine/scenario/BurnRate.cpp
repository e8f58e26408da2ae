#include "scenario/BurnRate.h"

#include <limits>

namespace kunren::burn {

double burnRate(double er, double slo)
{
    const double b = budget(slo);
    if (b <= 0)
        return er > 0 ? std::numeric_limits<double>::infinity() : 0.0;
    return er / b;
}

double maxBurnRate(double slo) { return burnRate(1.0, slo); }

double budgetConsumed(double rate, SimDuration window, SimDuration period)
{
    return period > 0 ? rate * static_cast<double>(window) / static_cast<double>(period) : 0.0;
}

SimDuration timeToExhaust(double rate, SimDuration period)
{
    if (rate <= 0)
        return std::numeric_limits<SimDuration>::max();
    return static_cast<SimDuration>(static_cast<double>(period) / rate);
}

std::vector<BurnRateTierSpec> defaultTiers()
{
    return {
        {kHour, 5 * kMinute, 14.4, true}, {6 * kHour, 30 * kMinute, 6.0, true}, {72 * kHour, 6 * kHour, 1.0, false}};
}

} // namespace kunren::burn
