#pragma once

// The trainee's side of a running drill, for the app: stamps each action with the simulation's current
// time, applies mitigations to the simulation, keeps the log and (optionally) writes every action to the
// database as it happens. Call it on the thread that steps the Simulator (the GUI's drill worker).

#include "drill/DrillAction.h"
#include "sim/Mitigation.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace kunren {

class DrillDatabase;
class DrillSession;
class Simulator;
struct Scenario;

class DrillRecorder
{
public:
    // Starts a new drill: logs drill.start (and creates the drill row when `db` is given).
    DrillRecorder(Simulator& simulator, DrillDatabase* db = nullptr, std::int64_t traineeId = 0);
    // Continues an interrupted drill whose log is `actions` (stored as `drillId`): `simulator` must have
    // been brought to the log's end with replayToLastAction().
    DrillRecorder(Simulator& simulator, std::vector<DrillAction> actions, DrillDatabase* db, std::int64_t drillId);

    void ackAlert(const std::string& alert);
    void openView(const std::string& view);
    void runQuery(const std::string& view, const std::string& query);
    // Reveals hint `index` if the scenario has it and its time has come; returns its English text.
    std::optional<std::string> takeHint(int index);
    void submitHypothesis(Hypothesis hypothesis);
    MitigationResult applyMitigation(MitigationKind kind, const std::string& target);
    void addNote(const std::string& text);
    void end(const std::string& reason = {});

    bool ended() const { return m_ended; }
    const std::vector<DrillAction>& actions() const { return m_actions; }
    std::int64_t drillId() const { return m_drillId; } // 0 without a database

private:
    void record(DrillAction action);

    Simulator& m_sim;
    DrillDatabase* m_db = nullptr;
    std::int64_t m_drillId = 0;
    std::vector<DrillAction> m_actions;
    bool m_ended = false;
};

// A fresh simulator brought to the last action of `actions`, with every logged mitigation applied at its
// time: how an interrupted drill resumes where it stopped.
std::unique_ptr<Simulator> replayToLastAction(std::shared_ptr<const Scenario> scenario,
                                              const std::vector<DrillAction>& actions);
// The same on a whole drill session (a fresh one, seeded from the log's drill.start), so monitors and
// error tracking resume too: logged acknowledgements are replayed at their times as well.
void replayToLastAction(DrillSession& session, const std::vector<DrillAction>& actions);

} // namespace kunren
