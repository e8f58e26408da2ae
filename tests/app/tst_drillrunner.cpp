// Loading a drill: the scenario is read on the caller's thread, the session (simulator, SLO and monitor
// warm-up) is built on the runner's worker thread, and what can happen meanwhile — requests queued while it
// builds, an engine that refuses, a second drill, the runner deleted — ends in one loaded drill or none.
#include "DrillLoading.h"

#include "bridge/DrillRunner.h"
#include "session/DrillSession.h"
#include "store/DrillDatabase.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QtTest>

#include <algorithm>
#include <atomic>
#include <memory>
#include <stdexcept>

using namespace kunren;
using namespace kunren::app;

namespace {

// Builds the real session after `delayMs` (the first `slowBuilds` builds only): room to act while it builds.
DrillSessionFactory slowFactory(int delayMs, std::atomic<int>& builds, int slowBuilds = 1)
{
    return [delayMs, &builds, slowBuilds](std::shared_ptr<const Scenario> scenario, const SimOptions& options) {
        if (builds++ < slowBuilds)
            QThread::msleep(static_cast<unsigned long>(delayMs));
        return std::make_unique<DrillSession>(std::move(scenario), options);
    };
}

std::vector<DrillRecord> drillsIn(const QString& dbPath)
{
    auto opened = DrillDatabase::open(dbPath.toStdString());
    return opened.db ? opened.db->drills() : std::vector<DrillRecord>{};
}

} // namespace

class TestDrillRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The session is built on the worker thread, and the GUI thread's event loop runs meanwhile: the build
    // waits (up to 5 s) for a timer the GUI thread fires after load() returns, which it could never see if it
    // ran on the GUI thread. What the GUI keeps of the session arrives with `loaded`, not before.
    void theSessionIsBuiltOffTheGuiThread()
    {
        std::atomic<bool> guiRan{false};
        std::atomic<bool> buildSawGuiRun{false};
        std::atomic<QThread*> builtOn{nullptr};
        DrillRunner runner;
        runner.setSessionFactory([&](std::shared_ptr<const Scenario> scenario, const SimOptions& options) {
            builtOn = QThread::currentThread();
            const QDeadlineTimer deadline(5000);
            while (!guiRan && !deadline.hasExpired())
                QThread::msleep(1);
            buildSawGuiRun = guiRan.load();
            return std::make_unique<DrillSession>(std::move(scenario), options);
        });
        QSignalSpy started(&runner, &DrillRunner::loadStarted);
        QSignalSpy loaded(&runner, &DrillRunner::loaded);
        QString error;
        QVERIFY2(runner.load(QStringLiteral("shop-slow-query"), 5, &error), qPrintable(error));
        QCOMPARE(started.count(), 1);
        QCOMPARE(loaded.count(), 0);
        QVERIFY(runner.isLoading());
        QVERIFY(!runner.isLoaded());
        QVERIFY(!runner.telemetry());
        QCOMPARE(runner.scenario()->id, std::string("shop-slow-query")); // known at once: it was read here
        QTimer::singleShot(0, this, [&] { guiRan = true; });

        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 20000);
        QVERIFY(buildSawGuiRun);
        QVERIFY(builtOn.load() != nullptr);
        QVERIFY(builtOn.load() != QThread::currentThread());
        QVERIFY(runner.isLoaded());
        QVERIFY(!runner.isLoading());
        QVERIFY(runner.telemetry());
        QCOMPARE(runner.seed(), quint64(5));
        QVERIFY(!runner.monitors().empty());
        QVERIFY(runner.traceSampleRate() > 0.0 && runner.traceSampleRate() <= 1.0);
        QTRY_VERIFY(!runner.actions().empty()); // recording began after the build
        QCOMPARE(runner.actions().front().type, ActionType::DrillStart);
    }

    // The largest drill, built for real: load() returns before the session exists.
    void theLargestDrillLoadsWithoutBlockingTheCaller()
    {
        DrillRunner runner;
        QSignalSpy loaded(&runner, &DrillRunner::loaded);
        QString error;
        QVERIFY2(runner.load(QStringLiteral("platform-bench"), 3, &error), qPrintable(error));
        QCOMPARE(loaded.count(), 0);
        QVERIFY(runner.isLoading());
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 30000);
        QVERIFY(runner.telemetry()->counts().services >= 60);
        QCOMPARE(runner.seed(), quint64(3));
    }

    // The clock, a jump and trainee actions asked for while the session is built are not lost: the worker
    // takes them, in order, once the session exists and recording has begun.
    void requestsWhileBuildingAreTakenOnceBuilt()
    {
        std::atomic<int> builds{0};
        DrillRunner runner;
        runner.setSessionFactory(slowFactory(200, builds));
        QSignalSpy loaded(&runner, &DrillRunner::loaded);
        QString error;
        QVERIFY2(runner.load(QStringLiteral("shop-slow-query"), 5, &error), qPrintable(error));
        QVERIFY(runner.isLoading());
        runner.setSpeed(2.0);
        runner.play();
        runner.openView(QStringLiteral("logs"));
        runner.jumpTo(2 * kMinute);
        QVERIFY(runner.isPlaying());
        QCOMPARE(loaded.count(), 0);

        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(runner.now() >= 2 * kMinute, 20000);
        QTRY_VERIFY(!runner.isCatchingUp());
        const auto has = [&](auto&& pred) {
            return std::any_of(runner.actions().begin(), runner.actions().end(), pred);
        };
        QTRY_VERIFY(has([](const DrillAction& a) { return a.type == ActionType::ClockJump; }));
        QCOMPARE(runner.actions().front().type, ActionType::DrillStart);
        QVERIFY(has([](const DrillAction& a) { return a.type == ActionType::ClockSpeed && a.speed == 2.0; }));
        QVERIFY(has([](const DrillAction& a) { return a.type == ActionType::ViewOpen && a.view == "logs"; }));
        QVERIFY(runner.isPlaying());
        QCOMPARE(runner.speed(), 2.0);
    }

    // The engine refuses to build the session: `loadFailed` says so in the words load() used to return,
    // nothing is loaded, what was asked for meanwhile is dropped with it, and the next drill loads.
    void aSessionThatCannotBeBuiltReportsWhyAndLeavesNothingLoaded()
    {
        QTemporaryDir dir;
        const QString dbPath = dir.filePath(QStringLiteral("drills.db"));
        DrillRunner runner;
        runner.setRecording(dbPath, QStringLiteral("Aiko"));
        runner.setSessionFactory(
            [](std::shared_ptr<const Scenario>, const SimOptions&) -> std::unique_ptr<DrillSession> {
                throw std::length_error("the world does not fit");
            });
        QSignalSpy loaded(&runner, &DrillRunner::loaded);
        QSignalSpy failed(&runner, &DrillRunner::loadFailed);
        QSignalSpy unloading(&runner, &DrillRunner::unloading);
        QSignalSpy playing(&runner, &DrillRunner::playingChanged);
        QString error;
        QVERIFY2(runner.load(QStringLiteral("shop-slow-query"), 5, &error), qPrintable(error));
        QVERIFY(error.isEmpty());
        runner.play();
        runner.jumpTo(kMinute);
        runner.addNote(QStringLiteral("while it builds"));
        runner.acknowledge(QStringLiteral("checkout-latency"));

        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 20000);
        QCOMPARE(failed.at(0).at(0).toString(),
                 QStringLiteral("The simulation could not be built: the world does not fit"));
        QVERIFY(!runner.isLoaded());
        QVERIFY(!runner.isLoading());
        QVERIFY(!runner.scenario());
        QVERIFY(!runner.telemetry());
        QCOMPARE(runner.now(), qint64(0));
        QVERIFY(!runner.isPlaying());
        QCOMPARE(playing.last().at(0).toBool(), false);
        QTest::qWait(100);
        QCOMPARE(loaded.count(), 0);
        QCOMPARE(unloading.count(), 0); // nothing was loaded, so nothing unloads
        QVERIFY(runner.actions().empty());
        QVERIFY(drillsIn(dbPath).empty());

        runner.setSessionFactory({});
        QVERIFY2(test::loadAndWait(runner, QStringLiteral("shop-slow-query"), 5, &error), qPrintable(error));
        QCOMPARE(runner.scenario()->id, std::string("shop-slow-query"));
        QTRY_VERIFY(runner.drillId() > 0);
        QCOMPARE(drillsIn(dbPath).size(), std::size_t(1));
    }

    // A second drill started while the first is still being built: the first is discarded (it never
    // records), only the second loads.
    void aSecondLoadWhileBuildingDiscardsTheFirst()
    {
        QTemporaryDir dir;
        const QString dbPath = dir.filePath(QStringLiteral("drills.db"));
        std::atomic<int> builds{0};
        DrillRunner runner;
        runner.setRecording(dbPath, QStringLiteral("Aiko"));
        runner.setSessionFactory(slowFactory(300, builds));
        QSignalSpy loaded(&runner, &DrillRunner::loaded);
        QSignalSpy unloading(&runner, &DrillRunner::unloading);
        QString error;
        QVERIFY2(runner.load(QStringLiteral("shop-slow-query"), 1, &error), qPrintable(error));
        QVERIFY2(runner.load(QStringLiteral("shop-payment-bad-deploy"), 2, &error), qPrintable(error));
        QVERIFY(runner.isLoading());
        QCOMPARE(runner.scenario()->id, std::string("shop-payment-bad-deploy"));

        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 20000);
        QCOMPARE(runner.scenario()->id, std::string("shop-payment-bad-deploy"));
        QCOMPARE(runner.seed(), quint64(2));
        QTRY_VERIFY(runner.drillId() > 0);
        QTest::qWait(200); // anything the first drill might still send has arrived by now
        QCOMPARE(loaded.count(), 1);
        QCOMPARE(unloading.count(), 0);
        QCOMPARE(builds.load(), 2);
        const auto drills = drillsIn(dbPath);
        QCOMPARE(drills.size(), std::size_t(1));
        QCOMPARE(drills[0].scenarioId, std::string("shop-payment-bad-deploy"));
        QCOMPARE(drills[0].seed, std::uint64_t(2));
    }

    // A drill that was loaded and recording, replaced by another: it is over, not interrupted.
    void aLoadedDrillReplacedByAnotherIsEnded()
    {
        QTemporaryDir dir;
        const QString dbPath = dir.filePath(QStringLiteral("drills.db"));
        DrillRunner runner;
        runner.setRecording(dbPath, QStringLiteral("Aiko"));
        QString error;
        QVERIFY2(test::loadAndWait(runner, QStringLiteral("shop-slow-query"), 1, &error), qPrintable(error));
        QTRY_VERIFY(runner.drillId() > 0);
        const qint64 first = runner.drillId();
        QSignalSpy unloading(&runner, &DrillRunner::unloading);
        QVERIFY2(test::loadAndWait(runner, QStringLiteral("shop-payment-bad-deploy"), 2, &error), qPrintable(error));
        QCOMPARE(unloading.count(), 1);
        QTRY_VERIFY(runner.drillId() > 0 && runner.drillId() != first);
        auto opened = DrillDatabase::open(dbPath.toStdString());
        const auto actions = opened.db->actions(first);
        QVERIFY(!actions.empty());
        QCOMPARE(actions.back().type, ActionType::DrillEnd);
        QCOMPARE(actions.back().text, std::string("interrupted: another drill started"));
        const auto interrupted = opened.db->interruptedDrills();
        QCOMPARE(interrupted.size(), std::size_t(1)); // the second, still running
        QCOMPARE(interrupted[0].id, std::int64_t(runner.drillId()));
    }

    // Deleting the runner (the app quits) while the session is built waits for the build, then deletes
    // everything: no crash, no hang, and nothing is recorded for a drill the trainee never saw.
    void deletingTheRunnerWhileBuildingLeavesNothing()
    {
        QTemporaryDir dir;
        const QString dbPath = dir.filePath(QStringLiteral("drills.db"));
        for (const bool waitUntilBuilding : {false, true}) {
            std::atomic<bool> building{false};
            std::atomic<bool> built{false};
            auto runner = std::make_unique<DrillRunner>();
            runner->setRecording(dbPath, QStringLiteral("Aiko"));
            runner->setSessionFactory([&](std::shared_ptr<const Scenario> scenario, const SimOptions& options) {
                building = true;
                QThread::msleep(200);
                auto session = std::make_unique<DrillSession>(std::move(scenario), options);
                built = true;
                return session;
            });
            QString error;
            QVERIFY2(runner->load(QStringLiteral("shop-slow-query"), 5, &error), qPrintable(error));
            runner->play();
            runner->addNote(QStringLiteral("never recorded"));
            if (waitUntilBuilding)
                QTRY_VERIFY(building);
            QElapsedTimer took;
            took.start();
            runner.reset();
            QVERIFY2(took.elapsed() < 10000, qPrintable(QString::number(took.elapsed())));
            QVERIFY(built);   // the build under way ended before the worker was deleted
            QTest::qWait(50); // nothing the deleted runner's worker sent may arrive anywhere now
            QVERIFY(drillsIn(dbPath).empty());
        }
    }
};

QTEST_MAIN(TestDrillRunner)
#include "tst_drillrunner.moc"
