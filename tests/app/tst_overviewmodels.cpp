// The overview pages' models and calculations: events model and filter (under QAbstractItemModelTester),
// RED figures from metric series, histogram quantiles and chart downsampling.
#include "../engine/TestTopology.h"
#include "DrillLoading.h"

#include "bridge/DrillRunner.h"
#include "models/Downsample.h"
#include "models/EventFilterProxy.h"
#include "models/EventsModel.h"
#include "models/MetricIndex.h"
#include "models/RedMetrics.h"
#include "models/RedTableModel.h"
#include "models/SeriesPoints.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QtTest>

using namespace kunren;
using namespace kunren::app;

namespace {

std::shared_ptr<Scenario> drillWithEvents()
{
    auto s = test::scenarioWith({test::fault(FaultKind::Errors, "inventory", "GET /stock", 30 * kSecond, 0.5)});
    EventSpec deploy;
    deploy.id = "inv-deploy";
    deploy.kind = EventKind::Deploy;
    deploy.at = kMinute;
    deploy.service = "inventory";
    deploy.version = "2.0.0";
    deploy.title.en = "inventory 2.0.0 deployed";
    EventSpec config;
    config.id = "api-config";
    config.kind = EventKind::ConfigChange;
    config.at = 90 * kSecond;
    config.service = "api";
    config.title.en = "api: raise the connection pool to 40";
    s->events = {deploy, config};
    return s;
}

void runTo(DrillRunner& runner, SimTime t)
{
    runner.jumpTo(t);
    QTRY_VERIFY_WITH_TIMEOUT(runner.now() >= t, 20000);
}

} // namespace

class TestOverviewModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void downsamplingKeepsSpikesAndFitsThePixels()
    {
        QList<QPointF> line;
        for (int i = 0; i < 10000; ++i)
            line << QPointF(i, i == 4321 ? 500.0 : (i == 777 ? -40.0 : std::sin(i / 50.0)));
        const QList<QPointF> thin = downsampleMinMax(line, 0, 9999, 300);
        QVERIFY(thin.size() <= 600);
        QVERIFY(thin.size() >= 300);
        const auto maxIt = std::max_element(thin.begin(), thin.end(), [](auto a, auto b) { return a.y() < b.y(); });
        const auto minIt = std::min_element(thin.begin(), thin.end(), [](auto a, auto b) { return a.y() < b.y(); });
        QCOMPARE(*maxIt, QPointF(4321, 500.0)); // the one-sample spike survives
        QCOMPARE(*minIt, QPointF(777, -40.0));
        QVERIFY(std::is_sorted(thin.begin(), thin.end(), [](auto a, auto b) { return a.x() < b.x(); }));

        // Lines that already fit come back untouched, minus what lies outside the range.
        const QList<QPointF> few{{0, 1}, {1, 2}, {2, 3}, {50, 9}};
        QCOMPARE(downsampleMinMax(few, 0, 10, 300), (QList<QPointF>{{0, 1}, {1, 2}, {2, 3}}));
        QVERIFY(downsampleMinMax({}, 0, 10, 100).isEmpty());
    }

    void histogramQuantilesInterpolateInsideTheBucket()
    {
        const std::vector<double> bounds{1, 2, 4};
        QCOMPARE(histogramQuantile(bounds, {10, 10, 0, 0}, 0.5), 1.0);
        QCOMPARE(histogramQuantile(bounds, {10, 10, 0, 0}, 0.75), 1.5);
        QCOMPARE(histogramQuantile(bounds, {0, 0, 0, 5}, 0.99), 4.0); // overflow reads as the last bound
        QCOMPARE(histogramQuantile(bounds, {0, 0, 0, 0}, 0.95), 0.0);
        QCOMPARE(histogramQuantile(bounds, {1, 2}, 0.95), 0.0); // malformed: no guess
    }

    void eventsModelFollowsTheDrillAndFilters()
    {
        DrillRunner runner;
        QVERIFY(test::loadAndWait(runner, drillWithEvents()));
        EventsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        EventFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTelemetry(runner.telemetry(), runner.scenario());
        QCOMPARE(model.rowCount(), 0);

        runTo(runner, 3 * kMinute);
        model.refresh();
        QVERIFY(model.rowCount() >= 2);
        QVERIFY(model.kinds().contains(QStringLiteral("deploy")));
        QVERIFY(model.kinds().contains(QStringLiteral("config-change")));

        proxy.setService(QStringLiteral("inventory"));
        QVERIFY(proxy.rowCount() >= 1);
        bool sawDeploy = false;
        for (int r = 0; r < proxy.rowCount(); ++r) {
            const QModelIndex i = proxy.index(r, EventsModel::Details);
            QCOMPARE(i.data(EventsModel::ServiceRole).toString(), QStringLiteral("inventory"));
            sawDeploy |= i.data(EventsModel::KindRole).toString() == QLatin1String("deploy") &&
                         proxy.index(r, EventsModel::Version).data().toString() == QLatin1String("2.0.0");
        }
        QVERIFY(sawDeploy);

        proxy.setService({});
        proxy.setKind(QStringLiteral("config-change"));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, EventsModel::Service).data().toString(), QStringLiteral("api"));
        QCOMPARE(proxy.index(0, EventsModel::Kind).data().toString(), QStringLiteral("Config change"));
        QVERIFY(proxy.index(0, EventsModel::Time).data().toString().contains(QLatin1String("T+00:01:30")));

        proxy.setKind({});
        proxy.setText(QStringLiteral("POOL"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setText(QStringLiteral("no such words"));
        QCOMPARE(proxy.rowCount(), 0);

        model.setTelemetry(nullptr, nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void redTablesKeepTheirRowsWhileFiguresChange()
    {
        RedTableModel model(QStringLiteral("Service"));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSortFilterProxyModel sorted;
        sorted.setSourceModel(&model);
        sorted.setSortRole(RedTableModel::SortRole);
        QAbstractItemModelTester sortedTester(&sorted, QAbstractItemModelTester::FailureReportingMode::QtTest);
        sorted.sort(RedTableModel::Errors, Qt::DescendingOrder);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

        RedFigures ok, bad;
        ok.requests = 100;
        ok.rate = 10;
        bad.requests = 100;
        bad.errors = 20;
        bad.rate = 10;
        bad.errorRate = 0.2;
        bad.p95Ms = 1500;
        model.setRows({{QStringLiteral("cart"), {}, {}, ok}, {QStringLiteral("payment"), {}, {}, bad}});
        QCOMPARE(resets.count(), 1);
        QCOMPARE(sorted.index(0, RedTableModel::Name).data().toString(), QStringLiteral("payment"));
        QCOMPARE(sorted.index(0, RedTableModel::Errors).data().toString(), QStringLiteral("20.0%"));
        QCOMPARE(sorted.index(0, RedTableModel::P95).data().toString(), QStringLiteral("1.50 s"));
        QVERIFY(sorted.index(0, RedTableModel::Name).data(Qt::ForegroundRole).isValid()); // red text

        // New figures for the same services: no reset, and the sort follows.
        model.setRows({{QStringLiteral("cart"), {}, {}, bad}, {QStringLiteral("payment"), {}, {}, ok}});
        QCOMPARE(resets.count(), 1);
        QCOMPARE(sorted.index(0, RedTableModel::Name).data().toString(), QStringLiteral("cart"));
        QCOMPARE(model.rowOf(QStringLiteral("payment")), 1);

        DependencyModel deps;
        QAbstractItemModelTester depsTester(&deps, QAbstractItemModelTester::FailureReportingMode::QtTest);
        deps.setRows({{true, QStringLiteral("orders-db"), true, 12.5, 0.0, 8.0},
                      {false, QStringLiteral("checkout"), false, 0, 0, 0}});
        QCOMPARE(deps.rowCount(), 2);
        QCOMPARE(deps.index(0, DependencyModel::Rate).data().toString(), QStringLiteral("12.5/s"));
        QCOMPARE(deps.index(1, DependencyModel::Rate).data().toString(), QStringLiteral("no calls"));
        QCOMPARE(deps.index(1, DependencyModel::Component).data(DependencyModel::ComponentRole).toString(),
                 QStringLiteral("checkout"));
        deps.setRows({});
        QCOMPARE(deps.rowCount(), 0);
    }

    void redFiguresComeFromTheMetricSeries()
    {
        DrillRunner runner;
        QVERIFY(test::loadAndWait(runner, drillWithEvents()));
        runTo(runner, 3 * kMinute);
        MetricIndex index;
        index.reset(runner.telemetry());
        QVERIFY(!index.isEmpty());
        QVERIFY(index.latest() >= 3 * kMinute);

        QCOMPARE(operationsOf(index, QStringLiteral("api")),
                 (QStringList{QStringLiteral("GET /items"), QStringLiteral("POST /orders")}));
        QVERIFY(servicesWithRed(index).contains(QStringLiteral("inventory")));

        // ~50 requests/s enter the api; inventory fails about half its calls once the fault starts.
        const RedFigures api = redOver(index, QStringLiteral("api"), {}, kMinute, 3 * kMinute);
        QVERIFY2(api.rate > 35 && api.rate < 65, qPrintable(QString::number(api.rate)));
        QVERIFY(api.p50Ms > 0 && api.p50Ms <= api.p95Ms && api.p95Ms <= api.p99Ms);
        const RedFigures inv = redOver(index, QStringLiteral("inventory"), QStringLiteral("GET /stock"), kMinute,
                                       3 * kMinute);
        QVERIFY2(inv.errorRate > 0.35 && inv.errorRate < 0.65, qPrintable(QString::number(inv.errorRate)));
        const RedFigures calm = redOver(index, QStringLiteral("inventory"), {}, 0, 30 * kSecond);
        QVERIFY(calm.errorRate < 0.05);

        // One point per 10-s recording; their requests add up to the window's.
        const std::vector<RedPoint> points = redOverTime(index, QStringLiteral("api"), {}, kMinute, 3 * kMinute);
        QCOMPARE(points.size(), std::size_t{12});
        double sum = 0;
        for (const RedPoint& p : points)
            sum += p.figures.requests;
        QCOMPARE(sum, api.requests);

        // Counters chart as per-second rates.
        const auto hits = index.find(QStringLiteral("service.request.count"), QStringLiteral("api"));
        const QList<QPointF> rate = aggregatePoints(hits, kMinute, 3 * kMinute, SeriesTransform::PerSecond,
                                                    SeriesAggregation::Sum);
        QCOMPARE(rate.size(), 13); // both ends of [1m, 3m] are recording times
        QVERIFY(rate.first().x() == 1.0 && rate.last().x() == 3.0);
        QVERIFY(rate[5].y() > 30 && rate[5].y() < 70);
    }
};

QTEST_MAIN(TestOverviewModels)
#include "tst_overviewmodels.moc"
