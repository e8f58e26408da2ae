// APM as a trainee uses it: the service list with RED figures, a double-click on the map opening the
// service page, which lists endpoints, deploys and dependencies, charts RED over time and links on.
#include "DrillLoading.h"
#include "apm/ApmPage.h"
#include "apm/ServicePage.h"
#include "bridge/DrillRunner.h"
#include "map/MapItems.h"
#include "map/MapScene.h"
#include "map/MapView.h"
#include "map/ServiceMapPage.h"
#include "models/EventsModel.h"
#include "models/RedTableModel.h"
#include "shell/MainWindow.h"
#include "widgets/Navigator.h"
#include "widgets/RedCharts.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QtTest>

using namespace kunren;
using namespace kunren::app;

namespace {

QStringList column(const QAbstractItemModel* model, int col)
{
    QStringList out;
    for (int r = 0; r < model->rowCount(); ++r)
        out << model->index(r, col).data().toString();
    return out;
}

} // namespace

class TestApmPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void serviceListMapDoubleClickAndServicePage()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* apm = qobject_cast<ApmPage*>(window.page(QStringLiteral("apm")));
        QVERIFY(apm);
        QVERIFY(test::startAndWait(window, QStringLiteral("shop-payment-bad-deploy"), 7));
        window.runner()->jumpTo(12 * kMinute);
        QTRY_VERIFY_WITH_TIMEOUT(window.runner()->now() >= 12 * kMinute, 90000);

        // The list: every component with RED metrics, the failing ones sortable to the top.
        window.showPage(QStringLiteral("apm"));
        QTableView* list = apm->serviceTable();
        QTRY_COMPARE_WITH_TIMEOUT(list->model()->rowCount(), 12, 5000);
        list->sortByColumn(RedTableModel::Errors, Qt::DescendingOrder);
        const QStringList top = column(list->model(), RedTableModel::Name).mid(0, 2);
        QVERIFY2(top.contains(QStringLiteral("payment")), qPrintable(top.join(QLatin1Char(','))));
        QVERIFY(list->model()->index(0, 0).data(RedTableModel::ErrorRateRole).toDouble() > 0.05);

        // Double-click payment on the map: the APM page opens on payment.
        window.showPage(QStringLiteral("map"));
        auto* map = qobject_cast<ServiceMapPage*>(window.page(QStringLiteral("map")));
        MapNodeItem* node = map->scene()->node(QStringLiteral("payment"));
        map->view()->centerOn(node);
        QTest::mouseDClick(map->view()->viewport(), Qt::LeftButton, {}, map->view()->mapFromScene(node->pos()));
        QCOMPARE(window.currentPageId(), QStringLiteral("apm"));
        QCOMPARE(apm->currentService(), QStringLiteral("payment"));

        ServicePage* page = apm->servicePage();
        QVERIFY(page->isVisible());
        QTRY_VERIFY(
            column(page->endpointTable()->model(), RedTableModel::Name).contains(QStringLiteral("POST /payments")));
        // The bad deploy is among its recent deploys.
        QTRY_VERIFY(column(page->deployTable()->model(), EventsModel::Version).contains(QStringLiteral("5.1.0")));
        QVERIFY(page->deployTable()->isVisible());
        // Dependencies from the service map: called by checkout, calls the card acquirer.
        QTRY_VERIFY_WITH_TIMEOUT(page->dependencyUpdates() > 0, 30000);
        const QStringList deps = column(page->dependencyTable()->model(), 1);
        QVERIFY2(deps.contains(QStringLiteral("checkout")) && deps.contains(QStringLiteral("card-acquirer")),
                 qPrintable(deps.join(QLatin1Char(','))));

        // RED charts: points over the window, thinned to the plot width, with the deploy as a marker.
        TimeSeriesChart* requests = page->charts()->requests();
        QVERIFY(requests->plottedPoints() > 0);
        QVERIFY(requests->plottedPoints() <= 2 * 2 * requests->plotWidth()); // two lines

        // The links ask the navigator for the other tools.
        QSignalSpy logs(window.navigator(), &Navigator::logsRequested);
        QSignalSpy spans(window.navigator(), &Navigator::spansRequested);
        page->findChild<QPushButton*>(QStringLiteral("serviceLogs"))->click();
        page->findChild<QPushButton*>(QStringLiteral("serviceTraces"))->click();
        QCOMPARE(logs.value(0).value(0).toString(), QStringLiteral("service:payment"));
        QCOMPARE(spans.value(0).value(0).toString(), QStringLiteral("service:payment"));

        // Back to the list with Alt+Left.
        window.showPage(QStringLiteral("apm"));
        page->endpointTable()->setFocus();
        QTest::keyClick(page->endpointTable(), Qt::Key_Left, Qt::AltModifier);
        QVERIFY(apm->currentService().isEmpty());
        QVERIFY(list->isVisible());
    }

    void aServiceWithoutDeploysSaysSo()
    {
        MainWindow window;
        window.show();
        QVERIFY(test::startAndWait(window, QStringLiteral("shop-payment-bad-deploy"), 7));
        window.runner()->jumpTo(3 * kMinute);
        QTRY_VERIFY_WITH_TIMEOUT(window.runner()->now() >= 3 * kMinute, 90000);
        Q_EMIT window.navigator()->serviceRequested(QStringLiteral("cart"));
        auto* apm = qobject_cast<ApmPage*>(window.page(QStringLiteral("apm")));
        QCOMPARE(apm->currentService(), QStringLiteral("cart"));
        auto* hint = apm->servicePage()->findChild<QLabel*>(QStringLiteral("deployHint"));
        QVERIFY(hint->isVisible());
        QVERIFY(hint->text().contains(QLatin1String("cart")));
    }
};

QTEST_MAIN(TestApmPage)
#include "tst_apmpage.moc"
