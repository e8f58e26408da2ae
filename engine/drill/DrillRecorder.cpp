#include "drill/DrillRecorder.h"

#include "drill/ActionSink.h"
#include "errors/IssueState.h"
#include "session/DrillSession.h"
#include "sim/Simulator.h"

#include <cmath>
#include <exception>

namespace kunren {

DrillRecorder::DrillRecorder(Simulator& simulator, WallClock wallClock)
    : m_sim(simulator),
      m_wallClock(std::move(wallClock))
{
    DrillAction start = DrillAction::start(m_sim.now(), m_sim.scenario().id, m_sim.seed());
    start.wall = wallNow();
    m_actions.push_back(std::move(start));
}

DrillRecorder::DrillRecorder(Simulator& simulator, std::vector<DrillAction> actions, std::int64_t drillId,
                             WallClock wallClock)
    : m_sim(simulator),
      m_wallClock(std::move(wallClock)),
      m_drillId(drillId),
      m_actions(std::move(actions)),
      m_saved(m_actions.size())
{
    m_ended = !m_actions.empty() && m_actions.back().type == ActionType::DrillEnd;
}

void DrillRecorder::record(DrillAction action)
{
    if (m_ended || action.type == ActionType::DrillStart)
        return; // nothing follows drill.end; drill.start is the constructor's
    action.at = m_sim.now();
    action.wall = wallNow();
    m_ended = action.type == ActionType::DrillEnd;
    m_actions.push_back(std::move(action));
    save();
}

double DrillRecorder::wallNow() const
{
    // To the millisecond, as the log stores it: the log in memory and the stored one stay equal.
    return m_wallClock ? std::round(m_wallClock() * 1000.0) / 1000.0 : -1.0;
}

bool DrillRecorder::save()
{
    if (!m_sink)
        return true;
    try {
        if (m_drillId == 0) {
            m_drillId = m_sink->beginDrill(m_actions.front());
            m_saved = 1;
        }
        for (; m_saved < m_actions.size(); ++m_saved)
            m_sink->append(m_drillId, static_cast<std::int64_t>(m_saved) + 1, m_actions[m_saved]);
    } catch (const std::exception& e) {
        m_lastError = e.what();
        return false;
    }
    m_lastError.clear();
    return true;
}

std::size_t DrillRecorder::unsaved() const { return m_actions.size() - m_saved; }

void DrillRecorder::restartSaving()
{
    m_drillId = 0;
    m_saved = 0;
}

void DrillRecorder::ackAlert(const std::string& alert) { record(DrillAction::ackAlert(0, alert)); }
void DrillRecorder::openView(const std::string& view) { record(DrillAction::openView(0, view)); }
void DrillRecorder::runQuery(const std::string& view, const std::string& query)
{
    record(DrillAction::runQuery(0, view, query));
}
void DrillRecorder::submitHypothesis(Hypothesis hypothesis)
{
    record(DrillAction::submitHypothesis(0, std::move(hypothesis)));
}
void DrillRecorder::addNote(const std::string& text) { record(DrillAction::addNote(0, text)); }
void DrillRecorder::setSpeed(double speed) { record(DrillAction::setSpeed(0, speed)); }
void DrillRecorder::pauseClock() { record(DrillAction::pauseClock(0)); }
void DrillRecorder::resumeClock(double pausedWallSeconds) { record(DrillAction::resumeClock(0, pausedWallSeconds)); }
void DrillRecorder::jumped(SimTime from) { record(DrillAction::jump(0, from)); }
void DrillRecorder::end(const std::string& reason) { record(DrillAction::end(0, reason)); }

std::optional<std::string> DrillRecorder::takeHint(int index)
{
    const auto& hints = m_sim.scenario().hints;
    if (index < 0 || static_cast<std::size_t>(index) >= hints.size() ||
        hints[static_cast<std::size_t>(index)].after > m_sim.now() || m_ended)
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

std::unique_ptr<Simulator> replayToLastAction(std::shared_ptr<const Scenario> scenario,
                                              const std::vector<DrillAction>& actions)
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

void applyLoggedAction(DrillSession& session, const DrillAction& action)
{
    if (action.type == ActionType::MitigationApply)
        session.simulator().applyMitigation(
            {mitigationKindFromString(action.action).value_or(MitigationKind::None), action.target});
    else if (action.type == ActionType::AlertAck)
        session.acknowledge(action.alert, action.at);
    else if (action.type == ActionType::IssueTransition) {
        if (const auto to = issueStateFromString(action.state))
            session.transitionIssue(action.issue, *to, action.at);
    }
}

void replayToLastAction(DrillSession& session, const std::vector<DrillAction>& actions)
{
    for (const DrillAction& a : actions) {
        session.runUntil(a.at);
        applyLoggedAction(session, a);
    }
}

} // namespace kunren
