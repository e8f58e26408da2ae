#include "drill/DrillScore.h"

#include "core/Duration.h"
#include "drill/TopologyNeighbours.h"
#include "sim/Mitigation.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace kunren {

namespace {

constexpr double kAckPoints = 10, kRootCausePoints = 30, kMitigationPoints = 25, kBudgetPoints = 15,
                 kTriggerPoints = 10, kEvidencePoints = 10;
constexpr double kWrongHypothesisCost = 5, kHintCost = 5, kWrongMitigationCost = 5;
constexpr int kEvidenceForFullPoints = 3;
// Below this share of the 30-day budget (0.1 %, about 43 s of total outage) a drill puts nothing at stake.
constexpr double kNegligibleBudget = 0.001;

bool acceptedComponent(const Scenario& sc, const std::string& component)
{
    return component == sc.answer.component || std::find(sc.answer.alternatives.begin(), sc.answer.alternatives.end(),
                                                         component) != sc.answer.alternatives.end();
}

// Full points at once, a third less per target time elapsed, nothing from three targets on.
double timePoints(double max, SimDuration elapsed, SimDuration target)
{
    const double t = static_cast<double>(std::max<SimDuration>(target, kSecond));
    return max * std::clamp(1.0 - static_cast<double>(std::max<SimDuration>(elapsed, 0)) / (3.0 * t), 0.0, 1.0);
}

std::string since(SimTime at, SimTime from) { return formatDuration(std::max<SimDuration>(0, at - from)); }

bool rightMitigation(const Scenario& sc, const DrillAction& a)
{
    const std::string& right = sc.answer.mitigation.empty() ? std::string("none") : sc.answer.mitigation;
    if (a.action != right)
        return false;
    return right == "none" || acceptedComponent(sc, a.target);
}

double round1(double v) { return std::round(v * 10.0) / 10.0; }

} // namespace

const char* toString(Verdict v)
{
    switch (v) {
    case Verdict::Correct: return "correct";
    case Verdict::RightComponentWrongMechanism: return "right-component-wrong-mechanism";
    case Verdict::Neighbour: return "neighbour";
    case Verdict::NeighbourWrongMechanism: return "neighbour-wrong-mechanism";
    case Verdict::Wrong: return "wrong";
    case Verdict::NoHypothesis: return "no-hypothesis";
    }
    return "wrong";
}

double verdictGate(Verdict v)
{
    switch (v) {
    case Verdict::Correct: return 1.0;
    case Verdict::RightComponentWrongMechanism: return 0.5;
    case Verdict::Neighbour: return 0.4;
    case Verdict::NeighbourWrongMechanism: return 0.2;
    default: return 0.0;
    }
}

Verdict judgeHypothesis(const Scenario& sc, const Hypothesis& h)
{
    const bool mechanism = h.mechanism == sc.answer.mechanism;
    if (acceptedComponent(sc, h.component))
        return mechanism ? Verdict::Correct : Verdict::RightComponentWrongMechanism;
    if (sc.topology && areTopologyNeighbours(*sc.topology, h.component, sc.answer.component))
        return mechanism ? Verdict::Neighbour : Verdict::NeighbourWrongMechanism;
    return Verdict::Wrong;
}

DrillScore scoreDrill(const Scenario& sc, std::span<const DrillAction> actions, const ReplayFacts& replay,
                      const ReplayFacts& ifNothing)
{
    DrillScore s;
    s.faultStart = replay.faultStart;
    s.firstPage = replay.firstPage;
    s.end = replay.end;
    s.recovered = replay.recoveredAt;
    s.budgetBurned = replay.budgetBurned;
    s.budgetIfNothing = ifNothing.budgetBurned;
    s.sloScope = replay.sloScope;
    s.errorRatePerMinute = replay.errorRatePerMinute;
    s.mitigations = replay.mitigations;
    s.path = investigationPath(actions, replay.end, sc.teaches);
    s.pace = drillPace(actions, replay.end);

    std::set<std::string> evidence;
    std::set<int> hints;
    double rootCauseWall = -1;
    // Only what answers something that exists counts: an acknowledgement of a page that fired (or, when nothing
    // paged, one after the fault began), a hypothesis once the fault has begun. Earlier ones are guesses.
    const SimTime ackableFrom = replay.firstPage.value_or(replay.faultStart);
    for (const DrillAction& a : actions) {
        switch (a.type) {
        case ActionType::AlertAck:
            if (!s.acknowledged && a.at >= ackableFrom)
                s.acknowledged = a.at;
            break;
        case ActionType::HintTake: hints.insert(a.hint); break;
        case ActionType::HypothesisSubmit: {
            if (a.at < replay.faultStart) {
                ++s.guesses; // before there was anything to see: not a diagnosis, never the final answer
                break;
            }
            const Verdict v = judgeHypothesis(sc, a.hypothesis);
            s.finalHypothesis = a.hypothesis;
            if (v == Verdict::Correct && !s.rootCause) {
                s.rootCause = a.at;
                rootCauseWall = a.wall;
            }
            if (v != Verdict::Correct)
                ++s.wrongHypotheses;
            if (v == Verdict::Correct || v == Verdict::RightComponentWrongMechanism)
                evidence.insert(a.hypothesis.evidence.begin(), a.hypothesis.evidence.end());
            break;
        }
        case ActionType::MitigationApply:
            if (rightMitigation(sc, a)) {
                if (!s.mitigated)
                    s.mitigated = a.at;
            } else if (a.action != "none") {
                ++s.wrongMitigations;
            }
            break;
        default: break;
        }
    }
    if (const auto faultWall = s.pace.wallWhenReached(s.faultStart); faultWall && rootCauseWall >= 0)
        s.ownSecondsToRootCause = std::max(0.0, rootCauseWall - *faultWall);
    s.hintsTaken = static_cast<int>(hints.size());
    s.evidenceCited = static_cast<int>(evidence.size());
    s.verdict = s.finalHypothesis ? judgeHypothesis(sc, *s.finalHypothesis) : Verdict::NoHypothesis;
    s.gate = verdictGate(s.verdict);
    // A drill whose answer is "do nothing" is mitigated by the diagnosis, unless the trainee changed things.
    const bool rightIsNone = sc.answer.mitigation.empty() || sc.answer.mitigation == "none";
    if (rightIsNone && !s.mitigated && s.wrongMitigations == 0 && s.rootCause)
        s.mitigated = s.rootCause;

    const SimTime t0 = s.faultStart;
    // Acknowledgement is timed from the first page when the alert engine reports one, else from the fault.
    const SimTime ackFrom = s.firstPage.value_or(t0);
    const std::string ackFromName = s.firstPage ? "the first page" : "the fault";
    s.earned.push_back({"ack", "Time to acknowledge",
                        s.acknowledged ? timePoints(kAckPoints, *s.acknowledged - ackFrom, sc.targets.detect) : 0.0,
                        kAckPoints,
                        s.acknowledged ? "acknowledged " + since(*s.acknowledged, ackFrom) + " after " + ackFromName +
                                             " (target " + formatDuration(sc.targets.detect) + ")"
                                       : "no alert acknowledged"});
    s.earned.push_back({"root-cause", "Time to root cause",
                        s.rootCause ? timePoints(kRootCausePoints, *s.rootCause - t0, sc.targets.rootCause) : 0.0,
                        kRootCausePoints,
                        s.rootCause ? "correct hypothesis " + since(*s.rootCause, t0) + " after the fault (target " +
                                          formatDuration(sc.targets.rootCause) + ")"
                                    : "no correct hypothesis"});
    s.earned.push_back({"mitigation", "Time to mitigation",
                        s.mitigated ? timePoints(kMitigationPoints, *s.mitigated - t0, sc.targets.mitigate) : 0.0,
                        kMitigationPoints,
                        s.mitigated ? "right mitigation " + since(*s.mitigated, t0) + " after the fault (target " +
                                          formatDuration(sc.targets.mitigate) + ")"
                                    : "the right mitigation was not applied"});
    // Budget saved, against what doing nothing would have burned. When that is negligible (background errors)
    // the drill put nothing at stake: full points unless the trainee's actions burned budget themselves. The
    // same formula covers both, so a drill that burns 0.00005 and one that burns 0 score alike.
    const double budgetShare = std::clamp(1.0 - s.budgetBurned / std::max(s.budgetIfNothing, kNegligibleBudget), 0.0,
                                          1.0);
    char budget[160];
    std::snprintf(budget, sizeof budget, "%.2f %% of the 30-day budget burned; %.2f %% had nobody acted",
                  100.0 * s.budgetBurned, 100.0 * s.budgetIfNothing);
    s.earned.push_back({"error-budget", "Error budget saved", kBudgetPoints * budgetShare, kBudgetPoints, budget});
    const bool namedTrigger = s.finalHypothesis && acceptedComponent(sc, s.finalHypothesis->component) &&
                              s.finalHypothesis->trigger == sc.answer.trigger;
    s.earned.push_back({"trigger", "Trigger identified", namedTrigger ? kTriggerPoints : 0.0, kTriggerPoints,
                        sc.answer.trigger.empty()
                            ? (namedTrigger ? "correctly named no trigger event" : "no trigger event to name")
                            : (namedTrigger ? "named the triggering event" : "trigger not identified")});
    s.earned.push_back({"evidence", "Evidence cited",
                        kEvidencePoints * std::min(1.0, static_cast<double>(s.evidenceCited) / kEvidenceForFullPoints),
                        kEvidencePoints,
                        std::to_string(s.evidenceCited) + (s.evidenceCited == 1 ? " piece" : " pieces") +
                            " of evidence on hypotheses about the right component"});
    if (s.wrongHypotheses)
        s.penalties.push_back(
            {"wrong-hypotheses", "Wrong hypotheses", kWrongHypothesisCost * s.wrongHypotheses, 0,
             std::to_string(s.wrongHypotheses) + " × " + std::to_string(static_cast<int>(kWrongHypothesisCost))});
    if (s.guesses)
        s.penalties.push_back({"guesses", "Guesses before the fault", kWrongHypothesisCost * s.guesses, 0,
                               std::to_string(s.guesses) + " × " +
                                   std::to_string(static_cast<int>(kWrongHypothesisCost)) +
                                   " (declared before there was anything to see)"});
    if (s.hintsTaken)
        s.penalties.push_back({"hints", "Hints taken", kHintCost * s.hintsTaken, 0,
                               std::to_string(s.hintsTaken) + " × " + std::to_string(static_cast<int>(kHintCost))});
    if (s.wrongMitigations)
        s.penalties.push_back(
            {"wrong-mitigations", "Wrong or risky mitigations", kWrongMitigationCost * s.wrongMitigations, 0,
             std::to_string(s.wrongMitigations) + " × " + std::to_string(static_cast<int>(kWrongMitigationCost))});
    double earned = 0, lost = 0;
    for (const ScoreLine& l : s.earned)
        earned += l.points;
    for (const ScoreLine& l : s.penalties)
        lost += l.points;
    s.total = round1(std::max(0.0, s.gate * earned - lost));
    return s;
}

DrillScore scoreDrill(std::shared_ptr<const Scenario> scenario, std::span<const DrillAction> actions)
{
    const ReplayFacts replay = replayDrill(scenario, actions);
    ReplayOptions nothing;
    nothing.applyMitigations = false;
    const ReplayFacts ifNothing = replayDrill(scenario, actions, nothing);
    return scoreDrill(*scenario, actions, replay, ifNothing);
}

namespace {

nlohmann::ordered_json seconds(const std::optional<SimTime>& t)
{
    return t ? nlohmann::ordered_json(toSeconds(*t)) : nlohmann::ordered_json(nullptr);
}

nlohmann::ordered_json lines(const std::vector<ScoreLine>& ls)
{
    auto out = nlohmann::ordered_json::array();
    for (const ScoreLine& l : ls) {
        nlohmann::ordered_json j;
        j["id"] = l.id;
        j["label"] = l.label;
        j["points"] = round1(l.points);
        if (l.max > 0)
            j["max"] = l.max;
        j["detail"] = l.detail;
        out.push_back(std::move(j));
    }
    return out;
}

} // namespace

nlohmann::ordered_json scoreToJson(const DrillScore& s)
{
    using J = nlohmann::ordered_json;
    J j;
    j["total"] = s.total;
    j["verdict"] = toString(s.verdict);
    j["gate"] = s.gate;
    if (s.finalHypothesis) {
        j["hypothesis"] = {{"component", s.finalHypothesis->component},
                           {"mechanism", s.finalHypothesis->mechanism},
                           {"trigger", s.finalHypothesis->trigger},
                           {"evidence", s.finalHypothesis->evidence}};
    } else {
        j["hypothesis"] = nullptr;
    }
    j["earned"] = lines(s.earned);
    j["penalties"] = lines(s.penalties);
    J t;
    t["fault"] = toSeconds(s.faultStart);
    t["firstPage"] = seconds(s.firstPage);
    t["acknowledged"] = seconds(s.acknowledged);
    t["rootCause"] = seconds(s.rootCause);
    t["mitigated"] = seconds(s.mitigated);
    t["recovered"] = seconds(s.recovered);
    t["end"] = toSeconds(s.end);
    j["times"] = t;
    j["errorBudget"] = {{"scope", s.sloScope},
                        {"burned", s.budgetBurned},
                        {"ifNothingDone", s.budgetIfNothing},
                        {"errorRatePerMinute", s.errorRatePerMinute}};
    j["counts"] = {{"wrongHypotheses", s.wrongHypotheses},
                   {"hints", s.hintsTaken},
                   {"wrongMitigations", s.wrongMitigations},
                   {"evidence", s.evidenceCited},
                   {"guesses", s.guesses}};
    auto mitigations = J::array();
    for (const ReplayedMitigation& m : s.mitigations)
        mitigations.push_back({{"at", toSeconds(m.at)},
                               {"action", toString(m.request.kind)},
                               {"target", m.request.target},
                               {"applied", m.result.applied},
                               {"result", m.result.summary}});
    j["mitigations"] = mitigations;
    J path;
    auto tools = J::array();
    for (const ToolUse& t2 : s.path.tools)
        tools.push_back({{"view", t2.view},
                         {"opens", t2.opens},
                         {"seconds", toSeconds(t2.time)},
                         {"queries", t2.queries},
                         {"firstOpened", toSeconds(t2.firstOpened)}});
    path["tools"] = tools;
    auto queries = J::array();
    for (const QueryRecord& q : s.path.queries)
        queries.push_back({{"at", toSeconds(q.at)}, {"view", q.view}, {"query", q.query}});
    path["queries"] = queries;
    path["hints"] = s.path.hints;
    path["taughtButUnused"] = s.path.taughtButUnused;
    j["investigation"] = path;
    if (s.pace.known) {
        J pace;
        auto speeds = J::array();
        for (const DrillPace::Share& share : s.pace.speeds)
            speeds.push_back({{"speed", share.speed}, {"seconds", toSeconds(share.played)}});
        pace["speeds"] = speeds;
        pace["pauses"] = s.pace.pauses;
        pace["pausedSeconds"] = s.pace.pausedSeconds;
        pace["jumps"] = s.pace.jumps;
        pace["jumpedSeconds"] = toSeconds(s.pace.jumped);
        pace["realTime"] = s.pace.realTime();
        // The trainee's own time from the fault to the root cause: what compares across paces.
        pace["wallSecondsToRootCause"] = s.ownSecondsToRootCause ? J(std::round(*s.ownSecondsToRootCause * 10.0) / 10.0)
                                                                 : J(nullptr);
        j["pace"] = pace;
    }
    return j;
}

} // namespace kunren
