#pragma once

#include "alerting/DrillSession.h"
#include "bridge/AlertFeed.h"
#include "bridge/DrillRecording.h"

#include <QObject>

#include <atomic>
#include <memory>

class QTimer;

namespace kunren {
class DrillDatabase;
class DrillRecorder;
}

namespace kunren::app {

// Lives on the drill's worker thread and steps the drill (simulation, error tracking, monitors) there,
// so the GUI thread only ever reads published telemetry and copies of the alerts. Driven by a timer:
// every 100 ms of wall time it advances speed × 100 ms of simulated time.
class SimulationWorker : public QObject
{
    Q_OBJECT

public:
    explicit SimulationWorker(std::unique_ptr<DrillSession> session);
    ~SimulationWorker() override;

    const Simulator& simulator() const { return m_session->simulator(); }

public Q_SLOTS:
    void start();
    void stop();
    void setSpeed(double speed);
    void runUntil(qint64 simTimeUs);
    // The trainee acknowledges a monitor's open page(s) at the drill's current time (and it is logged).
    void acknowledge(const QString& monitor);

    // Starts the action log (first call after the worker reaches its thread): a new drill, or an
    // interrupted one replayed up to its last action. Emits recordingStarted.
    void beginRecording(const kunren::app::DrillRecordingPlan& plan);
    // Logs one trainee action at the current simulated time (its `at` is ignored). Mitigations act on
    // the simulation; a hint is logged only if the scenario has it and its time has come; drill.end
    // stops the clock.
    void record(const kunren::DrillAction& action);

Q_SIGNALS:
    void advanced(qint64 simTimeUs);
    void finished();
    void alertsAdvanced(const kunren::app::AlertDelta& delta);
    // The log so far (drill.start, or everything replayed) and the drill's id in the database (0: none).
    void recordingStarted(qint64 drillId, const std::vector<kunren::DrillAction>& actions);
    void actionRecorded(const kunren::DrillAction& action);
    void mitigationApplied(bool applied, const QString& summary);
    // The database could not be written (disk full, file gone…): the log goes on in memory only.
    void recordingProblem(const QString& message);

private:
    void onTimer();
    void publishAlerts();
    void ensureRecorder();
    template <typename F> void write(F&& f);

    std::unique_ptr<DrillDatabase> m_db;     // declared before the recorder, which points into it
    std::unique_ptr<DrillRecorder> m_recorder;

    std::unique_ptr<DrillSession> m_session;
    std::size_t m_sentTransitions = 0;
    std::size_t m_sentNotifications = 0;
    QTimer* m_timer = nullptr; // created on the worker thread, child of this
    double m_speed = 1.0;
    double m_pendingSeconds = 0.0;
};

} // namespace kunren::app
