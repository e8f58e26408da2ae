// Metrics as a trainee uses it: a service's default dashboard (RED, pods' memory climbing to their
// limit, restarts) with event markers, resource dashboards, the metric explorer, and charts that never
// hand Qt Charts more than two points per pixel.
#include "bridge/DrillRunner.h"
#include "metrics/MetricExplorer.h"
#include "metrics/MetricsPage.h"
#include "shell/MainWindow.h"
#include "shell/Navigator.h"
#include "widgets/TimeRangeBar.h"
#include "widgets/TimeSeriesChart.h"

#include <QChart>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QtTest>

#include <cmath>

using namespace kunren;
using namespace kunren::app;

namespace {

TimeSeriesChart* panel(MetricsPage* page, const QString& title)
{
    for (TimeSeriesChart* c : page->charts())
        if (c->chart()->title() == title)
            return c;
    return nullptr;
}

double peak(const TimeSeriesChart* chart)
{
    double m = 0;
    for (QAbstractSeries* s : chart->chart()->series())
        for (const QPointF& p : static_cast<QLineSeries*>(s)->points())
            m = std::max(m, p.y());
    return m;
}

} // namespace

class TestMetricsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aServiceDashboardShowsItsPodsAndEvents()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* page = qobject_cast<MetricsPage*>(window.page(QStringLiteral("metrics")));
        QVERIFY(page);
        QVERIFY(window.startScenario(QStringLiteral("shop-fulfillment-oom"), 7));
        window.runner()->jumpTo(20 * kMinute);
        QTRY_VERIFY_WITH_TIMEOUT(window.runner()->now() >= 20 * kMinute, 90000);

        // The APM service page's Metrics link lands here on the service's dashboard.
        Q_EMIT window.navigator()->metricsRequested(QStringLiteral("fulfillment"));
        QCOMPARE(window.currentPageId(), QStringLiteral("metrics"));
        QCOMPARE(page->currentDashboard(), QStringLiteral("fulfillment"));

        TimeSeriesChart* requests = panel(page, QStringLiteral("Requests and errors per second"));
        QVERIFY(requests);
        QVERIFY(requests->plottedPoints() > 0);
        QVERIFY(requests->plottedPoints() <= 2 * requests->plotWidth() * requests->chart()->series().size());

        // The leaking pods' memory, one line per pod, climbs towards the limit line.
        TimeSeriesChart* memory = panel(page, QStringLiteral("Memory working set per pod"));
        QVERIFY(memory);
        QVERIFY(memory->chart()->series().size() >= 2);
        QVERIFY(peak(memory) > 100); // MiB
        TimeSeriesChart* restarts = panel(page, QStringLiteral("Restarts and OOM kills"));
        QVERIFY(restarts && peak(restarts) >= 1);
        // OOM kills and the deploy (at 2m: widen the window to the whole drill) are on the charts as markers.
        page->findChild<TimeRangeBar*>()->setSpanSeconds(0);
        QTRY_VERIFY(!restarts->markers().isEmpty() && restarts->markers().first().minute < 5);
        bool oom = false, deploy = false;
        for (const ChartMarker& m : restarts->markers()) {
            oom |= m.label.startsWith(QLatin1String("OOM killed"));
            deploy |= m.label.startsWith(QLatin1String("Deploy"));
        }
        QVERIFY(oom && deploy);
    }

    void resourceDashboardsAndTheExplorer()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* page = qobject_cast<MetricsPage*>(window.page(QStringLiteral("metrics")));
        QVERIFY(window.startScenario(QStringLiteral("shop-slow-query"), 7));
        window.runner()->jumpTo(15 * kMinute);
        QTRY_VERIFY_WITH_TIMEOUT(window.runner()->now() >= 15 * kMinute, 90000);
        window.showPage(QStringLiteral("metrics"));

        page->showDashboard(QStringLiteral("orders-db"));
        TimeSeriesChart* connections = panel(page, QStringLiteral("Connections"));
        QVERIFY(connections);
        QCOMPARE(connections->chart()->series().size(), 2);
        QVERIFY(peak(connections) > 0);
        page->showDashboard(QStringLiteral("cache"));
        QVERIFY(panel(page, QStringLiteral("Cache hit ratio")));
        QVERIFY(peak(panel(page, QStringLiteral("Cache hit ratio"))) > 50); // percent

        // Explorer: restarts per pod of one service.
        page->showExplorer();
        MetricExplorer* explorer = page->explorer();
        explorer->select(QStringLiteral("container_memory_working_set_bytes"), QStringLiteral("checkout"));
        auto* group = explorer->findChild<QComboBox*>(QStringLiteral("explorerGroup"));
        group->setCurrentIndex(2); // a line per pod
        QVERIFY(explorer->chart()->chart()->series().size() >= 1);
        QVERIFY(explorer->chart()->plottedPoints() > 0);
        for (QAbstractSeries* s : explorer->chart()->chart()->series())
            QVERIFY2(s->name().startsWith(QLatin1String("checkout-")), qPrintable(s->name()));
        // A malformed filter is explained where the user typed it.
        explorer->findChild<QLineEdit*>(QStringLiteral("explorerFilter"))->setText(QStringLiteral("nonsense"));
        QVERIFY(explorer->findChild<QLabel*>(QStringLiteral("explorerNote"))->text().contains(QLatin1String("attribute:value")));
    }

    void chartsThinLinesToTheirPixelWidth()
    {
        TimeSeriesChart chart(QStringLiteral("dense"));
        chart.resize(640, 300);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        ChartLine line{QStringLiteral("value"), {}, {}};
        for (int i = 0; i < 50000; ++i)
            line.points << QPointF(i / 1000.0, i == 31337 ? 1000.0 : std::sin(i / 300.0));
        chart.setLines({line}, 0, 50);
        QCOMPARE(chart.rawPoints(), qsizetype(50000));
        QVERIFY(chart.plottedPoints() > 0);
        QVERIFY2(chart.plottedPoints() <= 2 * chart.plotWidth(),
                 qPrintable(QStringLiteral("%1 points for %2 px").arg(chart.plottedPoints()).arg(chart.plotWidth())));
        QCOMPARE(peak(&chart), 1000.0); // the spike survives thinning
    }
};

QTEST_MAIN(TestMetricsPage)
#include "tst_metricspage.moc"
