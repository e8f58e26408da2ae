// The one job runner every page uses: one job at a time, the newest request wins, stale work is told to
// stop and its result dropped, and nothing runs after cancelAndWait().
#include "bridge/JobRunner.h"

#include <QSignalSpy>
#include <QtTest>

#include <atomic>
#include <chrono>
#include <thread>
#include <vector>

using namespace kunren::app;

class TestJobRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void appliesTheResultOnTheOwnersThread()
    {
        JobRunner jobs;
        QSignalSpy idle(&jobs, &JobRunner::idle);
        Qt::HANDLE appliedOn = nullptr;
        int value = 0;
        jobs.run([] { return 42; },
                 [&](int& v) {
                     value = v;
                     appliedOn = QThread::currentThreadId();
                 });
        QVERIFY(jobs.isBusy());
        QVERIFY(idle.wait(5000));
        QCOMPARE(value, 42);
        QCOMPARE(appliedOn, QThread::currentThreadId());
        QVERIFY(!jobs.isBusy());
    }

    // While one job runs, three more requests arrive: only the newest waits and runs, and only its result
    // is applied; the running one, superseded, sees `stale` turn true.
    void theNewestRequestWinsAndTheOthersNeverRun()
    {
        JobRunner jobs;
        std::atomic<bool> release{false};
        std::atomic<bool> sawStale{false};
        std::atomic<int> started{0};
        std::vector<int> applied;
        jobs.run(
            [&](const JobRunner::Stale& stale) {
                ++started;
                while (!release.load())
                    std::this_thread::sleep_for(std::chrono::milliseconds(1));
                sawStale = stale();
                return 1;
            },
            [&](int& v) { applied.push_back(v); });
        QTRY_COMPARE(started.load(), 1);
        for (int i = 2; i <= 4; ++i)
            jobs.run(
                [&, i] {
                    ++started;
                    return i;
                },
                [&](int& v) { applied.push_back(v); });
        QSignalSpy idle(&jobs, &JobRunner::idle);
        release = true;
        QVERIFY(idle.wait(5000));
        QVERIFY(sawStale.load());
        QCOMPARE(started.load(), 2); // the first, then only the newest
        QCOMPARE(applied, std::vector<int>{4});
    }

    void nothingIsAppliedAfterCancelAndWait()
    {
        JobRunner jobs;
        std::atomic<bool> running{false};
        bool applied = false;
        jobs.run(
            [&](const JobRunner::Stale& stale) {
                running = true;
                while (!stale())
                    std::this_thread::sleep_for(std::chrono::milliseconds(1));
                return 0;
            },
            [&](int&) { applied = true; });
        QTRY_VERIFY(running.load());
        jobs.cancelAndWait(); // returns once the job has seen it is stale and stopped
        QTest::qWait(50);     // the finished signal arrives and finds the result stale
        QVERIFY(!applied);
        QVERIFY(!jobs.isBusy());
        // And the runner works on afterwards.
        QSignalSpy idle(&jobs, &JobRunner::idle);
        jobs.run([] { return 7; }, [&](int&) { applied = true; });
        QVERIFY(idle.wait(5000));
        QVERIFY(applied);
    }
};

QTEST_GUILESS_MAIN(TestJobRunner)
#include "tst_jobrunner.moc"
