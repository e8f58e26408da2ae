// The events page as a trainee uses it: the drill's deploys listed as they happen, the navigator's
// "events of this service" link filtering the table, and a row opening its service.
#include "DrillLoading.h"
#include "bridge/DrillRunner.h"
#include "events/EventsPage.h"
#include "models/EventsModel.h"
#include "shell/MainWindow.h"
#include "widgets/Navigator.h"

#include <QAbstractProxyModel>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QtTest>

using namespace kunren;
using namespace kunren::app;

class TestEventsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eventsListFiltersByServiceAndOpensIt()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* page = qobject_cast<EventsPage*>(window.page(QStringLiteral("events")));
        QVERIFY(page);
        auto* empty = page->findChild<QLabel*>(QStringLiteral("eventsEmptyState"));
        window.showPage(QStringLiteral("events"));
        QVERIFY(empty->isVisible()); // before a drill: says what to do

        QVERIFY(test::startAndWait(window, QStringLiteral("shop-payment-bad-deploy"), 7));
        window.runner()->jumpTo(10 * kMinute);
        QTRY_VERIFY_WITH_TIMEOUT(window.runner()->now() >= 10 * kMinute, 90000);
        QTableView* table = page->table();
        QVERIFY(table->isVisible());
        // Both scripted deploys (catalog at 2m, payment at 6m) are listed, newest first.
        QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() >= 2, 5000);
        const int total = table->model()->rowCount();
        const qint64 first = table->model()->index(0, 0).data(EventsModel::TimeRole).toLongLong();
        const qint64 last = table->model()->index(total - 1, 0).data(EventsModel::TimeRole).toLongLong();
        QVERIFY(first >= last);

        // Another page asks for payment's events.
        window.showPage(QStringLiteral("home"));
        Q_EMIT window.navigator()->eventsRequested(QStringLiteral("payment"));
        QCOMPARE(window.currentPageId(), QStringLiteral("events"));
        QCOMPARE(page->findChild<QComboBox*>(QStringLiteral("eventsService"))->currentText(),
                 QStringLiteral("payment"));
        QVERIFY(table->model()->rowCount() >= 1);
        // Against every event now (navigating refreshed the list, which may have grown since `total`).
        const auto* proxy = qobject_cast<QAbstractProxyModel*>(table->model());
        QVERIFY(proxy);
        QVERIFY(proxy->sourceModel()->rowCount() >= total);
        QVERIFY(table->model()->rowCount() < proxy->sourceModel()->rowCount());
        bool deploy = false;
        for (int r = 0; r < table->model()->rowCount(); ++r) {
            QCOMPARE(table->model()->index(r, EventsModel::Service).data().toString(), QStringLiteral("payment"));
            deploy |= table->model()->index(r, EventsModel::Version).data().toString() == QLatin1String("5.1.0");
        }
        QVERIFY(deploy);

        // Text that matches nothing says how to get back.
        auto* text = page->findChild<QLineEdit*>(QStringLiteral("eventsText"));
        text->setText(QStringLiteral("nothing like this"));
        QCOMPARE(table->model()->rowCount(), 0);
        QVERIFY(page->findChild<QLabel*>(QStringLiteral("eventsCount"))->text().contains(QLatin1String("Esc")));
        text->clear();

        // Enter on a row asks for its service.
        QSignalSpy opened(window.navigator(), &Navigator::serviceRequested);
        table->setFocus();
        table->setCurrentIndex(table->model()->index(0, 0));
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.first().first().toString(), QStringLiteral("payment"));
    }
};

QTEST_MAIN(TestEventsPage)
#include "tst_eventspage.moc"
