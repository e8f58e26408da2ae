#pragma once

#include "alerting/DrillSession.h"
#include "bridge/AlertFeed.h"

#include <QObject>

#include <atomic>
#include <memory>

class QTimer;

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
    // The trainee acknowledges a monitor's open page(s) at the drill's current time.
    void acknowledge(const QString& monitor);

Q_SIGNALS:
    void advanced(qint64 simTimeUs);
    void finished();
    void alertsAdvanced(const kunren::app::AlertDelta& delta);

private:
    void onTimer();
    void publishAlerts();

    std::unique_ptr<DrillSession> m_session;
    std::size_t m_sentTransitions = 0;
    std::size_t m_sentNotifications = 0;
    QTimer* m_timer = nullptr; // created on the worker thread, child of this
    double m_speed = 1.0;
    double m_pendingSeconds = 0.0;
};

} // namespace kunren::app
