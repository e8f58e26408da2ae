#include "bridge/DrillRunner.h"

#include "bridge/QtConversions.h"
#include "bridge/SimulationWorker.h"
#include "scenario/ScenarioLoader.h"

#include <QFileInfo>
#include <QMetaObject>

#include <algorithm>
#include <map>

namespace kunren::app {

DrillRunner::DrillRunner(QObject* parent) : QObject(parent)
{
    qRegisterMetaType<kunren::app::AlertDelta>();
    qRegisterMetaType<kunren::app::ErrorSnapshotPtr>();
    qRegisterMetaType<kunren::DrillAction>();
    qRegisterMetaType<std::vector<kunren::DrillAction>>();
    qRegisterMetaType<kunren::app::DrillSessionFacts>();
    m_thread.setObjectName(QStringLiteral("drill-simulation"));
}

DrillRunner::~DrillRunner() { stopWorker(); }

void DrillRunner::stopWorker()
{
    if (!m_worker)
        return;
    if (!m_building)
        Q_EMIT unloading(); // views hold pointers into the telemetry only once it was loaded
    // A drill whose session is still being built never begins recording.
    m_worker->discard();
    // Delete on the worker's own thread (its timer lives there), and wait until it is gone: after the
    // slice or the build it is running, and whatever was queued to it before (trainee actions are saved).
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker] { delete w; }, Qt::BlockingQueuedConnection);
    m_worker = nullptr;
    m_building = false;
    m_telemetry = nullptr;
    m_seed = 0;
    m_sampleRate = 1.0;
    m_alerts = {};
    m_monitors.clear();
    m_actions.clear();
    m_drillId = 0;
    m_catchingUp = false;
    m_unsaved = 0;
    m_saveProblem.clear();
    m_engineError.clear();
    m_thread.quit();
    m_thread.wait();
}

namespace {

QString describeDiagnostics(const Diagnostics& diagnostics)
{
    // In words, for the window: which file, then each problem with its line and column.
    QStringList lines;
    QString file;
    for (const Diagnostic& d : diagnostics) {
        const QString name = QFileInfo(qs(d.file)).fileName();
        if (name != file) {
            file = name;
            lines << DrillRunner::tr("In %1:").arg(name);
        }
        QString where = d.line > 0 ? DrillRunner::tr("line %1, column %2").arg(d.line).arg(d.column)
                                   : DrillRunner::tr("the file");
        if (!d.pointer.empty())
            where = DrillRunner::tr("%1 (at %2)").arg(where, qs(d.pointer));
        lines << DrillRunner::tr("• %1: %2").arg(where, qs(d.message));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

bool DrillRunner::load(const QString& idOrPath, std::optional<quint64> seed, QString* error)
{
    const auto path = resolveScenario(idOrPath.toStdString());
    if (!path) {
        if (error)
            *error = tr("No built-in scenario or file named \"%1\".").arg(idOrPath);
        return false;
    }
    const auto result = loadScenarioFile(*path);
    if (!result.ok()) {
        if (error)
            *error = describeDiagnostics(result.diagnostics);
        return false;
    }
    return load(result.value, seed, error);
}

bool DrillRunner::load(std::shared_ptr<const Scenario> scenario, std::optional<quint64> seed, QString* error)
{
    SimOptions options;
    options.seed = seed;
    return load(std::move(scenario), options, error);
}

bool DrillRunner::load(std::shared_ptr<const Scenario> scenario, const SimOptions& options, QString* error)
{
    if (!scenario || !scenario->topology) {
        if (error)
            *error = tr("There is no scenario to start.");
        return false;
    }
    // A drill still running when another starts is over, not interrupted. The worker decides: only it knows
    // whether recording has begun (the GUI hears of it later).
    if (m_worker)
        QMetaObject::invokeMethod(
            m_worker, [w = m_worker] { w->endIfRecording(QStringLiteral("interrupted: another drill started")); });
    DrillRecordingPlan plan;
    plan.dbPath = m_dbPath.toStdString();
    plan.trainee = m_trainee.toStdString();
    plan.team = m_team.toStdString();
    startWorker(std::move(scenario), options, std::move(plan));
    if (error)
        error->clear();
    return true;
}

bool DrillRunner::resume(const QString& dbPath, qint64 drillId, std::vector<DrillAction> actions, QString* error)
{
    if (actions.empty() || actions.front().type != ActionType::DrillStart) {
        if (error)
            *error = tr("The drill's log does not start with drill.start.");
        return false;
    }
    const auto path = resolveScenario(actions.front().scenario);
    LoadResult<Scenario> result;
    if (path)
        result = loadScenarioFile(*path);
    if (!result.ok()) {
        if (error)
            *error = tr("The drill's scenario \"%1\" is not available.").arg(qs(actions.front().scenario));
        return false;
    }
    DrillRecordingPlan plan;
    plan.dbPath = dbPath.toStdString();
    plan.trainee = m_trainee.toStdString();
    plan.team = m_team.toStdString();
    plan.resumeDrillId = drillId;
    SimOptions options;
    options.seed = actions.front().seed;
    plan.resumeActions = std::move(actions);
    startWorker(result.value, options, std::move(plan));
    if (error)
        error->clear();
    return true;
}

void DrillRunner::setRecording(const QString& dbPath, const QString& trainee, const QString& team)
{
    m_dbPath = dbPath;
    m_trainee = trainee;
    m_team = team;
}

void DrillRunner::startWorker(std::shared_ptr<const Scenario> scenario, const SimOptions& options,
                              DrillRecordingPlan plan)
{
    stopWorker();
    m_playing = false;
    m_scenario = std::move(scenario);
    m_building = true;
    m_worker = new SimulationWorker(m_scenario, options, m_factory);
    m_worker->moveToThread(&m_thread);
    // Signals of a worker already replaced may still be queued: only the current drill's count.
    const quint64 generation = ++m_generation;
    connect(m_worker, &SimulationWorker::built, this,
            [this, generation](const DrillSessionFacts& facts) { onBuilt(generation, facts); });
    connect(m_worker, &SimulationWorker::buildFailed, this,
            [this, generation](const QString& what) { onBuildFailed(generation, what); });
    connect(m_worker, &SimulationWorker::advanced, this, [this, generation](qint64 simTimeUs) {
        if (generation == m_generation)
            Q_EMIT advanced(simTimeUs);
    });
    connect(m_worker, &SimulationWorker::alertsAdvanced, this, [this, generation](const AlertDelta& delta) {
        if (generation != m_generation)
            return; // the last drill's alerts must not join this one's
        m_alerts.transitions.insert(m_alerts.transitions.end(), delta.transitions.begin(), delta.transitions.end());
        m_alerts.notifications.insert(m_alerts.notifications.end(), delta.notifications.begin(),
                                      delta.notifications.end());
        m_alerts.states = delta.states;
        Q_EMIT alertsChanged(delta);
    });
    connect(m_worker, &SimulationWorker::recordingStarted, this,
            [this, generation](qint64 drillId, const std::vector<DrillAction>& actions) {
                if (generation != m_generation)
                    return;
                m_drillId = drillId;
                m_actions = actions;
                Q_EMIT recordingStarted();
                if (isDrillEnded())
                    Q_EMIT drillEnded();
            });
    connect(m_worker, &SimulationWorker::actionRecorded, this, [this, generation](const DrillAction& action) {
        if (generation != m_generation)
            return;
        m_actions.push_back(action);
        Q_EMIT actionRecorded(action);
        if (action.type == ActionType::DrillEnd) {
            m_playing = false;
            Q_EMIT playingChanged(false);
            Q_EMIT drillEnded();
        }
    });
    connect(m_worker, &SimulationWorker::errorsPublished, this, [this, generation](const ErrorSnapshotPtr& snapshot) {
        if (generation == m_generation)
            Q_EMIT errorsUpdated(snapshot);
    });
    connect(m_worker, &SimulationWorker::mitigationApplied, this,
            [this, generation](bool applied, const QString& summary) {
                if (generation == m_generation)
                    Q_EMIT mitigationApplied(applied, summary);
            });
    connect(m_worker, &SimulationWorker::saveStateChanged, this,
            [this, generation](int unsaved, const QString& problem) {
                if (generation != m_generation)
                    return;
                m_unsaved = unsaved;
                m_saveProblem = problem;
                Q_EMIT saveStateChanged(unsaved, problem);
            });
    connect(m_worker, &SimulationWorker::drillIdChanged, this, [this, generation](qint64 id) {
        if (generation == m_generation)
            m_drillId = id;
    });
    connect(m_worker, &SimulationWorker::catchUpProgress, this,
            [this, generation](qint64 from, qint64 reached, qint64 target, qint64 eta, bool cancellable) {
                if (generation != m_generation)
                    return;
                m_catchingUp = true;
                Q_EMIT catchUpProgress(from, reached, target, eta, cancellable);
            });
    connect(m_worker, &SimulationWorker::catchUpFinished, this, [this, generation](qint64 reached, bool cancelled) {
        if (generation != m_generation)
            return;
        m_catchingUp = false;
        Q_EMIT catchUpFinished(reached, cancelled);
    });
    connect(m_worker, &SimulationWorker::engineFailed, this, [this, generation](const QString& what, qint64 at) {
        if (generation != m_generation)
            return;
        m_engineError = what;
        if (m_playing) {
            m_playing = false;
            Q_EMIT playingChanged(false);
        }
        Q_EMIT engineFailed(what, at);
    });
    connect(m_worker, &SimulationWorker::finished, this, [this, generation] {
        if (generation != m_generation)
            return;
        m_playing = false;
        Q_EMIT playingChanged(false);
        Q_EMIT finished();
    });
    m_thread.start();
    // In this order on the worker, before anything the GUI asks for later: the session first.
    QMetaObject::invokeMethod(m_worker, &SimulationWorker::build);
    QMetaObject::invokeMethod(m_worker, [w = m_worker, s = m_speed] { w->setSpeed(s); });
    QMetaObject::invokeMethod(m_worker, [w = m_worker, p = std::move(plan)] { w->beginRecording(p); });
    Q_EMIT loadStarted();
}

void DrillRunner::onBuilt(quint64 generation, const DrillSessionFacts& facts)
{
    if (generation != m_generation || !m_worker)
        return; // a drill discarded while it was being built: its telemetry is gone already
    m_telemetry = facts.telemetry;
    m_sampleRate = facts.traceSampleRate;
    m_seed = facts.seed;
    m_monitors = facts.monitors;
    m_building = false;
    Q_EMIT loaded();
}

void DrillRunner::onBuildFailed(quint64 generation, const QString& what)
{
    if (generation != m_generation || !m_worker)
        return;
    stopWorker(); // the worker holds no session: this waits only for the calls queued to it, which do nothing
    m_scenario.reset();
    if (m_playing) {
        m_playing = false;
        Q_EMIT playingChanged(false);
    }
    Q_EMIT loadFailed(tr("The simulation could not be built: %1").arg(what));
}

const TelemetryStore* DrillRunner::telemetry() const { return m_telemetry; }

qint64 DrillRunner::now() const { return m_telemetry ? m_telemetry->counts().time : 0; }

void DrillRunner::play()
{
    if (!m_worker || m_playing || isDrillEnded() || !m_engineError.isEmpty())
        return;
    m_playing = true;
    QMetaObject::invokeMethod(m_worker, &SimulationWorker::play);
    Q_EMIT playingChanged(true);
}

void DrillRunner::pause()
{
    if (!m_worker || !m_playing)
        return;
    m_playing = false;
    QMetaObject::invokeMethod(m_worker, &SimulationWorker::pause);
    Q_EMIT playingChanged(false);
}

void DrillRunner::setSpeed(double speed)
{
    m_speed = speed;
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, [w = m_worker, speed] { w->setSpeed(speed); });
}

void DrillRunner::acknowledge(const QString& monitorId)
{
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, [w = m_worker, monitorId] { w->acknowledge(monitorId); });
}

bool DrillRunner::requestErrors()
{
    if (!m_worker)
        return false;
    QMetaObject::invokeMethod(m_worker, &SimulationWorker::publishErrors);
    return true;
}

void DrillRunner::transitionIssue(quint64 fingerprint, IssueState to, const QString& title)
{
    post(DrillAction::transitionIssue(0, fingerprint, toString(to), title.toStdString()));
}

void DrillRunner::post(DrillAction action)
{
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, [w = m_worker, a = std::move(action)] { w->record(a); });
}

void DrillRunner::openView(const QString& view) { post(DrillAction::openView(0, view.toStdString())); }

void DrillRunner::runQuery(const QString& view, const QString& query)
{
    post(DrillAction::runQuery(0, view.toStdString(), query.toStdString()));
}

void DrillRunner::takeHint(int index) { post(DrillAction::takeHint(0, index)); }

void DrillRunner::submitHypothesis(const Hypothesis& hypothesis) { post(DrillAction::submitHypothesis(0, hypothesis)); }

void DrillRunner::applyMitigation(MitigationKind kind, const QString& target)
{
    post(DrillAction::applyMitigation(0, toString(kind), target.toStdString()));
}

void DrillRunner::addNote(const QString& text) { post(DrillAction::addNote(0, text.toStdString())); }

void DrillRunner::endDrill(const QString& reason)
{
    // The worker stops the clock with drill.end (a pause logged here would only precede it).
    if (m_playing) {
        m_playing = false;
        Q_EMIT playingChanged(false);
    }
    post(DrillAction::end(0, reason.toStdString()));
}

const MonitorSpec* DrillRunner::monitor(const QString& id) const
{
    const std::string key = id.toStdString();
    for (const MonitorSpec& m : m_monitors)
        if (m.id == key)
            return &m;
    return nullptr;
}

int DrillRunner::unacknowledgedPages() const
{
    // A page opens with its Triggered message on the pager and closes when it is acknowledged, recovers or
    // calms down to a warning (those are posted to #war_room).
    using K = AlertNotification::Kind;
    std::map<std::string, bool> open;
    for (const AlertNotification& n : m_alerts.notifications) {
        const std::string key = n.monitor + '\x1f' + n.group;
        if (n.channel == AlertChannel::Pager && n.kind == K::Triggered)
            open[key] = true;
        else if (n.kind == K::Acknowledged || n.kind == K::Recovered ||
                 (n.kind == K::Warning && n.channel == AlertChannel::WarRoom))
            open[key] = false;
    }
    return static_cast<int>(std::count_if(open.begin(), open.end(), [](const auto& kv) { return kv.second; }));
}

void DrillRunner::jumpTo(qint64 simTimeUs)
{
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, [w = m_worker, simTimeUs] { w->jumpTo(simTimeUs); });
}

void DrillRunner::cancelJump()
{
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, &SimulationWorker::cancelJump);
}

} // namespace kunren::app
