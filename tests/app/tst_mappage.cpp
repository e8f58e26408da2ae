// The service map as a trainee uses it: every component of the drill, the faulty one turning red when
// its fault starts, search, focus mode and the double-click through to the service.
#include "DrillLoading.h"
#include "bridge/DrillRunner.h"
#include "map/MapItems.h"
#include "map/MapScene.h"
#include "map/MapView.h"
#include "map/ServiceMapPage.h"
#include "shell/MainWindow.h"
#include "widgets/Navigator.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QToolButton>
#include <QtTest>

using namespace kunren;
using namespace kunren::app;

class TestMapPage : public QObject
{
    Q_OBJECT

private:
    static void runTo(MainWindow& window, ServiceMapPage* page, SimTime t)
    {
        window.runner()->jumpTo(t);
        QTRY_VERIFY_WITH_TIMEOUT(window.runner()->now() >= t, 90000);
        QTRY_VERIFY_WITH_TIMEOUT(page->windowEnd() >= t, 30000);
    }

    static std::optional<NodeHealth> health(ServiceMapPage* page, const QString& name)
    {
        const auto& f = page->scene()->node(name)->figures();
        return f ? std::optional(f->health) : std::nullopt;
    }

private Q_SLOTS:
    void theMapShowsEveryComponentAndTheFaultyOneTurnsRed()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* page = qobject_cast<ServiceMapPage*>(window.page(QStringLiteral("map")));
        QVERIFY(page);
        window.showPage(QStringLiteral("map"));
        QVERIFY(test::startAndWait(window, QStringLiteral("shop-payment-bad-deploy"), 7));

        QStringList expected;
        for (const ServiceSpec& s : window.runner()->scenario()->topology->services)
            expected << QString::fromStdString(s.name);
        QStringList shown = page->scene()->nodeNames();
        shown.sort();
        expected.sort();
        QCOMPARE(shown, expected);

        // Before the bad deploy (at 6m) payment is healthy; a few minutes after it, critical.
        runTo(window, page, 5 * kMinute);
        QCOMPARE(health(page, QStringLiteral("payment")), std::optional(NodeHealth::Ok));
        runTo(window, page, 10 * kMinute);
        QCOMPARE(health(page, QStringLiteral("payment")), std::optional(NodeHealth::Critical));
        QCOMPARE(health(page, QStringLiteral("cart")), std::optional(NodeHealth::Ok));
    }

    void searchFocusAndDoubleClickOpenTheService()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* page = qobject_cast<ServiceMapPage*>(window.page(QStringLiteral("map")));
        window.showPage(QStringLiteral("map"));
        QVERIFY(test::startAndWait(window, QStringLiteral("platform-bench"), 1));
        QCOMPARE(page->scene()->nodeNames().size(), 61);
        MapNodeItem* target = page->scene()->node(QStringLiteral("payments-db"));
        QVERIFY(target);
        const QPointF before = target->pos();

        // Typing in the search box selects the first match and centres it.
        auto* search = page->findChild<QLineEdit*>(QStringLiteral("mapSearch"));
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        page->view()->setFocus();
        QTest::keyClick(page->view(), Qt::Key_F, Qt::ControlModifier);
        QVERIFY(search->hasFocus());
        QTest::keyClicks(search, QStringLiteral("payments-d"));
        QVERIFY(target->isSelected());
        MapView* view = page->view();
        const QPointF centre = view->mapToScene(view->viewport()->rect().center());
        QVERIFY2(QLineF(centre, target->pos()).length() < 40, "the match is not centred");

        // Focus mode keeps the node and its neighbours and dims the rest.
        QTest::keyClick(page->view(), Qt::Key_F);
        QCOMPARE(page->scene()->focusNode(), QStringLiteral("payments-db"));
        QVERIFY(target->opacity() > 0.9);
        QVERIFY(page->scene()->node(QStringLiteral("payment-service"))->opacity() > 0.9); // a caller
        QVERIFY(page->scene()->node(QStringLiteral("edge-alb"))->opacity() < 0.5);
        QTest::keyClick(view, Qt::Key_Escape);
        QVERIFY(page->scene()->focusNode().isEmpty());
        QVERIFY(page->scene()->node(QStringLiteral("edge-alb"))->opacity() > 0.9);

        // Double-click asks the navigator for the service page.
        QSignalSpy opened(window.navigator(), &Navigator::serviceRequested);
        const QPoint at = view->mapFromScene(target->pos());
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.first().first().toString(), QStringLiteral("payments-db"));

        // Nodes never move as the drill advances (the double-click left for the APM page: come back).
        window.showPage(QStringLiteral("map"));
        window.runner()->jumpTo(20 * kSecond);
        QTRY_VERIFY_WITH_TIMEOUT(page->windowEnd() >= 20 * kSecond, 90000);
        QCOMPARE(target->pos(), before);
    }
};

QTEST_MAIN(TestMapPage)
#include "tst_mappage.moc"
