#pragma once

// The trainee's side of a running drill, for the app: stamps each action with the simulation's current
// time, applies mitigations to the simulation, keeps the log, and saves every action to an ActionSink (the
// drills database) as it happens. Call it on the thread that steps the Simulator (the GUI's drill worker).
//
// Nothing is lost when a save fails (disk full, database locked, file gone): the action stays in the log,
// counted as unsaved, and the next save() — with the next action, or a retry — writes it, in order.

#include "drill/DrillAction.h"
#include "sim/Mitigation.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace kunren {

class ActionSink;
class DrillSession;
class Simulator;
struct Scenario;

class DrillRecorder
{
public:
    // Seconds of the trainee's own time since the drill started; stamped on each action as `wall`.
    using WallClock = std::function<double()>;

    // Starts a new drill: logs drill.start (saved by the first save()). Without a wall clock, actions carry
    // no `wall` (the pace then cannot tell the trainee's own time).
    explicit DrillRecorder(Simulator& simulator, WallClock wallClock = {});
    // Continues an interrupted drill whose log is `actions`, stored whole as `drillId`: `simulator` must have
    // been brought to the log's end with replayToLastAction().
    DrillRecorder(Simulator& simulator, std::vector<DrillAction> actions, std::int64_t drillId,
                  WallClock wallClock = {});

    // Where actions are saved (nullptr: the log stays in memory). Call save() to write what is pending.
    void setSink(ActionSink* sink) { m_sink = sink; }

    void ackAlert(const std::string& alert);
    void openView(const std::string& view);
    void runQuery(const std::string& view, const std::string& query);
    // Reveals hint `index` if the scenario has it and its time has come; returns its English text.
    std::optional<std::string> takeHint(int index);
    void submitHypothesis(Hypothesis hypothesis);
    MitigationResult applyMitigation(MitigationKind kind, const std::string& target);
    void addNote(const std::string& text);
    // The drill clock (docs/SCORING.md §1): how fast the trainee played, paused and jumped.
    void setSpeed(double speed);
    void pauseClock();
    void resumeClock(double pausedWallSeconds);
    void jumped(SimTime from);
    void end(const std::string& reason = {});

    // Logs `action` stamped with the current simulated time (its `at` is ignored) and saves. Mitigations are
    // only logged: applyMitigation() acts on the system.
    void record(DrillAction action);

    // Writes every action not yet saved, oldest first. False when a write failed: `lastError()` says why and
    // the rest stays pending for the next call. True (and nothing written) with no sink.
    bool save();
    std::size_t unsaved() const;
    // Saves everything again from drill.start as a new drill (the database the drill was in is gone).
    void restartSaving();
    const std::string& lastError() const { return m_lastError; }

    bool ended() const { return m_ended; }
    const std::vector<DrillAction>& actions() const { return m_actions; }
    std::int64_t drillId() const { return m_drillId; } // 0 until the drill's record exists

private:
    double wallNow() const;

    Simulator& m_sim;
    WallClock m_wallClock;
    ActionSink* m_sink = nullptr;
    std::int64_t m_drillId = 0;
    std::vector<DrillAction> m_actions;
    std::size_t m_saved = 0; // the first m_saved actions are in the sink
    std::string m_lastError;
    bool m_ended = false;
};

// A fresh simulator brought to the last action of `actions`, with every logged mitigation applied at its
// time: how an interrupted drill resumes where it stopped.
std::unique_ptr<Simulator> replayToLastAction(std::shared_ptr<const Scenario> scenario,
                                              const std::vector<DrillAction>& actions);
// The same on a whole drill session (a fresh one, seeded from the log's drill.start), so monitors and
// error tracking resume too: logged acknowledgements and issue transitions are replayed at their times as well.
void replayToLastAction(DrillSession& session, const std::vector<DrillAction>& actions);
// What a logged action does to the running system when it is replayed at its time: a mitigation acts, an
// acknowledgement silences its page, an issue transition moves the issue on the session's error tracking (so
// its regressions follow the trainee's resolve); every other action only records what the trainee did.
void applyLoggedAction(DrillSession& session, const DrillAction& action);

} // namespace kunren
