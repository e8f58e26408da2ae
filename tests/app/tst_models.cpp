// The app's models over a running drill, checked by QAbstractItemModelTester and by what they show.
#include "../engine/TestTopology.h"
#include "DrillLoading.h"

#include "bridge/DrillRunner.h"
#include "models/EnglishPlurals.h"
#include "models/Formatting.h"
#include "models/LibraryModel.h"
#include "models/ServiceHealthModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace kunren;
using namespace kunren::app;

class TestModels : public QObject
{
    Q_OBJECT

private:
    static int rowOf(const ServiceHealthModel& m, const QString& name)
    {
        for (int r = 0; r < m.rowCount(); ++r)
            if (m.index(r, ServiceHealthModel::Service).data().toString() == name)
                return r;
        return -1;
    }

private Q_SLOTS:
    void serviceHealthFollowsTheRunningDrill()
    {
        auto f = test::fault(FaultKind::Errors, "inventory", "GET /stock", 30 * kSecond, 0.5);
        DrillRunner runner;
        QVERIFY(test::loadAndWait(runner, test::scenarioWith({f})));
        ServiceHealthModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTelemetry(runner.telemetry());
        QCOMPARE(model.rowCount(), 7);

        QSignalSpy advanced(&runner, &DrillRunner::advanced);
        connect(&runner, &DrillRunner::advanced, &model, &ServiceHealthModel::refresh);
        runner.jumpTo(2 * kMinute);
        QTRY_VERIFY_WITH_TIMEOUT(runner.now() >= 2 * kMinute, 10000);
        QTRY_VERIFY(advanced.count() > 0);

        const int api = rowOf(model, QStringLiteral("api"));
        const int inventory = rowOf(model, QStringLiteral("inventory"));
        QVERIFY(api >= 0 && inventory >= 0);
        // ~50 requests/s enter the api; inventory fails about half its calls.
        const double apiRate =
            model.index(api, ServiceHealthModel::RequestRate).data(ServiceHealthModel::SortRole).toDouble();
        QVERIFY2(apiRate > 35 && apiRate < 65, qPrintable(QString::number(apiRate)));
        const double invErrors =
            model.index(inventory, ServiceHealthModel::ErrorRate).data(ServiceHealthModel::SortRole).toDouble();
        QVERIFY2(invErrors > 0.35 && invErrors < 0.65, qPrintable(QString::number(invErrors)));
        QCOMPARE(model.health(inventory), ServiceHealthModel::Health::Critical);
        QCOMPARE(model.index(api, ServiceHealthModel::Pods).data().toString(), QStringLiteral("3/3"));
        model.setTelemetry(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void playAdvancesSimulatedTime()
    {
        DrillRunner runner;
        QVERIFY(test::loadAndWait(runner, test::scenarioWith({})));
        runner.setSpeed(60);
        QSignalSpy playing(&runner, &DrillRunner::playingChanged);
        runner.play();
        QCOMPARE(playing.count(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(runner.now() >= 5 * kSecond, 5000);
        runner.pause();
        QCOMPARE(playing.count(), 2);
        QVERIFY(!runner.isPlaying());
    }

    void libraryModelListsEntries()
    {
        LibraryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        LibraryEntry a{
            "a-drill", "/x/a.scenario.json", {"Drill A", "訓練A"}, "beginner", 30 * kMinute, {"traces"}, "shop", 12,
            15};
        LibraryEntry b{"b-drill", "/x/b.scenario.json", {"Drill B", ""}, "advanced", 45 * kMinute, {}, "platform", 61,
                       2526};
        model.setEntries({a, b});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1, LibraryModel::Title).data().toString(), QStringLiteral("Drill B"));
        QCOMPARE(model.index(0, LibraryModel::Difficulty).data().toString(), QStringLiteral("beginner"));
        QCOMPARE(model.rowOf(QStringLiteral("b-drill")), 1);
        QCOMPARE(model.index(0, 0).data(LibraryModel::IdRole).toString(), QStringLiteral("a-drill"));
    }

    // Figures read as people write them, never 4.204e+04.
    void valuesNeverUseExponents_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("shown");
        QTest::newRow("large") << 42040.0 << QStringLiteral("42,040");
        QTest::newRow("large, rounded") << 42040.6 << QStringLiteral("42,041");
        QTest::newRow("hundreds") << 318.5 << QStringLiteral("318.5");
        QTest::newRow("whole") << 2.0 << QStringLiteral("2");
        QTest::newRow("small") << 0.004213 << QStringLiteral("0.004213");
        QTest::newRow("tiny") << 0.0000421 << QStringLiteral("0.0000421");
        QTest::newRow("zero") << 0.0 << QStringLiteral("0");
        QTest::newRow("negative") << -1250.0 << QStringLiteral("-1,250");
    }
    void valuesNeverUseExponents()
    {
        QFETCH(double, value);
        QFETCH(QString, shown);
        QCOMPARE(formatValue(value), shown);
    }

    void countsReadAsEnglishWithoutATranslation()
    {
        EnglishPlurals::install();
        const auto tr = [](const char* text, int n) { return QCoreApplication::translate("Test", text, nullptr, n); };
        QCOMPARE(tr("%n page(s)", 1), QStringLiteral("1 page"));
        QCOMPARE(tr("%n page(s)", 3), QStringLiteral("3 pages"));
        QCOMPARE(tr("%n match(es), Enter for next", 0), QStringLiteral("0 matches, Enter for next"));
        QCOMPARE(tr("%1 of %n event(s)", 1).arg(0), QStringLiteral("0 of 1 event"));
        QCOMPARE(QCoreApplication::translate("Test", "Start drill"), QStringLiteral("Start drill")); // untouched
    }

    void theBuiltInLibraryShowsEachDrillsScale()
    {
        EnglishPlurals::install(); // the tooltip counts pods with tr("%Ln pod(s)…")
        LibraryModel model;
        model.setEntries(kunren::listLibrary(kunren::builtinScenarioDir() / "library"));
        const int platform = model.rowOf(QStringLiteral("platform-hpa-max"));
        const int shop = model.rowOf(QStringLiteral("shop-slow-query"));
        QVERIFY(platform >= 0 && shop >= 0);
        QVERIFY2(model.index(shop, LibraryModel::Size).data().toString().startsWith(QStringLiteral("shop · 12")),
                 qPrintable(model.index(shop, LibraryModel::Size).data().toString()));
        QVERIFY(model.index(platform, LibraryModel::Size).data().toString().startsWith(QStringLiteral("platform · 6")));
        // Thousands of pods on the platform, and what the drill practises, in the tooltip.
        const QString tip = model.index(platform, LibraryModel::Title).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QLatin1String("pods at the start")) && tip.contains(QLatin1String("kubernetes")),
                 qPrintable(tip));
    }
};

QTEST_MAIN(TestModels)
#include "tst_models.moc"
