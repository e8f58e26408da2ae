#include "drill/DrillRecorder.h"

#include "alerting/DrillSession.h"
#include "sim/Simulator.h"
#include "store/DrillDatabase.h"

namespace kunren {

DrillRecorder::DrillRecorder(Simulator& simulator, DrillDatabase* db, std::int64_t traineeId)
    : m_sim(simulator), m_db(db)
{
    const DrillAction start = DrillAction::start(m_sim.now(), m_sim.scenario().id, m_sim.seed());
    if (m_db)
        m_drillId = m_db->startDrill(traineeId, start.scenario, start.seed); // writes drill.start too
    m_actions.push_back(start);
}

DrillRecorder::DrillRecorder(Simulator& simulator, std::vector<DrillAction> actions, DrillDatabase* db,
                             std::int64_t drillId)
    : m_sim(simulator), m_db(db), m_drillId(drillId), m_actions(std::move(actions))
{
    m_ended = !m_actions.empty() && m_actions.back().type == ActionType::DrillEnd;
}

void DrillRecorder::record(DrillAction action)
{
    if (m_ended)
        return; // nothing follows drill.end
    action.at = m_sim.now();
    if (m_db)
        m_db->appendAction(m_drillId, action);
    m_ended = action.type == ActionType::DrillEnd;
    m_actions.push_back(std::move(action));
}

void DrillRecorder::ackAlert(const std::string& alert) { record(DrillAction::ackAlert(0, alert)); }
void DrillRecorder::openView(const std::string& view) { record(DrillAction::openView(0, view)); }
void DrillRecorder::runQuery(const std::string& view, const std::string& query) { record(DrillAction::runQuery(0, view, query)); }
void DrillRecorder::submitHypothesis(Hypothesis hypothesis) { record(DrillAction::submitHypothesis(0, std::move(hypothesis))); }
void DrillRecorder::addNote(const std::string& text) { record(DrillAction::addNote(0, text)); }
void DrillRecorder::end(const std::string& reason) { record(DrillAction::end(0, reason)); }

std::optional<std::string> DrillRecorder::takeHint(int index)
{
    const auto& hints = m_sim.scenario().hints;
    if (index < 0 || static_cast<std::size_t>(index) >= hints.size() || hints[static_cast<std::size_t>(index)].after > m_sim.now() || m_ended)
        return std::nullopt;
    record(DrillAction::takeHint(0, index));
    return hints[static_cast<std::size_t>(index)].text.en;
}

MitigationResult DrillRecorder::applyMitigation(MitigationKind kind, const std::string& target)
{
    if (m_ended)
        return {false, "the drill has ended", m_sim.now()};
    // Logged first: if the app dies right after, the replay still applies it.
    record(DrillAction::applyMitigation(0, toString(kind), kind == MitigationKind::None ? std::string() : target));
    return m_sim.applyMitigation({kind, target});
}

std::unique_ptr<Simulator> replayToLastAction(std::shared_ptr<const Scenario> scenario, const std::vector<DrillAction>& actions)
{
    SimOptions options;
    if (!actions.empty() && actions.front().type == ActionType::DrillStart)
        options.seed = actions.front().seed;
    auto sim = std::make_unique<Simulator>(std::move(scenario), options);
    for (const DrillAction& a : actions) {
        sim->runUntil(a.at);
        if (a.type == ActionType::MitigationApply)
            sim->applyMitigation({mitigationKindFromString(a.action).value_or(MitigationKind::None), a.target});
    }
    return sim;
}

void replayToLastAction(DrillSession& session, const std::vector<DrillAction>& actions)
{
    for (const DrillAction& a : actions) {
        session.runUntil(a.at);
        if (a.type == ActionType::MitigationApply)
            session.simulator().applyMitigation({mitigationKindFromString(a.action).value_or(MitigationKind::None), a.target});
        else if (a.type == ActionType::AlertAck)
            session.acknowledge(a.alert, a.at);
    }
}

} // namespace kunren
