#include "drill/DrillReplay.h"

#include "drill/DrillRecorder.h"
#include "session/DrillSession.h"
#include "sim/Simulator.h"

#include <algorithm>
#include <set>

namespace kunren {

namespace {

constexpr double kBudgetPeriodSeconds = 30.0 * 86400.0; // SLOs are budgeted over 30 days
constexpr SimDuration kSample = kMinute;

struct Scope
{
    std::set<std::string> services;
    std::string label;
    double slo = 0.999;
};

Scope sloScope(const Scenario& sc)
{
    Scope s;
    for (const MonitorSpec& m : sc.monitors)
        if (m.type == "slo" && !m.service.empty()) {
            s.services.insert(m.service);
            s.label = m.service;
            if (m.slo > 0 && m.slo < 1)
                s.slo = m.slo;
            return s;
        }
    for (const TrafficEntry& e : sc.traffic.entries)
        s.services.insert(e.service);
    s.label = "entry services";
    return s;
}

struct Counts
{
    std::uint64_t requests = 0, errors = 0;
};

Counts countsOf(const Simulator& sim, const Scope& scope)
{
    Counts c;
    for (const ServiceTotals& t : sim.totals())
        if (scope.services.count(t.name)) {
            c.requests += t.requests;
            c.errors += t.errors;
        }
    return c;
}

double rate(const Counts& from, const Counts& to)
{
    const auto n = to.requests - from.requests;
    return n ? static_cast<double>(to.errors - from.errors) / static_cast<double>(n) : 0.0;
}

} // namespace

ReplayFacts replayDrill(std::shared_ptr<const Scenario> scenario, std::span<const DrillAction> actions,
                        ReplayOptions options)
{
    const Scenario& sc = *scenario;
    ReplayFacts facts;
    facts.seed = sc.seed;
    facts.end = sc.duration;
    for (const DrillAction& a : actions) {
        if (a.type == ActionType::DrillStart)
            facts.seed = a.seed;
        if (a.type == ActionType::DrillEnd)
            facts.end = std::min(sc.duration, a.at);
    }
    facts.faultStart = sc.faults.empty() ? 0 : sc.duration;
    for (const FaultSpec& f : sc.faults)
        facts.faultStart = std::min(facts.faultStart, f.start);
    const Scope scope = sloScope(sc);
    facts.sloScope = scope.label;
    facts.slo = scope.slo;

    SimOptions simOptions;
    simOptions.seed = facts.seed;
    DrillSession session(scenario, simOptions); // the alert engine rides along: it tells when the first page went out
    Simulator& sim = session.simulator();
    std::vector<Counts> minutes{Counts{}}; // cumulative counts at each minute boundary
    Counts atFault;
    std::size_t next = 0;
    while (sim.now() < facts.end) {
        for (; next < actions.size() && actions[next].at <= sim.now(); ++next) {
            const DrillAction& a = actions[next];
            if (!options.applyMitigations)
                continue; // nobody acted: no mitigation, no triage
            if (a.type == ActionType::IssueTransition) {
                // Error tracking as the trainee left it (nothing the facts read depends on it today).
                applyLoggedAction(session, a);
                continue;
            }
            if (a.type != ActionType::MitigationApply)
                continue;
            ReplayedMitigation m;
            m.at = sim.now();
            m.request = {mitigationKindFromString(a.action).value_or(MitigationKind::None), a.target};
            m.result = sim.applyMitigation(m.request);
            facts.mitigations.push_back(std::move(m));
        }
        if (sim.now() <= facts.faultStart && facts.faultStart < sim.now() + Simulator::kTick)
            atFault = countsOf(sim, scope);
        session.step();
        if (sim.now() % kSample == 0 || sim.now() >= facts.end)
            minutes.push_back(countsOf(sim, scope));
    }
    if (facts.faultStart >= facts.end)
        atFault = minutes.back();
    const Counts total = minutes.back();
    facts.requests = total.requests;
    facts.errorsSinceFault = total.errors - atFault.errors;
    facts.baselineErrorRate = rate(Counts{}, atFault);
    const double requestsSinceFault = static_cast<double>(total.requests - atFault.requests);
    const double excess = std::max(0.0, static_cast<double>(facts.errorsSinceFault) -
                                            facts.baselineErrorRate * requestsSinceFault);
    const double perSecond = static_cast<double>(total.requests) / std::max(1.0, toSeconds(sim.now()));
    const double allowed = (1.0 - facts.slo) * perSecond * kBudgetPeriodSeconds;
    facts.budgetBurned = allowed > 0 ? excess / allowed : 0.0;
    for (std::size_t i = 1; i < minutes.size(); ++i)
        facts.errorRatePerMinute.push_back(rate(minutes[i - 1], minutes[i]));

    // Recovered: from some minute after the first mitigation on, every minute is back near the baseline.
    const auto firstApplied = std::find_if(facts.mitigations.begin(), facts.mitigations.end(),
                                           [](const ReplayedMitigation& m) { return m.result.applied; });
    if (firstApplied != facts.mitigations.end()) {
        const double ok = facts.baselineErrorRate + 0.01;
        std::optional<std::size_t> from;
        for (std::size_t i = 0; i < facts.errorRatePerMinute.size(); ++i) {
            const SimTime minuteStart = static_cast<SimTime>(i) * kSample;
            if (facts.errorRatePerMinute[i] > ok)
                from.reset();
            else if (!from && minuteStart >= firstApplied->at)
                from = i;
        }
        if (from)
            facts.recoveredAt = static_cast<SimTime>(*from) * kSample;
    }
    session.evaluateNow();
    facts.firstPage = firstPageTime(session.alerts());
    return facts;
}

std::optional<SimTime> firstPageTime(const AlertEngine& alerts)
{
    for (const AlertNotification& n : alerts.notifications())
        if (n.channel == AlertChannel::Pager)
            return n.time; // notifications are posted in time order
    return std::nullopt;
}

} // namespace kunren
