#include "bridge/SimulationWorker.h"

#include "bridge/QtConversions.h"
#include "drill/DrillRecorder.h"
#include "store/DrillDatabase.h"

#include <QTimer>

namespace kunren::app {

namespace {
constexpr int kIntervalMs = 100;
}

SimulationWorker::SimulationWorker(std::unique_ptr<DrillSession> session) : m_session(std::move(session)) {}

SimulationWorker::~SimulationWorker()
{
    m_recorder.reset(); // before the database it writes to
}

void SimulationWorker::start()
{
    if (!m_timer) {
        m_timer = new QTimer(this);
        m_timer->setInterval(kIntervalMs);
        connect(m_timer, &QTimer::timeout, this, &SimulationWorker::onTimer);
    }
    m_timer->start();
}

void SimulationWorker::stop()
{
    if (m_timer)
        m_timer->stop();
}

void SimulationWorker::setSpeed(double speed) { m_speed = speed; }

void SimulationWorker::runUntil(qint64 simTimeUs)
{
    const SimTime target = std::min<SimTime>(simTimeUs, m_session->scenario().duration);
    if (target <= m_session->now())
        return;
    m_session->runUntil(target);
    publishAlerts();
    Q_EMIT advanced(m_session->now());
    if (m_session->finished())
        Q_EMIT finished();
}

void SimulationWorker::acknowledge(const QString& monitor)
{
    m_session->acknowledge(monitor.toStdString());
    publishAlerts();
    record(DrillAction::ackAlert(0, monitor.toStdString()));
}

void SimulationWorker::beginRecording(const DrillRecordingPlan& plan)
{
    m_recorder.reset();
    m_db.reset();
    if (!plan.dbPath.empty()) {
        DrillDatabaseOpen opened = DrillDatabase::open(plan.dbPath);
        if (opened.db)
            m_db = std::move(opened.db);
        else
            Q_EMIT recordingProblem(qs(opened.error));
    }
    try {
        if (plan.resumeDrillId > 0) {
            replayToLastAction(*m_session, plan.resumeActions);
            m_recorder = std::make_unique<DrillRecorder>(m_session->simulator(), plan.resumeActions, m_db.get(),
                                                         plan.resumeDrillId);
            publishAlerts();
            Q_EMIT advanced(m_session->now());
        } else {
            m_recorder = std::make_unique<DrillRecorder>(m_session->simulator(), m_db.get(), plan.traineeId);
        }
    } catch (const StoreError& e) {
        Q_EMIT recordingProblem(qs(e.what()));
        m_db.reset();
        m_recorder = std::make_unique<DrillRecorder>(m_session->simulator(), nullptr, 0);
    }
    Q_EMIT recordingStarted(m_recorder->drillId(), m_recorder->actions());
}

void SimulationWorker::ensureRecorder()
{
    if (!m_recorder)
        m_recorder = std::make_unique<DrillRecorder>(m_session->simulator(), nullptr, 0);
}

// Runs one recorder call. A failed database write must not lose the action or stop the drill: the
// recorder goes on in memory (same log, same drill id) and the call is repeated there.
template <typename F>
void SimulationWorker::write(F&& f)
{
    ensureRecorder();
    const std::size_t before = m_recorder->actions().size();
    try {
        f(*m_recorder);
    } catch (const StoreError& e) {
        Q_EMIT recordingProblem(qs(e.what()));
        auto memory = std::make_unique<DrillRecorder>(m_session->simulator(), m_recorder->actions(), nullptr,
                                                      m_recorder->drillId());
        m_recorder = std::move(memory);
        m_db.reset();
        f(*m_recorder);
    }
    const auto& actions = m_recorder->actions();
    for (std::size_t i = before; i < actions.size(); ++i)
        Q_EMIT actionRecorded(actions[i]);
}

void SimulationWorker::record(const DrillAction& action)
{
    switch (action.type) {
    case ActionType::DrillStart:
        return; // the recorder writes it itself
    case ActionType::AlertAck:
        write([&](DrillRecorder& r) { r.ackAlert(action.alert); });
        return;
    case ActionType::ViewOpen:
        write([&](DrillRecorder& r) { r.openView(action.view); });
        return;
    case ActionType::QueryRun:
        write([&](DrillRecorder& r) { r.runQuery(action.view, action.query); });
        return;
    case ActionType::HintTake:
        write([&](DrillRecorder& r) { r.takeHint(action.hint); });
        return;
    case ActionType::HypothesisSubmit:
        write([&](DrillRecorder& r) { r.submitHypothesis(action.hypothesis); });
        return;
    case ActionType::MitigationApply: {
        const MitigationKind kind = mitigationKindFromString(action.action).value_or(MitigationKind::None);
        std::optional<MitigationResult> result;
        write([&](DrillRecorder& r) {
            if (!result) // a retry after a failed write must not act on the system twice
                result = r.applyMitigation(kind, action.target);
        });
        publishAlerts();
        Q_EMIT mitigationApplied(result->applied, qs(result->summary));
        return;
    }
    case ActionType::NoteAdd:
        write([&](DrillRecorder& r) { r.addNote(action.text); });
        return;
    case ActionType::DrillEnd:
        write([&](DrillRecorder& r) { r.end(action.text); });
        stop();
        return;
    }
}

void SimulationWorker::publishAlerts()
{
    const AlertEngine& engine = m_session->alerts();
    const auto& transitions = engine.transitions();
    const auto& notifications = engine.notifications();
    if (transitions.size() == m_sentTransitions && notifications.size() == m_sentNotifications)
        return;
    AlertDelta delta;
    delta.transitions.assign(transitions.begin() + static_cast<std::ptrdiff_t>(m_sentTransitions), transitions.end());
    delta.notifications.assign(notifications.begin() + static_cast<std::ptrdiff_t>(m_sentNotifications), notifications.end());
    delta.states = engine.states();
    m_sentTransitions = transitions.size();
    m_sentNotifications = notifications.size();
    Q_EMIT alertsAdvanced(delta);
}

void SimulationWorker::onTimer()
{
    if (m_session->finished()) {
        stop();
        Q_EMIT finished();
        return;
    }
    m_pendingSeconds += m_speed * kIntervalMs / 1000.0;
    bool stepped = false;
    while (m_pendingSeconds >= 1.0 && !m_session->finished()) {
        m_session->step();
        m_pendingSeconds -= 1.0;
        stepped = true;
    }
    if (stepped) {
        publishAlerts();
        Q_EMIT advanced(m_session->now());
    }
}

} // namespace kunren::app
