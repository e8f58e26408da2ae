#pragma once

#include "sim/Simulator.h"

#include <QObject>

#include <atomic>
#include <memory>

class QTimer;

namespace kunren::app {

// Lives on the drill's worker thread and steps the simulator there, so the GUI thread only ever
// reads published telemetry. Driven by a timer: every 100 ms of wall time it advances
// speed × 100 ms of simulated time.
class SimulationWorker : public QObject
{
    Q_OBJECT

public:
    explicit SimulationWorker(std::unique_ptr<Simulator> simulator);
    ~SimulationWorker() override;

    const Simulator& simulator() const { return *m_simulator; }

public Q_SLOTS:
    void start();
    void stop();
    void setSpeed(double speed);
    void runUntil(qint64 simTimeUs);

Q_SIGNALS:
    void advanced(qint64 simTimeUs);
    void finished();

private:
    void onTimer();

    std::unique_ptr<Simulator> m_simulator;
    QTimer* m_timer = nullptr; // created on the worker thread, child of this
    double m_speed = 1.0;
    double m_pendingSeconds = 0.0;
};

} // namespace kunren::app
