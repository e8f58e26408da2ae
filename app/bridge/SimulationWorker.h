#pragma once

#include "bridge/AlertFeed.h"
#include "bridge/DrillRecording.h"
#include "bridge/DrillSessionFacts.h"
#include "bridge/ErrorFeed.h"
#include "drill/DrillRecorder.h"
#include "session/DrillSession.h"

#include <QElapsedTimer>
#include <QObject>

#include <atomic>
#include <exception>
#include <memory>
#include <optional>

class QTimer;

namespace kunren {
class DatabaseActionSink;
class DrillDatabase;
} // namespace kunren

namespace kunren::app {

// Lives on the drill's worker thread and steps the drill (simulation, error tracking, monitors) there,
// so the GUI thread only ever reads published telemetry and copies of the alerts and of the issues. Driven by a timer:
// every 100 ms of wall time it advances speed × 100 ms of simulated time.
//
// Jumps and the replay of a resumed drill run in slices of about 50 ms of wall time, each followed by
// `advanced` and `catchUpProgress`, so every page follows the clock, a jump can be cancelled between two
// slices, and deleting the worker never waits for more than one slice (or for the build, below).
//
// Every trainee action is saved to the drills database through the worker's own connection as it happens.
// A save that fails (disk full, database locked, file moved) loses nothing: the action stays in the log,
// `saveStateChanged` says how many wait and why, and the worker retries every few seconds and with every
// new action until they are written.
//
// The session itself is built here too (build(), the first call queued to the worker): building the
// simulator and warming up its SLOs and monitors takes up to half a second on the largest topologies, which
// the GUI thread does not wait for. Every other call is queued after it, so it finds the session built; if
// building failed (buildFailed) they do nothing and the runner deletes the worker.
//
// No exception from the engine leaves the worker (the store throws when it is full): the simulation stops
// where it was, `engineFailed` says why, and the drill goes on being recorded — the trainee can still
// declare a root cause, take notes and end the drill, and everything logged so far stays saved.
class SimulationWorker : public QObject
{
    Q_OBJECT

public:
    // Builds nothing yet: build() does, on the worker's thread. An empty factory builds a DrillSession.
    SimulationWorker(std::shared_ptr<const Scenario> scenario, const SimOptions& options,
                     DrillSessionFactory factory = {});
    ~SimulationWorker() override;

    // Called on any thread (the runner's, when it discards a drill): if recording has not begun yet, it never
    // will, so a drill replaced or closed while its session was still being built leaves nothing in the database.
    void discard() { m_discarded.store(true); }

public Q_SLOTS:
    // Builds the session (the first call after the worker reaches its thread): `built` with what the GUI
    // keeps of it, or `buildFailed` with the engine's message.
    void build();
    // The trainee's clock: play and pause are logged (clock.play, clock.pause), like speed changes.
    void play();
    void pause();
    void setSpeed(double speed);
    // Simulates up to `simTimeUs` as fast as possible, in slices (logged as clock.jump when it ends).
    void jumpTo(qint64 simTimeUs);
    // Stops a jump where it has got to (a resumed drill's replay cannot be cancelled).
    void cancelJump();
    // The trainee acknowledges a monitor's open page(s) at the drill's current time (and it is logged).
    void acknowledge(const QString& monitor);

    // Starts the action log (first call after the worker reaches its thread): a new drill, or an
    // interrupted one replayed up to its last action. Emits recordingStarted.
    void beginRecording(const kunren::app::DrillRecordingPlan& plan);
    // Logs one trainee action at the current simulated time (its `at` is ignored). Mitigations act on
    // the simulation; a hint is logged only if the scenario has it and its time has come; an issue
    // transition moves the issue on the session's error tracking and is logged only if the tracker took it
    // (a refusal comes back in the next snapshot, with its reason); drill.end stops the clock.
    void record(const kunren::DrillAction& action);
    // Catches the session's error tracking up to the time simulated and sends a copy of it (errorsPublished).
    // The error tracking is the drill's only one: what the monitors, the log and a replay see.
    void publishErrors();
    // A drill replaced by another is over, not interrupted: logs drill.end with `reason` if it is recording
    // and has not ended (a resumed drill still replaying, or one never begun, is left as it is).
    void endIfRecording(const QString& reason);

Q_SIGNALS:
    void built(const kunren::app::DrillSessionFacts& facts);
    void buildFailed(const QString& what);
    void advanced(qint64 simTimeUs);
    void finished();
    void alertsAdvanced(const kunren::app::AlertDelta& delta);
    // The session's error tracking as publishErrors() copied it (after a request, and after every issue transition).
    void errorsPublished(const kunren::app::ErrorSnapshotPtr& snapshot);
    // The log so far (drill.start, or everything replayed) and the drill's id in the database (0: none yet).
    void recordingStarted(qint64 drillId, const std::vector<kunren::DrillAction>& actions);
    void actionRecorded(const kunren::DrillAction& action);
    void mitigationApplied(bool applied, const QString& summary);
    // How many logged actions are not in the database yet, and why (empty once everything is saved).
    void saveStateChanged(int unsavedActions, const QString& problem);
    // The drill's record in the database is now `drillId` (created late, or anew after the file moved).
    void drillIdChanged(qint64 drillId);
    // A jump or a resumed drill's replay is on its way from `fromUs` to `targetUs` and has reached
    // `reachedUs`; `etaMs` is the wall time it expects to need still (-1: not known yet).
    void catchUpProgress(qint64 fromUs, qint64 reachedUs, qint64 targetUs, qint64 etaMs, bool cancellable);
    // The jump or replay is over: it reached its target, or was cancelled at `reachedUs`.
    void catchUpFinished(qint64 reachedUs, bool cancelled);
    // The engine threw at `simTimeUs` (`what` is its message): the simulation has stopped for good.
    void engineFailed(const QString& what, qint64 simTimeUs);

private:
    // A jump, or the replay of a resumed drill's log (its actions applied at their times), run in slices.
    struct CatchUp
    {
        SimTime from = 0;
        SimTime target = 0;
        std::vector<DrillAction> replay; // the resumed log; empty for a jump
        std::size_t next = 0;            // the next replay action to apply
        bool cancellable = true;
        QElapsedTimer wall;
    };

    void onTimer();
    void runCatchUpSlice();
    void finishCatchUp(bool cancelled);
    void publishAlerts();
    void startRecorder(const DrillRecordingPlan& plan);
    void saveActions();
    bool ensureDatabase(QString& problem);
    void reportSaveState(int unsaved, const QString& problem);
    template <typename F> void write(F&& f);
    // Runs an engine call; if it throws, the simulation stops (fail) and the call returns false.
    template <typename F> bool guarded(F&& f);
    void fail(const std::exception& e);
    // The trainee's own time for the recorder: seconds since now, plus `offsetSeconds`.
    DrillRecorder::WallClock wallClockFrom(double offsetSeconds);

    std::string m_dbPath;
    std::string m_trainee, m_team;
    std::int64_t m_resumeDrillId = 0;
    std::vector<DrillAction> m_held;     // actions taken while a resumed drill replays
    std::unique_ptr<DrillDatabase> m_db; // declared before the sink and the recorder, which point into it
    std::unique_ptr<DatabaseActionSink> m_sink;
    std::unique_ptr<DrillRecorder> m_recorder;
    QTimer* m_saveRetry = nullptr;
    int m_reportedUnsaved = 0;
    QString m_reportedProblem;

    std::shared_ptr<const Scenario> m_scenario; // what build() builds from, then released
    SimOptions m_options;
    DrillSessionFactory m_factory;
    std::atomic<bool> m_discarded{false};
    std::unique_ptr<DrillSession> m_session; // null until built (and for good if building failed)
    std::size_t m_sentTransitions = 0;
    std::size_t m_sentNotifications = 0;
    std::vector<QString> m_refusedIssues; // issue transitions refused since the last error snapshot, and why
    QTimer* m_timer = nullptr;            // created on the worker thread, child of this
    double m_speed = 1.0;
    double m_pendingSeconds = 0.0;
    bool m_playing = false;
    bool m_everPlayed = false;
    QElapsedTimer m_pausedFor;
    QElapsedTimer m_wall; // since recording began (or resumed)
    std::optional<CatchUp> m_catchUp;
    bool m_failed = false; // the engine threw: nothing steps the simulation any more
};

} // namespace kunren::app
