#include "bridge/SimulationWorker.h"

#include <QTimer>

namespace kunren::app {

namespace {
constexpr int kIntervalMs = 100;
}

SimulationWorker::SimulationWorker(std::unique_ptr<Simulator> simulator) : m_simulator(std::move(simulator)) {}

SimulationWorker::~SimulationWorker() = default;

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
    const SimTime target = std::min<SimTime>(simTimeUs, m_simulator->scenario().duration);
    if (target <= m_simulator->now())
        return;
    m_simulator->runUntil(target);
    Q_EMIT advanced(m_simulator->now());
    if (m_simulator->finished())
        Q_EMIT finished();
}

void SimulationWorker::onTimer()
{
    if (m_simulator->finished()) {
        stop();
        Q_EMIT finished();
        return;
    }
    m_pendingSeconds += m_speed * kIntervalMs / 1000.0;
    bool stepped = false;
    while (m_pendingSeconds >= 1.0 && !m_simulator->finished()) {
        m_simulator->step();
        m_pendingSeconds -= 1.0;
        stepped = true;
    }
    if (stepped)
        Q_EMIT advanced(m_simulator->now());
}

} // namespace kunren::app
