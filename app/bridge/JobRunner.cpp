#include "bridge/JobRunner.h"

namespace kunren::app {

JobRunner::JobRunner(QObject* parent) : QObject(parent) {}

JobRunner::~JobRunner() { cancelAndWait(); }

void JobRunner::launchWaiting()
{
    std::function<void()> start = std::exchange(m_waiting, nullptr);
    m_running = true;
    start();
}

void JobRunner::finishRunning(quint64 ticket)
{
    m_running = false;
    m_current = QFuture<void>();
    if (m_waiting)
        launchWaiting();
    else if (ticket == newestTicket())
        Q_EMIT idle();
}

void JobRunner::cancelAndWait()
{
    m_waiting = nullptr;
    m_newest->fetch_add(1, std::memory_order_relaxed); // whatever runs is stale now
    if (m_running)
        m_current.waitForFinished(); // its watcher reports later and finds it stale
}

} // namespace kunren::app
