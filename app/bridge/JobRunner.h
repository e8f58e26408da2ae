#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <functional>
#include <memory>
#include <type_traits>
#include <utility>

namespace kunren::app {

// Runs one owner's background jobs (a search, a trace to open, a service map, a history, a score) on the
// thread pool and hands back only the newest result. The rules, the same for every page:
//
// - Threads. run(), cancelAndWait() and isBusy() are called on the owner's thread (the GUI thread); `work`
//   runs on the pool; `apply` runs back on the owner's thread.
// - One at a time. At most one job runs. A request made meanwhile waits; a newer request replaces the
//   waiting one, so typing fast never queues a backlog of scans on a two-core laptop.
// - Staleness. Each request gets a ticket. A job whose ticket is no longer the newest is stale: its result is
//   dropped, it does not start if it has not yet, and `work` may take a `const Stale&` to stop early.
// - Lifetime. cancelAndWait() drops the waiting request, makes the running one stale and waits for it: once
//   it returns, no job touches the inputs (a drill's telemetry about to be deleted). The destructor does it.
class JobRunner : public QObject
{
    Q_OBJECT

public:
    using Stale = std::function<bool()>;

    explicit JobRunner(QObject* parent = nullptr);
    ~JobRunner() override;

    // `work()` or `work(stale)` returns a result; `apply(result&)` gets it unless it is stale. The ticket of
    // this request.
    template <typename Work, typename Apply> quint64 run(Work work, Apply apply);

    // A job is running or waiting.
    bool isBusy() const { return m_running || m_waiting; }
    void cancelAndWait();
    quint64 newestTicket() const { return m_newest->load(std::memory_order_relaxed); }

Q_SIGNALS:
    // The newest request's result was applied and nothing waits.
    void idle();

private:
    void launchWaiting();
    void finishRunning(quint64 ticket);

    std::shared_ptr<std::atomic<quint64>> m_newest = std::make_shared<std::atomic<quint64>>(0);
    std::function<void()> m_waiting; // starts the waiting request
    QFuture<void> m_current;
    bool m_running = false;
};

template <typename Work, typename Apply> quint64 JobRunner::run(Work work, Apply apply)
{
    constexpr bool takesStale = std::is_invocable_v<Work&, const Stale&>;
    using Invoked = std::conditional_t<takesStale, std::invoke_result<Work&, const Stale&>, std::invoke_result<Work&>>;
    using Result = std::decay_t<typename Invoked::type>;
    const quint64 ticket = m_newest->fetch_add(1, std::memory_order_relaxed) + 1;
    m_waiting = [this, ticket, work = std::move(work), apply = std::move(apply)]() mutable {
        const Stale stale = [newest = m_newest, ticket] { return newest->load(std::memory_order_relaxed) != ticket; };
        auto* watcher = new QFutureWatcher<std::shared_ptr<Result>>(this);
        connect(watcher, &QFutureWatcherBase::finished, this,
                [this, watcher, ticket, apply = std::move(apply)]() mutable {
                    watcher->deleteLater();
                    const std::shared_ptr<Result> result = watcher->result();
                    if (result && ticket == newestTicket())
                        apply(*result);
                    finishRunning(ticket);
                });
        QFuture<std::shared_ptr<Result>> future = QtConcurrent::run([work = std::move(work), stale]() mutable {
            if (stale())
                return std::shared_ptr<Result>();
            if constexpr (takesStale)
                return std::make_shared<Result>(work(stale));
            else
                return std::make_shared<Result>(work());
        });
        m_current = QFuture<void>(future);
        watcher->setFuture(future);
    };
    if (!m_running)
        launchWaiting();
    return ticket;
}

} // namespace kunren::app
