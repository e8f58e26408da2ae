// Channels and monitors as an on-call trainee uses them: a page arrives, the pager keeps ringing until
// it is acknowledged, and every message leads to its monitor, runbook and service.
#include "DrillLoading.h"
#include "bridge/DrillRunner.h"
#include "channels/ChannelsPage.h"
#include "models/MonitorModel.h"
#include "models/NotificationModel.h"
#include "monitors/MonitorsPage.h"
#include "shell/MainWindow.h"
#include "widgets/Navigator.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTextBrowser>
#include <QtTest>

using namespace kunren;
using namespace kunren::app;

namespace {

// Row of the first pager message that opened a page.
int firstPageRow(const QAbstractItemModel* model)
{
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->index(r, 0).data(NotificationModel::KindRole).toInt() ==
            static_cast<int>(AlertNotification::Kind::Triggered))
            return r;
    return -1;
}

} // namespace

class TestChannels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void modelsFollowTheDrill()
    {
        DrillRunner runner;
        NotificationModel notifications(&runner);
        MonitorModel monitors(&runner);
        QAbstractItemModelTester t1(&notifications, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(&monitors, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QString error;
        QVERIFY2(test::loadAndWait(runner, QStringLiteral("shop-acquirer-unreachable"), 7, &error), qPrintable(error));
        QVERIFY(monitors.rowCount() >= 1);
        QVERIFY(monitors.rowOf(QStringLiteral("checkout-slo")) >= 0);
        runner.jumpTo(16 * kMinute);
        QTRY_VERIFY_WITH_TIMEOUT(runner.now() >= 16 * kMinute, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(notifications.rowCount() > 0, 5000);
        // The SLO page is firing: the monitor shows ALERT.
        const int row = monitors.rowOf(QStringLiteral("checkout-slo"));
        QCOMPARE(monitors.index(row, MonitorModel::State).data(MonitorModel::LevelRole).toInt(),
                 static_cast<int>(AlertLevel::Alert));
        notifications.setChannel(AlertChannel::Pager);
        QVERIFY(firstPageRow(&notifications) >= 0);
        for (int r = 0; r < notifications.rowCount(); ++r)
            QCOMPARE(notifications.index(r, 0).data(NotificationModel::ChannelRole).toInt(),
                     static_cast<int>(AlertChannel::Pager));
    }

    void aPageRingsUntilAcknowledged()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(test::startAndWait(window, QStringLiteral("shop-acquirer-unreachable"), 7));
        window.showPage(QStringLiteral("channels"));
        auto* page = qobject_cast<ChannelsPage*>(window.page(QStringLiteral("channels")));
        QVERIFY(page);
        window.runner()->jumpTo(16 * kMinute);
        QTRY_VERIFY_WITH_TIMEOUT(window.runner()->unacknowledgedPages() > 0, 30000);

        auto* banner = page->findChild<QLabel*>(QStringLiteral("pagerBanner"));
        QTRY_VERIFY(banner->isVisible());
        // The status bar says so on every page.
        auto* statusPages = window.findChild<QLabel*>(QStringLiteral("statusPages"));
        QVERIFY(statusPages);
        QTRY_VERIFY(statusPages->isVisible());
        QVERIFY2(statusPages->text().contains(QLatin1String("not acknowledged")), qPrintable(statusPages->text()));
        // Messages arrive while the page is open; the short columns still fit their text.
        auto* table = page->findChild<QTableView*>(QStringLiteral("notificationTable"));
        QVERIFY(table->model()->rowCount() > 0);
        for (const int column : {NotificationModel::Time, NotificationModel::Source}) {
            const QString text = table->model()->index(0, column).data().toString();
            QTRY_VERIFY2(table->columnWidth(column) > table->fontMetrics().horizontalAdvance(text),
                         qPrintable(QStringLiteral("%1: %2 px").arg(text).arg(table->columnWidth(column))));
        }
        page->selectChannel(2); // the pager
        const int row = firstPageRow(table->model());
        QVERIFY(row >= 0);
        table->setCurrentIndex(table->model()->index(row, NotificationModel::Message));
        auto* detail = page->findChild<QTextBrowser*>(QStringLiteral("notificationDetail"));
        QVERIFY2(detail->toPlainText().contains(QLatin1String("Runbook")), qPrintable(detail->toPlainText()));

        // Keep the drill going: the pager re-notifies while the page is open.
        const int before = table->model()->rowCount();
        window.runner()->jumpTo(24 * kMinute);
        QTRY_VERIFY_WITH_TIMEOUT(window.runner()->now() >= 24 * kMinute, 30000);
        QTRY_VERIFY(table->model()->rowCount() > before);

        auto* ack = page->findChild<QPushButton*>(QStringLiteral("acknowledgeButton"));
        QVERIFY(ack->isEnabled());
        QTest::mouseClick(ack, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(window.runner()->unacknowledgedPages() == 0, 5000);
        QTRY_VERIFY(!banner->isVisible());
        QTRY_VERIFY(!statusPages->isVisible());

        // And the monitor behind it, with its runbook, is one click away.
        auto* openMonitor = page->findChild<QPushButton*>(QStringLiteral("openMonitorButton"));
        table->setCurrentIndex(table->model()->index(row, NotificationModel::Message));
        QTest::mouseClick(openMonitor, Qt::LeftButton);
        QCOMPARE(window.currentPageId(), QStringLiteral("monitors"));
        auto* monitorDetail =
            window.page(QStringLiteral("monitors"))->findChild<QTextBrowser*>(QStringLiteral("monitorDetail"));
        QVERIFY2(monitorDetail->toPlainText().contains(QLatin1String("History")),
                 qPrintable(monitorDetail->toPlainText()));
        QVERIFY(monitorDetail->toPlainText().contains(QLatin1String("ALERT")));
    }
};

QTEST_MAIN(TestChannels)
#include "tst_channels.moc"
