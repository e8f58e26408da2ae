// A screenshot of each overview page (service map, APM list and service page, metrics, events) in a
// running drill, checked not to be blank. Set KUNREN_SCREENSHOT_DIR to keep the PNGs.
#include "bridge/DrillRunner.h"
#include "map/ServiceMapPage.h"
#include "shell/MainWindow.h"
#include "shell/Navigator.h"

#include <QDir>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using namespace kunren;
using namespace kunren::app;

namespace {

int distinctColours(const QImage& image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 5)
        for (int x = 0; x < image.width(); x += 5)
            colours.insert(image.pixel(x, y));
    return static_cast<int>(colours.size());
}

} // namespace

class TestOverviewSmoke : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void screenshotsOfEveryOverviewPage_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("page");
        QTest::addColumn<QString>("service");
        QTest::newRow("map") << QStringLiteral("shop-payment-bad-deploy") << QStringLiteral("map") << QString();
        QTest::newRow("apm") << QStringLiteral("shop-payment-bad-deploy") << QStringLiteral("apm") << QString();
        QTest::newRow("apm-service") << QStringLiteral("shop-payment-bad-deploy") << QStringLiteral("apm") << QStringLiteral("payment");
        QTest::newRow("metrics") << QStringLiteral("shop-fulfillment-oom") << QStringLiteral("metrics") << QStringLiteral("fulfillment");
        QTest::newRow("events") << QStringLiteral("shop-fulfillment-oom") << QStringLiteral("events") << QString();
    }

    void screenshotsOfEveryOverviewPage()
    {
        QFETCH(QString, scenario);
        QFETCH(QString, page);
        QFETCH(QString, service);
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        if (!window.page(page))
            QSKIP("this build has no such page");
        QVERIFY(window.startScenario(scenario, 7));
        window.runner()->jumpTo(14 * kMinute);
        QTRY_VERIFY_WITH_TIMEOUT(window.runner()->now() >= 14 * kMinute, 90000);
        window.showPage(page);
        if (!service.isEmpty() && page == QLatin1String("apm"))
            Q_EMIT window.navigator()->serviceRequested(service);
        if (!service.isEmpty() && page == QLatin1String("metrics"))
            Q_EMIT window.navigator()->metricsRequested(service);
        if (auto* map = qobject_cast<ServiceMapPage*>(window.page(page)))
            QTRY_VERIFY_WITH_TIMEOUT(map->windowEnd() >= 14 * kMinute, 30000);
        QTest::qWait(1500); // background work and the once-a-second refresh land
        QCOMPARE(window.currentPageId(), page);

        const QImage shot = window.grab().toImage();
        QVERIFY(shot.width() > 800 && shot.height() > 500);
        QVERIFY2(distinctColours(shot) > 12, "the page looks blank");
        const QString keep = qEnvironmentVariable("KUNREN_SCREENSHOT_DIR");
        QTemporaryDir tmp;
        const QDir dir(keep.isEmpty() ? tmp.path() : keep);
        QVERIFY(shot.save(dir.filePath(QStringLiteral("%1.png").arg(QString::fromLatin1(QTest::currentDataTag())))));
    }
};

QTEST_MAIN(TestOverviewSmoke)
#include "tst_overviewsmoke.moc"
