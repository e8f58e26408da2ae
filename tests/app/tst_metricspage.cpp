// Metrics as a trainee uses it: a service's default dashboard (RED, pods' memory climbing to their
// limit, restarts) with event markers, resource dashboards, the metric explorer, and charts that never
// hand Qt Charts more than two points per pixel.
#include "DrillLoading.h"
#include "bridge/DrillRunner.h"
#include "metrics/MetricExplorer.h"
#include "metrics/MetricsPage.h"
#include "shell/MainWindow.h"
#include "widgets/Navigator.h"
#include "widgets/TimeRangeBar.h"
#include "widgets/TimeSeriesChart.h"

#include <QChart>
#include <QComboBox>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineEdit>
#include <QLineSeries>
#include <QValueAxis>
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

// Visible text on the chart's scene equal to `text` (an axis title drawn twice shows up twice here).
int visibleTexts(const TimeSeriesChart* chart, const QString& text)
{
    int n = 0;
    for (QGraphicsItem* item : chart->scene()->items()) {
        if (!item->isVisible())
            continue;
        if (auto* t = dynamic_cast<QGraphicsTextItem*>(item); t && t->toPlainText() == text)
            ++n;
        else if (auto* st = dynamic_cast<QGraphicsSimpleTextItem*>(item); st && st->text() == text)
            ++n;
    }
    return n;
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
        QVERIFY(test::startAndWait(window, QStringLiteral("shop-fulfillment-oom"), 7));
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

    // Every chart reads like a chart: one x axis and one y axis (never a stale 0–1 axis drawn over the real
    // one), the y axis titled with its unit, and a legend naming each line.
    void everyChartHasOneAxisPerDimensionWithItsUnit()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* page = qobject_cast<MetricsPage*>(window.page(QStringLiteral("metrics")));
        QVERIFY(test::startAndWait(window, QStringLiteral("shop-payment-bad-deploy"), 7));
        window.showPage(QStringLiteral("metrics"));
        page->showDashboard(QStringLiteral("cart")); // before any data: the charts are built empty first
        window.runner()->jumpTo(8 * kMinute);
        QTRY_VERIFY_WITH_TIMEOUT(window.runner()->now() >= 8 * kMinute, 90000);
        QTRY_VERIFY(peak(panel(page, QStringLiteral("Requests and errors per second"))) > 0);
        const QHash<QString, QString> units{{QStringLiteral("Requests and errors per second"), QStringLiteral("req/s")},
                                            {QStringLiteral("Error rate"), QStringLiteral("%")},
                                            {QStringLiteral("Latency"), QStringLiteral("ms")},
                                            {QStringLiteral("CPU per pod"), QStringLiteral("cores")},
                                            {QStringLiteral("CPU throttling"), QStringLiteral("%")},
                                            {QStringLiteral("Memory working set per pod"), QStringLiteral("MiB")}};
        for (int pass = 0; pass < 2; ++pass) {
            for (TimeSeriesChart* c : page->charts()) {
                const QString title = c->chart()->title();
                QCOMPARE(c->chart()->axes(Qt::Horizontal).size(), qsizetype(1));
                QCOMPARE(c->chart()->axes(Qt::Vertical).size(), qsizetype(1));
                // Drawn once: the chart lays its axes out lazily, so wait for the title to show first.
                QTRY_VERIFY2(visibleTexts(c, QStringLiteral("minutes into the drill")) >= 1, qPrintable(title));
                QVERIFY2(visibleTexts(c, QStringLiteral("minutes into the drill")) == 1, qPrintable(title));
                const QString unit = c->chart()->axes(Qt::Vertical).first()->titleText();
                QVERIFY2(!unit.isEmpty(), qPrintable(title));
                QVERIFY2(visibleTexts(c, unit) == 1, qPrintable(title + QStringLiteral(": ") + unit));
                if (units.contains(title))
                    QCOMPARE(unit, units.value(title));
                if (!c->chart()->series().isEmpty()) {
                    QVERIFY2(c->chart()->legend()->isVisible(), qPrintable(title));
                    QCOMPARE(c->chart()->legend()->markers().size(), c->chart()->series().size());
                }
            }
            window.runner()->jumpTo(10 * kMinute); // a refresh must not add axes
            QTRY_VERIFY_WITH_TIMEOUT(window.runner()->now() >= 10 * kMinute, 90000);
            QTest::qWait(1200);
        }
        // The README's Metrics image: payment's dashboard, errors from its deploy marker on.
        if (const QString shots = qEnvironmentVariable("KUNREN_SCREENSHOT_DIR"); !shots.isEmpty()) {
            page->showDashboard(QStringLiteral("payment"));
            QTest::qWait(300);
            window.grab().save(shots + QStringLiteral("/metrics.png"));
        }
    }

    void resourceDashboardsAndTheExplorer()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* page = qobject_cast<MetricsPage*>(window.page(QStringLiteral("metrics")));
        QVERIFY(test::startAndWait(window, QStringLiteral("shop-slow-query"), 7));
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
        QVERIFY(explorer->findChild<QLabel*>(QStringLiteral("explorerNote"))
                    ->text()
                    .contains(QLatin1String("attribute:value")));
    }

    // A chart refreshed many times (empty first, as a dashboard opens before data) looks exactly like one
    // drawn once with the same lines: nothing of an earlier refresh stays on screen.
    void aRefreshedChartLooksLikeAFreshOne()
    {
        ChartLine line{QStringLiteral("requests/s"), {}, {}};
        for (int i = 0; i <= 120; ++i)
            line.points << QPointF(i / 10.0, 500 + 100 * std::sin(i / 7.0));
        auto draw = [&](TimeSeriesChart& chart) {
            chart.setUnit(QStringLiteral("req/s"));
            chart.resize(520, 300);
            chart.show();
            return QTest::qWaitForWindowExposed(&chart);
        };
        TimeSeriesChart refreshed(QStringLiteral("Requests"));
        QVERIFY(draw(refreshed));
        refreshed.setLines({}, 0, 1);
        QTest::qWait(50);
        refreshed.setLines({line}, 0, 6);
        QPalette dark = refreshed.palette(); // a theme switch re-themes the chart with its lines on
        dark.setColor(QPalette::Window, Qt::black);
        refreshed.setPalette(dark);
        QTest::qWait(50);
        refreshed.setPalette(QPalette());
        for (int i = 1; i <= 3; ++i) {
            refreshed.setLines({line}, 0, 12.0 * i);
            QTest::qWait(50);
        }
        refreshed.setLines({line}, 0, 12);
        TimeSeriesChart fresh(QStringLiteral("Requests"));
        QVERIFY(draw(fresh));
        fresh.setLines({line}, 0, 12);
        QTest::qWait(200);
        QCOMPARE(refreshed.chart()->axes().size(), qsizetype(2));
        QTRY_COMPARE(refreshed.grab().toImage(), fresh.grab().toImage());
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
        // Thinned to the plot's width once the axes and the legend have taken their room.
        QTRY_VERIFY2(
            chart.plottedPoints() <= 2 * chart.plotWidth(),
            qPrintable(QStringLiteral("%1 points for %2 px").arg(chart.plottedPoints()).arg(chart.plotWidth())));
        QCOMPARE(peak(&chart), 1000.0); // the spike survives thinning
    }
};

QTEST_MAIN(TestMetricsPage)
#include "tst_metricspage.moc"
