#pragma once

#include "core/Time.h"

#include <cstddef>
#include <vector>

namespace kunren {

class Rng;
struct EndpointBaseline;
struct Scenario;

// Good and bad request counts per simulated minute, from `reach` before the drill started up to the
// last minute recorded, with prefix sums so any window's totals cost two lookups.
class RequestHistory
{
public:
    explicit RequestHistory(SimDuration reach);

    SimTime earliest() const { return -m_reachMinutes * kMinute; }
    SimTime end() const; // end of the last recorded minute

    // Appends the next minute's counts (minutes must come in order, without gaps).
    void append(double total, double bad);
    // Totals of the minutes inside [from, to) (clamped to what is recorded).
    double total(SimTime from, SimTime to) const { return sum(m_total, from, to); }
    double bad(SimTime from, SimTime to) const { return sum(m_bad, from, to); }

    // Fills the minutes before the drill from the endpoints' baselines: Poisson request counts following
    // the daily pattern, binomial-like failures. Then spends `budgetSpentBefore` of the `budget`
    // (1 − SLO) over the whole reach, as a past incident, if normal failures spent less.
    //
    // The service met its objective before the drill: when the baseline failure rate would burn more than
    // `maxNormalBurn` of the budget, the history's failures are capped there (the drill itself still shows
    // the topology's real rate). Returns the uncapped normal burn rate, so the caller can say so.
    double warmUp(const Scenario& scenario, const std::vector<const EndpointBaseline*>& endpoints, Rng& rng,
                  double budget, double budgetSpentBefore, double maxNormalBurn = 0.5);

private:
    double sum(const std::vector<double>& prefix, SimTime from, SimTime to) const;

    std::int64_t m_reachMinutes;
    std::vector<double> m_total{0.0}, m_bad{0.0}; // prefix sums; [k] = sum of the first k minutes
};

} // namespace kunren
