#include "alerting/RequestHistory.h"

#include "alerting/BaselineModel.h"
#include "sim/DailyPattern.h"
#include "sim/Rng.h"

#include <algorithm>

namespace kunren {

RequestHistory::RequestHistory(SimDuration reach) : m_reachMinutes((reach + kMinute - 1) / kMinute) {}

SimTime RequestHistory::end() const { return earliest() + static_cast<SimTime>(m_total.size() - 1) * kMinute; }

void RequestHistory::append(double total, double bad)
{
    m_total.push_back(m_total.back() + total);
    m_bad.push_back(m_bad.back() + std::min(bad, total));
}

double RequestHistory::sum(const std::vector<double>& prefix, SimTime from, SimTime to) const
{
    const auto clampIndex = [&](SimTime t) {
        const std::int64_t minute = (t - earliest()) / kMinute;
        return static_cast<std::size_t>(
            std::clamp<std::int64_t>(minute, 0, static_cast<std::int64_t>(prefix.size() - 1)));
    };
    const std::size_t a = clampIndex(from), b = clampIndex(to);
    return b > a ? prefix[b] - prefix[a] : 0.0;
}

double RequestHistory::warmUp(const Scenario& scenario, const std::vector<const EndpointBaseline*>& endpoints, Rng& rng,
                              double budget, double budgetSpentBefore, double maxNormalBurn)
{
    double rate = 0, failing = 0;
    for (const EndpointBaseline* e : endpoints) {
        rate += e->rate;
        failing += e->rate * e->errorProbability;
    }
    const double normalBurn = rate > 0 && budget > 0 ? failing / rate / budget : 0.0;
    const double scale = normalBurn > maxNormalBurn ? maxNormalBurn / normalBurn : 1.0;
    std::vector<double> totals, bads;
    totals.reserve(static_cast<std::size_t>(m_reachMinutes));
    double sumTotal = 0, sumBad = 0;
    for (std::int64_t m = -m_reachMinutes; m < 0; ++m) {
        const double daily = dailyTrafficFactor(scenario, m * kMinute + 30 * kSecond);
        double total = 0, bad = 0;
        for (const EndpointBaseline* e : endpoints) {
            const double n = rng.poisson(e->rate * daily * 60.0);
            total += n;
            bad += std::min(n, static_cast<double>(rng.poisson(n * e->errorProbability * scale)));
        }
        totals.push_back(total);
        bads.push_back(bad);
        sumTotal += total;
        sumBad += bad;
    }
    // A past incident spends what the scenario says was already spent, from the middle of the reach
    // onwards (well before the 3-day ticket window), failing every request until it has.
    double missing = budgetSpentBefore * budget * sumTotal - sumBad;
    for (std::size_t k = totals.size() / 2; k < totals.size() && missing > 0; ++k) {
        const double add = std::min(missing, totals[k] - bads[k]);
        bads[k] += add;
        missing -= add;
    }
    for (std::size_t k = 0; k < totals.size(); ++k)
        append(totals[k], bads[k]);
    return normalBurn;
}

} // namespace kunren
