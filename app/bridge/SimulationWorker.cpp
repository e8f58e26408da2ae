#include "bridge/SimulationWorker.h"

#include <QTimer>

namespace kunren::app {

namespace {
constexpr int kIntervalMs = 100;
}

SimulationWorker::SimulationWorker(std::unique_ptr<DrillSession> session) : m_session(std::move(session)) {}

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
