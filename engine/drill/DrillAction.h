#pragma once

#include "core/Time.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kunren {

// Every trainee action during a drill, in the order they happened. Scores and timelines are pure
// functions of the scenario and this log (docs/SCORING.md describes the JSON form).
enum class ActionType : std::uint8_t {
    DrillStart,       // drill.start: scenario id and seed, so the drill can be replayed
    AlertAck,         // alert.ack: an alert (monitor id) acknowledged
    ViewOpen,         // view.open: a tool opened (map, traces, logs, metrics, errors, events, alerts, runbook…)
    QueryRun,         // query.run: a search run in a tool
    HintTake,         // hint.take: a scenario hint revealed
    HypothesisSubmit, // hypothesis.submit: component, mechanism, trigger and evidence
    MitigationApply,  // mitigation.apply: action and target
    NoteAdd,          // note.add: a free-text note
    DrillEnd,         // drill.end: the trainee (or the app) ended the drill
    ClockSpeed,       // clock.speed: the playback speed (simulated seconds per wall-clock second) from now on
    ClockPause,       // clock.pause: the clock stopped
    ClockPlay,        // clock.play: the clock runs again after a pause (or for the first time)
    ClockJump,        // clock.jump: simulated straight here from an earlier time (`at` is where it arrived)
    IssueTransition,  // issue.transition: an error-tracking issue (by fingerprint) moved to another state
};

const char* toString(ActionType type);
std::optional<ActionType> actionTypeFromString(std::string_view s);

// An error-tracking issue's fingerprint as the log writes it (issue.transition): 16 lower-case hexadecimal
// digits, a string because JSON numbers above 2^53 do not survive most readers.
std::string fingerprintText(std::uint64_t fingerprint);
// Exactly 16 hexadecimal digits (either case); nullopt otherwise.
std::optional<std::uint64_t> fingerprintFromText(std::string_view text);

// A root-cause claim. Evidence refs name what the trainee looked at, by kind: "trace:ID", "span:TRACE/SPAN …",
// "log:…", "metric:…", "query:TEXT", "event:…", "error:…" (free text after the kind; the app writes them
// as app/models/EvidenceRefs.h says). Distinct refs count as distinct pieces of evidence.
struct Hypothesis
{
    std::string component; // a component of the topology
    std::string mechanism; // a taxonomy id (drill/Mechanism.h)
    std::string trigger;   // a scenario event id; empty = no trigger
    std::vector<std::string> evidence;

    bool operator==(const Hypothesis&) const = default;
};

// One entry of the action log. Only the fields of its type are meaningful (and written).
struct DrillAction
{
    SimTime at = 0; // simulated time (µs); "at" in seconds in JSON
    ActionType type = ActionType::NoteAdd;

    std::string scenario;     // drill.start
    std::uint64_t seed = 0;   // drill.start
    std::string alert;        // alert.ack
    std::string view;         // view.open, query.run (the tool the query ran in)
    std::string query;        // query.run
    int hint = -1;            // hint.take: index into the scenario's hints
    Hypothesis hypothesis;    // hypothesis.submit
    std::string action;       // mitigation.apply: rollback, scale-out, … (sim/Mitigation.h)
    std::string target;       // mitigation.apply
    std::string text;         // note.add; drill.end: why it ended ("resolved", "gave up", "interrupted: …");
                              // issue.transition: the issue as the trainee saw it (a label, not used to find it)
    double speed = 0;         // clock.speed
    double pausedSeconds = 0; // clock.play: wall-clock seconds the clock stood still before it
    SimTime from = 0;         // clock.jump: where the jump began
    // issue.transition: the issue's fingerprint (errors/Fingerprint.h: stable across replays of the drill, unlike
    // its id) and the state it moved to, as errors/IssueState.h names it (FOR_REVIEW, REVIEWED, RESOLVED, IGNORED).
    std::uint64_t issue = 0;
    std::string state;
    // Wall-clock seconds since the drill started, as the trainee lived them (pauses and jumps included);
    // -1 when not recorded (logs written by hand or before it was). Not simulated time: what the pace reads.
    double wall = -1;

    static DrillAction start(SimTime at, std::string scenario, std::uint64_t seed);
    static DrillAction ackAlert(SimTime at, std::string alert);
    static DrillAction openView(SimTime at, std::string view);
    static DrillAction runQuery(SimTime at, std::string view, std::string query);
    static DrillAction takeHint(SimTime at, int hint);
    static DrillAction submitHypothesis(SimTime at, Hypothesis hypothesis);
    static DrillAction applyMitigation(SimTime at, std::string action, std::string target);
    static DrillAction addNote(SimTime at, std::string text);
    static DrillAction end(SimTime at, std::string reason = {});
    static DrillAction setSpeed(SimTime at, double speed);
    static DrillAction pauseClock(SimTime at);
    static DrillAction resumeClock(SimTime at, double pausedSeconds);
    static DrillAction jump(SimTime at, SimTime from);
    static DrillAction transitionIssue(SimTime at, std::uint64_t fingerprint, std::string state,
                                       std::string title = {});

    bool operator==(const DrillAction&) const = default;
};

} // namespace kunren
