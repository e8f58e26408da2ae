#include "bridge/SimulationWorker.h"

#include "bridge/QtConversions.h"
#include "drill/DrillRecorder.h"
#include "store/DatabaseActionSink.h"
#include "store/DrillDatabase.h"

#include <QTimer>

#include <algorithm>
#include <utility>

namespace kunren::app {

namespace {
constexpr int kIntervalMs = 100;
constexpr qint64 kSliceMs = 50;     // one slice of a jump: the longest the worker ignores its queue
constexpr int kSaveRetryMs = 3000;  // how often unsaved actions are tried again
constexpr int kBusyTimeoutMs = 250; // longer than any other writer's transaction; shorter than a stall
} // namespace

template <typename F> bool SimulationWorker::guarded(F&& f)
{
    try {
        f();
        return true;
    } catch (const std::exception& e) {
        fail(e);
        return false;
    }
}

SimulationWorker::SimulationWorker(std::shared_ptr<const Scenario> scenario, const SimOptions& options,
                                   DrillSessionFactory factory)
    : m_scenario(std::move(scenario)),
      m_options(options),
      m_factory(std::move(factory))
{
}

SimulationWorker::~SimulationWorker()
{
    if (m_recorder)
        m_recorder->save(); // a last try for anything a retry had not written yet
    m_recorder.reset();     // before the sink and the database it writes to
    m_sink.reset();
}

void SimulationWorker::build()
{
    std::unique_ptr<DrillSession> session;
    try {
        session = m_factory ? m_factory(std::move(m_scenario), m_options)
                            : std::make_unique<DrillSession>(std::move(m_scenario), m_options);
    } catch (const std::exception& e) {
        Q_EMIT buildFailed(qs(e.what()));
        return;
    }
    m_session = std::move(session);
    DrillSessionFacts facts;
    facts.telemetry = &m_session->telemetry();
    facts.monitors = m_session->alerts().monitors(); // fixed for the drill
    facts.seed = m_session->simulator().seed();
    facts.traceSampleRate = m_session->simulator().traceSampleRate();
    Q_EMIT built(facts);
}

void SimulationWorker::play()
{
    if (!m_session)
        return; // building failed: nothing to play
    if (!m_timer) {
        m_timer = new QTimer(this);
        m_timer->setInterval(kIntervalMs);
        connect(m_timer, &QTimer::timeout, this, &SimulationWorker::onTimer);
    }
    if (m_playing || m_failed)
        return;
    m_playing = true;
    m_timer->start();
    if (m_everPlayed && m_recorder)
        write([&](DrillRecorder& r) { r.resumeClock(m_pausedFor.isValid() ? m_pausedFor.elapsed() / 1000.0 : 0.0); });
    m_everPlayed = true;
}

void SimulationWorker::pause()
{
    if (m_timer)
        m_timer->stop();
    if (!m_playing)
        return;
    m_playing = false;
    m_pausedFor.start();
    if (m_recorder && !m_recorder->ended())
        write([](DrillRecorder& r) { r.pauseClock(); });
}

void SimulationWorker::setSpeed(double speed)
{
    if (speed == m_speed)
        return;
    m_speed = speed;
    if (m_recorder && !m_recorder->ended())
        write([speed](DrillRecorder& r) { r.setSpeed(speed); });
}

void SimulationWorker::jumpTo(qint64 simTimeUs)
{
    if (!m_session)
        return;
    const SimTime target = std::min<SimTime>(simTimeUs, m_session->scenario().duration);
    if (m_failed || target <= m_session->now() || (m_recorder && m_recorder->ended()))
        return;
    if (m_catchUp) {
        // Already on the way: a jump goes further; a resumed drill's replay finishes first.
        if (m_catchUp->replay.empty())
            m_catchUp->target = std::max(m_catchUp->target, target);
        return;
    }
    m_catchUp.emplace();
    m_catchUp->from = m_session->now();
    m_catchUp->target = target;
    m_catchUp->wall.start();
    QMetaObject::invokeMethod(this, &SimulationWorker::runCatchUpSlice, Qt::QueuedConnection);
}

void SimulationWorker::cancelJump()
{
    if (m_catchUp && m_catchUp->cancellable)
        finishCatchUp(true);
}

void SimulationWorker::runCatchUpSlice()
{
    if (!m_catchUp)
        return; // cancelled while this slice was queued
    CatchUp& c = *m_catchUp;
    QElapsedTimer slice;
    slice.start();
    const bool ok = guarded([&] {
        for (;;) {
            while (c.next < c.replay.size() && c.replay[c.next].at <= m_session->now())
                applyLoggedAction(*m_session, c.replay[c.next++]);
            const bool done = (m_session->now() >= c.target && c.next == c.replay.size()) || m_session->finished();
            if (done || slice.elapsed() >= kSliceMs)
                break;
            m_session->step();
        }
    });
    if (!ok)
        return; // fail() ended the catch-up
    publishAlerts();
    Q_EMIT advanced(m_session->now());
    const SimTime reached = m_session->now();
    if ((reached >= c.target && c.next == c.replay.size()) || m_session->finished()) {
        finishCatchUp(false);
        return;
    }
    // The rest at the pace so far (after the first slices, which include warming caches, it holds well).
    const double done = static_cast<double>(reached - c.from);
    const qint64 eta = done > 0 && c.wall.elapsed() >= 200
                           ? static_cast<qint64>(static_cast<double>(c.wall.elapsed()) *
                                                 static_cast<double>(c.target - reached) / done)
                           : -1;
    Q_EMIT catchUpProgress(c.from, reached, c.target, eta, c.cancellable);
    QMetaObject::invokeMethod(this, &SimulationWorker::runCatchUpSlice, Qt::QueuedConnection);
}

void SimulationWorker::finishCatchUp(bool cancelled)
{
    CatchUp c = std::move(*m_catchUp);
    m_catchUp.reset();
    const SimTime reached = m_session->now();
    if (!c.replay.empty()) {
        // A resumed drill is where it stopped: recording goes on under the same drill id.
        // The trainee's own time goes on from the last action's: the time the app was closed does not count.
        const double resumedAt = c.replay.empty() ? 0.0 : std::max(0.0, c.replay.back().wall);
        m_recorder = std::make_unique<DrillRecorder>(m_session->simulator(), std::move(c.replay), m_resumeDrillId,
                                                     wallClockFrom(resumedAt));
        m_recorder->setSink(m_sink.get());
        saveActions();
        Q_EMIT recordingStarted(m_recorder->drillId(), m_recorder->actions());
        for (const DrillAction& held : std::exchange(m_held, {}))
            record(held);
    } else if (reached > c.from && m_recorder) {
        write([&](DrillRecorder& r) { r.jumped(c.from); });
    }
    m_pendingSeconds = 0;
    Q_EMIT catchUpFinished(reached, cancelled);
    if (m_session->finished())
        Q_EMIT finished();
}

void SimulationWorker::acknowledge(const QString& monitor)
{
    if (!m_session)
        return;
    if (!m_failed && guarded([&] { m_session->acknowledge(monitor.toStdString()); }))
        publishAlerts();
    record(DrillAction::ackAlert(0, monitor.toStdString()));
}

void SimulationWorker::beginRecording(const DrillRecordingPlan& plan)
{
    if (!m_session || m_discarded.load())
        return; // never built, or replaced or closed before it began: nothing to record
    m_dbPath = plan.dbPath;
    m_trainee = plan.trainee;
    m_team = plan.team;
    m_saveRetry = new QTimer(this);
    m_saveRetry->setInterval(kSaveRetryMs);
    connect(m_saveRetry, &QTimer::timeout, this, &SimulationWorker::saveActions);
    QString problem;
    ensureDatabase(problem);
    if (plan.resumeDrillId > 0) {
        // Replayed in slices like a jump (with progress), then recording goes on under the same id.
        m_resumeDrillId = plan.resumeDrillId;
        m_catchUp.emplace();
        m_catchUp->target = plan.resumeActions.empty() ? 0 : plan.resumeActions.back().at;
        m_catchUp->replay = plan.resumeActions;
        m_catchUp->cancellable = false;
        m_catchUp->wall.start();
        if (!problem.isEmpty())
            reportSaveState(0, problem);
        QMetaObject::invokeMethod(this, &SimulationWorker::runCatchUpSlice, Qt::QueuedConnection);
        return;
    }
    m_recorder = std::make_unique<DrillRecorder>(m_session->simulator(), wallClockFrom(0));
    m_recorder->setSink(m_sink.get());
    saveActions();
    if (!problem.isEmpty())
        reportSaveState(static_cast<int>(m_recorder->unsaved()), problem);
    Q_EMIT recordingStarted(m_recorder->drillId(), m_recorder->actions());
    write([this](DrillRecorder& r) { r.setSpeed(m_speed); }); // the pace the drill starts at
}

DrillRecorder::WallClock SimulationWorker::wallClockFrom(double offsetSeconds)
{
    m_wall.start();
    return [this, offsetSeconds] { return offsetSeconds + static_cast<double>(m_wall.elapsed()) / 1000.0; };
}

bool SimulationWorker::ensureDatabase(QString& problem)
{
    if (m_dbPath.empty())
        return false;
    if (m_db && m_db->fileMoved()) {
        // Someone moved or deleted the file: what we write would go nowhere. Open the path again and write the
        // whole drill there; until then every action waits in memory.
        problem = tr("the database file %1 was moved or deleted while the drill ran").arg(qs(m_dbPath));
        if (m_recorder)
            m_recorder->setSink(nullptr);
        m_sink.reset();
        m_db.reset();
        if (m_recorder)
            m_recorder->restartSaving();
    }
    if (!m_db) {
        DrillDatabaseOpen opened = DrillDatabase::open(m_dbPath);
        if (!opened.db) {
            problem = qs(opened.error);
            return false;
        }
        std::int64_t trainee = 0;
        try {
            trainee = opened.db->addTrainee(m_trainee, m_team); // the existing row when there is one
        } catch (const std::exception& e) {
            problem = qs(e.what());
            return false;
        }
        m_db = std::move(opened.db);
        m_db->setBusyTimeout(kBusyTimeoutMs);
        m_sink = std::make_unique<DatabaseActionSink>(*m_db, trainee);
        if (m_recorder)
            m_recorder->setSink(m_sink.get());
    }
    return true;
}

void SimulationWorker::saveActions()
{
    if (m_dbPath.empty() || !m_recorder)
        return;
    QString problem;
    const std::int64_t idBefore = m_recorder->drillId();
    if (ensureDatabase(problem) && !m_recorder->save())
        problem = qs(m_recorder->lastError());
    if (m_recorder->drillId() != idBefore && m_recorder->drillId() != 0)
        Q_EMIT drillIdChanged(m_recorder->drillId());
    reportSaveState(static_cast<int>(m_recorder->unsaved()), problem);
}

void SimulationWorker::reportSaveState(int unsaved, const QString& problem)
{
    if (unsaved > 0)
        m_saveRetry->start(); // (re)started: the next try comes a full interval after this one
    else
        m_saveRetry->stop();
    if (unsaved == m_reportedUnsaved && problem == m_reportedProblem)
        return;
    m_reportedUnsaved = unsaved;
    m_reportedProblem = problem;
    Q_EMIT saveStateChanged(unsaved, problem);
}

// Runs one recorder call, then saves what it logged (and anything still waiting from earlier).
template <typename F> void SimulationWorker::write(F&& f)
{
    if (!m_recorder)
        return;
    const std::size_t before = m_recorder->actions().size();
    guarded([&] { f(*m_recorder); });
    saveActions();
    const auto& actions = m_recorder->actions();
    for (std::size_t i = before; i < actions.size(); ++i)
        Q_EMIT actionRecorded(actions[i]);
}

void SimulationWorker::record(const DrillAction& action)
{
    if (!m_session)
        return;
    if (!m_recorder) {
        m_held.push_back(action); // a resumed drill is still replaying: logged once it is where it stopped
        return;
    }
    switch (action.type) {
    case ActionType::MitigationApply: {
        if (m_failed) {
            Q_EMIT mitigationApplied(false, tr("The simulation has stopped, so no mitigation can act on it any more."));
            return;
        }
        const MitigationKind kind = mitigationKindFromString(action.action).value_or(MitigationKind::None);
        std::optional<MitigationResult> result;
        write([&](DrillRecorder& r) { result = r.applyMitigation(kind, action.target); });
        publishAlerts();
        if (result)
            Q_EMIT mitigationApplied(result->applied, qs(result->summary));
        return;
    }
    case ActionType::HintTake: write([&](DrillRecorder& r) { r.takeHint(action.hint); }); return;
    case ActionType::IssueTransition: {
        // Applied first, logged only if taken: the log holds the changes the tracker made, so a replay of it
        // makes the same ones at the same simulated time.
        const std::optional<IssueState> to = issueStateFromString(action.state);
        TransitionResult result;
        if (m_recorder->ended())
            m_refusedIssues.push_back(tr("the drill has ended"));
        else if (!to)
            m_refusedIssues.push_back(qs("unknown issue state " + action.state));
        else if (guarded([&] { result = m_session->transitionIssue(action.issue, *to); }) && !result.ok)
            m_refusedIssues.push_back(qs(result.reason));
        if (result.ok)
            write([&](DrillRecorder& r) { r.record(action); });
        publishErrors();
        return;
    }
    case ActionType::DrillEnd:
        write([&](DrillRecorder& r) { r.record(action); });
        if (m_timer)
            m_timer->stop();
        m_playing = false;
        m_catchUp.reset();
        return;
    default: write([&](DrillRecorder& r) { r.record(action); }); return;
    }
}

void SimulationWorker::endIfRecording(const QString& reason)
{
    if (m_recorder && !m_recorder->ended())
        record(DrillAction::end(0, reason.toStdString()));
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
    delta.notifications.assign(notifications.begin() + static_cast<std::ptrdiff_t>(m_sentNotifications),
                               notifications.end());
    delta.states = engine.states();
    m_sentTransitions = transitions.size();
    m_sentNotifications = notifications.size();
    Q_EMIT alertsAdvanced(delta);
}

void SimulationWorker::publishErrors()
{
    if (!m_session)
        return; // not built (yet, or ever): there is nothing to show
    ErrorTracker& tracker = m_session->errors();
    auto s = std::make_shared<ErrorSnapshot>();
    // Reads only published rows (never throws): also after the engine failed, the issues up to where it stopped.
    tracker.update();
    s->now = tracker.now();
    s->issues = tracker.issues();
    s->isNew.reserve(s->issues.size());
    for (const Issue& issue : s->issues)
        s->isNew.push_back(tracker.isNew(issue, s->now) ? 1 : 0);
    s->rejected = std::exchange(m_refusedIssues, {});
    Q_EMIT errorsPublished(std::move(s));
}

void SimulationWorker::onTimer()
{
    if (m_catchUp || m_failed)
        return; // a jump is running: the clock follows it, and plays on from where it lands
    if (m_session->finished()) {
        m_timer->stop();
        m_playing = false;
        Q_EMIT finished();
        return;
    }
    m_pendingSeconds += m_speed * kIntervalMs / 1000.0;
    bool stepped = false;
    const bool ok = guarded([&] {
        while (m_pendingSeconds >= 1.0 && !m_session->finished()) {
            m_session->step();
            m_pendingSeconds -= 1.0;
            stepped = true;
        }
    });
    if (ok && stepped) {
        publishAlerts();
        Q_EMIT advanced(m_session->now());
    }
}

void SimulationWorker::fail(const std::exception& e)
{
    if (m_failed)
        return;
    m_failed = true;
    if (m_timer)
        m_timer->stop();
    m_playing = false;
    // Telemetry readers keep the last whole second the store published: every page catches up to it (the
    // slice that failed never said how far it got), then learns why the clock stopped.
    publishAlerts();
    Q_EMIT advanced(m_session->now());
    Q_EMIT engineFailed(qs(e.what()), m_session->now());
    if (m_catchUp)
        finishCatchUp(true); // a resumed drill starts recording where its replay stopped
}

} // namespace kunren::app
