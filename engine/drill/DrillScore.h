#pragma once

// The score of a drill: a pure function of the scenario and the action log (plus the facts a
// deterministic replay of that log yields). docs/SCORING.md explains every number.

#include "drill/DrillAction.h"
#include "drill/DrillPace.h"
#include "drill/DrillReplay.h"
#include "drill/InvestigationPath.h"
#include "scenario/Scenario.h"

#include <nlohmann/json.hpp>

#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace kunren {

// How well the final hypothesis matches the answer key. The gate multiplies every earned point.
enum class Verdict : std::uint8_t {
    Correct,                      // accepted component (answer or alternative) and mechanism: × 1.0
    RightComponentWrongMechanism, // × 0.5
    Neighbour,                    // a direct topology neighbour, right mechanism: × 0.4
    NeighbourWrongMechanism,      // × 0.2
    Wrong,                        // × 0
    NoHypothesis,                 // × 0
};

const char* toString(Verdict v);
double verdictGate(Verdict v);

// One line of the breakdown.
struct ScoreLine
{
    std::string id; // ack, root-cause, mitigation, error-budget, trigger, evidence; wrong-hypotheses, guesses, hints,
                    // wrong-mitigations
    std::string label;  // English; the GUI translates by id
    double points = 0;  // earned (a penalty is positive and subtracted)
    double max = 0;     // 0 for penalties
    std::string detail; // e.g. "root cause at 9m (target 15m)"
};

struct DrillScore
{
    double total = 0; // 0–100, one decimal
    Verdict verdict = Verdict::NoHypothesis;
    double gate = 0;
    std::optional<Hypothesis> finalHypothesis;

    // Facts, in simulated time since the drill started (durations in the breakdown are since t_fault).
    SimTime faultStart = 0;              // t_fault
    std::optional<SimTime> firstPage;    // t_page (alert engine)
    std::optional<SimTime> acknowledged; // t_ack: the first alert.ack
    std::optional<SimTime> rootCause;    // t_rca: the first fully correct hypothesis
    std::optional<SimTime> mitigated;    // t_mitigate: the first right mitigation
    std::optional<SimTime> recovered;    // symptoms back near the baseline (replay)
    SimTime end = 0;
    double budgetBurned = 0;                // fraction of a 30-day error budget
    double budgetIfNothing = 0;             // the same had nobody done anything
    std::string sloScope;                   // what the budget is measured on (a service, or "entry services")
    std::vector<double> errorRatePerMinute; // on that scope, for the impact chart
    int wrongHypotheses = 0, hintsTaken = 0, wrongMitigations = 0, evidenceCited = 0;
    int guesses = 0; // hypotheses declared before the fault began (no credit, a penalty)

    std::vector<ScoreLine> earned; // before the gate
    std::vector<ScoreLine> penalties;
    InvestigationPath path;
    std::vector<ReplayedMitigation> mitigations;
    DrillPace pace; // how the clock ran: speeds, pauses, jumps (not scored, shown)
    // The trainee's own (wall-clock) seconds from the moment the drill reached t_fault to the first correct
    // hypothesis; empty without one or without wall stamps in the log.
    std::optional<double> ownSecondsToRootCause;
};

// Scores a log against the facts of its replay and of the no-mitigation counterfactual.
DrillScore scoreDrill(const Scenario& scenario, std::span<const DrillAction> actions, const ReplayFacts& replay,
                      const ReplayFacts& ifNothing);
// Replays (twice) and scores: what the CLI and the app call.
DrillScore scoreDrill(std::shared_ptr<const Scenario> scenario, std::span<const DrillAction> actions);

// The breakdown as JSON (times in simulated seconds); what `kunren-cli score` prints.
nlohmann::ordered_json scoreToJson(const DrillScore& score);

// Hypothesis matching, shared with the retrospective and history reports.
Verdict judgeHypothesis(const Scenario& scenario, const Hypothesis& h);

} // namespace kunren
