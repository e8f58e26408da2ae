#pragma once

#include "scenario/Scenario.h"

#include <vector>

namespace kunren::burn {

// SLO arithmetic (domain-reference §1). All functions are total: a window without requests has an
// error rate of 0, and an objective of 1 (no budget) burns infinitely fast only when errors happen.

inline double errorRate(double bad, double total) { return total > 0 ? bad / total : 0.0; }
inline double budget(double slo) { return 1.0 - slo; }
double burnRate(double errorRate, double slo);
// The fastest possible burn (every request failing): 1 / (1 − SLO). A tier above it can never fire.
double maxBurnRate(double slo);
// Share of the period's budget spent by burning at `rate` for `window`: rate × window / period.
double budgetConsumed(double rate, SimDuration window, SimDuration period);
// How long the whole budget lasts at `rate`: period / rate.
SimDuration timeToExhaust(double rate, SimDuration period);

// The SRE Workbook's recommended tiers for a 30-day SLO: 14.4 (1h/5m) and 6 (6h/30m) page, 1 (3d/6h) ticket.
std::vector<BurnRateTierSpec> defaultTiers();

} // namespace kunren::burn
