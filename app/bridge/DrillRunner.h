#pragma once

#include "bridge/AlertFeed.h"
#include "bridge/DrillRecording.h"
#include "bridge/DrillSessionFacts.h"
#include "bridge/ErrorFeed.h"
#include "errors/IssueState.h"
#include "scenario/Scenario.h"
#include "sim/Mitigation.h"
#include "sim/SimOptions.h"
#include "telemetry/TelemetryStore.h"

#include <QObject>
#include <QString>
#include <QThread>

#include <memory>
#include <optional>

namespace kunren::app {

class SimulationWorker;

// The GUI's handle on a running drill: loads a scenario, runs its simulation on a worker thread and
// reports progress by signal. Views read telemetry through telemetry(), which is safe on any thread.
//
// Loading has two halves. load() and resume() find and parse the scenario on the caller's thread (a few ms)
// and return its problems at once; then the worker thread builds the drill's session (the simulator, its
// SLO and monitor warm-up: up to half a second on the largest topologies) while the GUI goes on. `loaded`
// follows once it exists — only then are isLoaded(), telemetry(), monitors(), seed() and
// traceSampleRate() the drill's — or `loadFailed` when the engine cannot build it.
//
// While the session is being built (isLoading()), the clock, jumps and trainee actions are queued to the
// worker, which takes them in order once the session exists and recording has begun; the GUI offers the
// trainee's actions only once the drill is loaded. Loading another drill, or deleting the runner, discards a
// drill still being built: it never begins recording (this waits for the build under way to end).
class DrillRunner : public QObject
{
    Q_OBJECT

public:
    // Real time: drill time then equals the trainee's time, so the scenario's target times mean what they
    // say and two trainees' times compare (docs/SCORING.md, "Pace").
    static constexpr double kDefaultSpeed = 1.0;

    explicit DrillRunner(QObject* parent = nullptr);
    ~DrillRunner() override;

    // Loads a built-in scenario id or a file path. On failure returns false and sets `error` to the
    // loader's diagnostics, one per line. True: the session is being built; `loaded` or `loadFailed` follows.
    bool load(const QString& idOrPath, std::optional<quint64> seed, QString* error);
    // Starts a drill on a scenario already in memory (tests, scenario editors). False (with `error`) only
    // without a scenario; the engine's own refusal comes later, as `loadFailed`.
    bool load(std::shared_ptr<const Scenario> scenario, std::optional<quint64> seed = std::nullopt,
              QString* error = nullptr);
    // The same with the simulation's options (sampling, limits).
    bool load(std::shared_ptr<const Scenario> scenario, const SimOptions& options, QString* error = nullptr);
    // Continues an interrupted drill from its log (drill.start names the scenario and seed): the
    // simulation replays to the last action on the worker thread, then the drill goes on recording
    // to `dbPath` as drill `drillId`. False (with `error`) when the scenario cannot be loaded; true: as load().
    bool resume(const QString& dbPath, qint64 drillId, std::vector<DrillAction> actions, QString* error);
    // The drill's session exists (after `loaded`, until `unloading`).
    bool isLoaded() const { return m_worker != nullptr && !m_building; }
    // A drill's session is being built on the worker (between load() and `loaded` or `loadFailed`).
    bool isLoading() const { return m_worker != nullptr && m_building; }
    // How the next drills build their sessions (tests: a slow or failing build). Empty: a DrillSession.
    void setSessionFactory(DrillSessionFactory factory) { m_factory = std::move(factory); }

    // Where the next drills record their action logs (empty path: in memory only) and for whom.
    void setRecording(const QString& dbPath, const QString& trainee, const QString& team = {});
    QString recordingPath() const { return m_dbPath; }
    // The current drill's action log as recorded so far (a copy kept on this thread) and its database id.
    const std::vector<DrillAction>& actions() const { return m_actions; }
    qint64 drillId() const { return m_drillId; }
    bool isDrillEnded() const { return !m_actions.empty() && m_actions.back().type == ActionType::DrillEnd; }
    bool isPlaying() const { return m_playing; }
    // A jump (or a resumed drill's replay) is running on the worker.
    bool isCatchingUp() const { return m_catchingUp; }
    // Logged actions the database has not taken yet (a failed write is retried until it succeeds), and why.
    int unsavedActions() const { return m_unsaved; }
    QString saveProblem() const { return m_saveProblem; }
    // Why the simulation stopped for good (the engine threw), or empty. The drill still records actions.
    QString engineError() const { return m_engineError; }

    // The drill's scenario: the one being built while isLoading(), then the loaded one.
    const Scenario* scenario() const { return m_scenario.get(); }
    std::shared_ptr<const Scenario> sharedScenario() const { return m_scenario; }
    const TelemetryStore* telemetry() const;
    qint64 now() const; // simulated µs published so far
    double speed() const { return m_speed; }
    double traceSampleRate() const { return m_sampleRate; }
    quint64 seed() const { return m_seed; } // the seed the current drill runs with

    // The drill's alerting as the channels show it: every monitor (the scenario's and Watchdog's),
    // every transition and notification so far, and each monitor group's current state.
    const std::vector<MonitorSpec>& monitors() const { return m_monitors; }
    const MonitorSpec* monitor(const QString& id) const;
    const std::vector<AlertTransition>& alertTransitions() const { return m_alerts.transitions; }
    const std::vector<AlertNotification>& notifications() const { return m_alerts.notifications; }
    const std::vector<AlertEngine::GroupState>& alertStates() const { return m_alerts.states; }
    // Pages of a monitor not acknowledged yet (the pager keeps ringing for these).
    int unacknowledgedPages() const;

public Q_SLOTS:
    void play();
    void pause();
    void setSpeed(double speed);
    // Simulates up to `simTimeUs` as fast as possible (a jump forward in time), in slices that report
    // progress; the clock pauses meanwhile and plays on afterwards if it was playing.
    void jumpTo(qint64 simTimeUs);
    // Stops a running jump where it has got to.
    void cancelJump();
    // Acknowledges a monitor's open page(s) at the drill's current time (logged as alert.ack).
    void acknowledge(const QString& monitorId);
    // Asks the worker for the drill session's error tracking, caught up to the time simulated; the copy arrives
    // by errorsUpdated. False (and nothing asked) with no drill loaded.
    bool requestErrors();
    // Moves the error-tracking issue with this fingerprint to `to` at the drill's current time, on the session's
    // own tracker (what its monitors and regressions follow), logged as issue.transition with `title` as the
    // issue's label. The tracker's state shows in the errorsUpdated that follows; a refused change is in its
    // `rejected`, with the reason, and is not logged.
    void transitionIssue(quint64 fingerprint, kunren::IssueState to, const QString& title);

    // Trainee actions, logged on the worker at the drill's current time (docs/SCORING.md §1).
    void openView(const QString& view);
    void runQuery(const QString& view, const QString& query);
    void takeHint(int index);
    void submitHypothesis(const kunren::Hypothesis& hypothesis);
    void applyMitigation(kunren::MitigationKind kind, const QString& target);
    void addNote(const QString& text);
    // Logs drill.end and stops the clock for good.
    void endDrill(const QString& reason);

Q_SIGNALS:
    // A drill's session is being built (load() or resume() returned true); `loaded` or `loadFailed` follows.
    void loadStarted();
    void loaded();
    // The engine could not build the drill's session ("The simulation could not be built: …"): nothing is
    // loaded now (isLoaded() and isLoading() are false, scenario() is null).
    void loadFailed(const QString& message);
    // The current drill's telemetry is about to be deleted (a new drill loads, or the app quits):
    // views must drop every pointer into it now.
    void unloading();
    void advanced(qint64 simTimeUs);
    void playingChanged(bool playing);
    void finished();
    // New transitions or notifications arrived (`delta` holds only the new ones).
    void alertsChanged(const kunren::app::AlertDelta& delta);
    // A copy of the session's error tracking (after requestErrors() or an issue transition).
    void errorsUpdated(const kunren::app::ErrorSnapshotPtr& snapshot);
    // The action log: a new drill's first entry, or a resumed drill's whole log, then one by one.
    void recordingStarted();
    void actionRecorded(const kunren::DrillAction& action);
    void mitigationApplied(bool applied, const QString& summary);
    void drillEnded();
    // The database could not take every action yet (`unsaved` > 0, with the reason), or has caught up again.
    void saveStateChanged(int unsaved, const QString& problem);
    // A jump or a resumed drill's replay: where it began, where it is, where it goes, the wall time it
    // expects to need still (ms, -1 unknown), and whether the trainee may cancel it.
    void catchUpProgress(qint64 fromUs, qint64 reachedUs, qint64 targetUs, qint64 etaMs, bool cancellable);
    void catchUpFinished(qint64 reachedUs, bool cancelled);
    // The engine threw at `simTimeUs`: the clock has stopped for good; actions are still recorded and saved.
    void engineFailed(const QString& what, qint64 simTimeUs);

private:
    void stopWorker();
    // Starts a worker that builds the drill's session on m_thread, then records as `plan` says.
    void startWorker(std::shared_ptr<const Scenario> scenario, const SimOptions& options, DrillRecordingPlan plan);
    void onBuilt(quint64 generation, const DrillSessionFacts& facts);
    void onBuildFailed(quint64 generation, const QString& what);
    void post(DrillAction action);

    QThread m_thread;
    SimulationWorker* m_worker = nullptr; // lives on m_thread; deleted there in stopWorker()
    bool m_building = false;              // m_worker is still building its session
    DrillSessionFactory m_factory;
    std::shared_ptr<const Scenario> m_scenario;
    const TelemetryStore* m_telemetry = nullptr;
    bool m_playing = false;
    double m_speed = kDefaultSpeed;
    double m_sampleRate = 1.0;
    quint64 m_seed = 0;
    std::vector<MonitorSpec> m_monitors;
    AlertDelta m_alerts;
    QString m_dbPath;
    QString m_trainee, m_team;
    bool m_catchingUp = false;
    int m_unsaved = 0;
    QString m_saveProblem;
    QString m_engineError;
    std::vector<DrillAction> m_actions;
    qint64 m_drillId = 0;
    quint64 m_generation = 0; // one per worker started
};

} // namespace kunren::app
