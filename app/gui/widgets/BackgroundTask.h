#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>
#include <memory>
#include <utility>

namespace kunren::app {

// Runs a page's heavy computation (a service map over millions of spans…) off the GUI thread and hands
// back only the newest request's result: a result that finishes after a newer request or after
// cancelAndWait() is dropped. Only the GUI thread calls start()/cancelAndWait().
class BackgroundTask : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~BackgroundTask() override { cancelAndWait(); }

    // `work` runs on the thread pool; `apply` runs on this object's thread with its result, unless stale.
    template <typename Result>
    void start(std::function<Result()> work, std::function<void(Result&)> apply)
    {
        const quint64 generation = ++m_generation;
        auto* watcher = new QFutureWatcher<std::shared_ptr<Result>>(this);
        QFuture<std::shared_ptr<Result>> future =
            QtConcurrent::run([work = std::move(work)] { return std::make_shared<Result>(work()); });
        m_inFlight << QFuture<void>(future);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, apply = std::move(apply)] {
            watcher->deleteLater();
            m_inFlight.removeIf([](const QFuture<void>& f) { return f.isFinished(); });
            if (generation != m_generation)
                return;
            const std::shared_ptr<Result> result = watcher->result();
            apply(*result);
            Q_EMIT idle();
        });
        watcher->setFuture(future);
    }

    bool isBusy() const
    {
        for (const QFuture<void>& f : m_inFlight)
            if (!f.isFinished())
                return true;
        return false;
    }

    // Forgets pending results and blocks until running work is done (before its input goes away).
    void cancelAndWait()
    {
        ++m_generation;
        for (QFuture<void>& f : m_inFlight)
            f.waitForFinished();
        m_inFlight.clear();
    }

Q_SIGNALS:
    // The newest result was applied.
    void idle();

private:
    quint64 m_generation = 0;
    QList<QFuture<void>> m_inFlight;
};

} // namespace kunren::app
