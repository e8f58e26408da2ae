#pragma once

// Re-simulates a drill from its scenario, seed and logged mitigations (and issue transitions), to learn the
// facts a score needs that the log alone does not hold: when the fault began, when the first page went out,
// how much error budget burned and when the symptoms recovered.

#include "drill/DrillAction.h"
#include "scenario/Scenario.h"
#include "sim/Mitigation.h"

#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace kunren {

class AlertEngine;

// A logged mitigation and what it did to the system when replayed.
struct ReplayedMitigation
{
    SimTime at = 0;
    MitigationRequest request;
    MitigationResult result;
};

struct ReplayFacts
{
    std::uint64_t seed = 0;
    SimTime faultStart = 0;           // t_fault: the earliest fault (0 in a no-fault drill)
    SimTime end = 0;                  // drill.end, else the scenario's duration
    std::optional<SimTime> firstPage; // t_page: the first notification on the pager, if any monitor paged
    // The SLO the budget is measured on: the scenario's first slo monitor, else its entry services at 99.9 %.
    std::string sloScope; // e.g. "checkout" or "entry services"
    double slo = 0.999;
    std::uint64_t requests = 0; // over the whole drill, on that scope
    std::uint64_t errorsSinceFault = 0;
    double baselineErrorRate = 0; // before the fault
    // Error budget burned from t_fault to the end, beyond the baseline: a fraction of a 30-day budget
    // at the drill's request rate (0.02 = 2 %).
    double budgetBurned = 0;
    std::vector<double> errorRatePerMinute; // on that scope, minute by minute (the retro's impact chart)
    std::optional<SimTime> recoveredAt;     // first minute after a mitigation that is back within the baseline
    std::vector<ReplayedMitigation> mitigations;
};

struct ReplayOptions
{
    bool applyMitigations = true; // false: the counterfactual "nobody did anything" (no mitigation, no issue triage)
};

// Deterministic: the same scenario and log always give the same facts. Seed from the log's drill.start,
// else the scenario's.
ReplayFacts replayDrill(std::shared_ptr<const Scenario> scenario, std::span<const DrillAction> actions,
                        ReplayOptions options = {});

// The first page of a drill: the earliest notification on the pager. Empty when nothing paged;
// acknowledgement is then timed from the fault start instead.
std::optional<SimTime> firstPageTime(const AlertEngine& alerts);

} // namespace kunren
