// The Log Explorer as a trainee drives it: search, read an inline error, click facets, open a trace.
#include "DrillLoading.h"
#include "bridge/DrillRunner.h"
#include "logs/FacetValueText.h"
#include "logs/FacetView.h"
#include "logs/LogDetailPane.h"
#include "logs/LogsPage.h"
#include "models/FacetModel.h"
#include "models/LogTableModel.h"
#include "shell/MainWindow.h"
#include "widgets/Navigator.h"
#include "widgets/QueryBar.h"

#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QTableView>
#include <QtTest>

using namespace kunren;
using namespace kunren::app;

class TestLogsPage : public QObject
{
    Q_OBJECT

private:
    MainWindow* m_window = nullptr;
    LogsPage* m_page = nullptr;

    void searchAndWait(const QString& query)
    {
        m_window->showPage(QStringLiteral("logs")); // a cross-link may have moved to another page
        QSignalSpy done(m_page, &LogsPage::searchFinished);
        m_page->queryBar()->setQuery(query);
        QVERIFY(done.wait(10000));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_window = new MainWindow;
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        QVERIFY(test::startAndWait(*m_window, QStringLiteral("shop-slow-query"), 5));
        m_window->runner()->jumpTo(4 * kMinute);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->runner()->now() >= 4 * kMinute, 20000);
        m_window->showPage(QStringLiteral("logs"));
        m_page = qobject_cast<LogsPage*>(m_window->page(QStringLiteral("logs")));
        QVERIFY(m_page);
        QVERIFY(m_page->isVisible());
    }

    void cleanupTestCase() { delete m_window; }

    void aSearchFillsTheTableHistogramAndFacets()
    {
        searchAndWait(QString());
        auto* table = m_page->findChild<QTableView*>(QStringLiteral("logTable"));
        QVERIFY(table->model()->rowCount() > 500);
        QVERIFY(m_page->facets()->rowCount() >= 4);
        auto* summary = m_page->findChild<QLabel*>(QStringLiteral("logSummary"));
        QVERIFY2(summary->text().contains(QLocale().toString(table->model()->rowCount())), qPrintable(summary->text()));

        searchAndWait(QStringLiteral("status:error"));
        QVERIFY(table->model()->rowCount() > 0);
        for (int row = 0; row < std::min(20, table->model()->rowCount()); ++row)
            QCOMPARE(table->model()->index(row, LogTableModel::Status).data().toString(), QStringLiteral("ERROR"));
    }

    void aBadQueryIsExplainedUnderTheBar()
    {
        QueryBar* bar = m_page->queryBar();
        QLineEdit* edit = bar->lineEdit();
        edit->clear();
        edit->setFocus();
        QTest::keyClicks(edit, QStringLiteral("service:(checkout"));
        auto* error = m_page->findChild<QLabel*>(QStringLiteral("queryError"));
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QLatin1String("column")), qPrintable(error->text()));
        QVERIFY(bar->lineEdit()->errorPosition() >= 0);
        // Fixing it clears the error.
        QTest::keyClick(edit, Qt::Key_ParenRight);
        QVERIFY(!error->isVisible());
        QCOMPARE(bar->lineEdit()->errorPosition(), -1);

        // Fields the logs do not have are reported by the engine, in the same place.
        searchAndWait(QStringLiteral("duration:>5ms"));
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QLatin1String("duration")), qPrintable(error->text()));
    }

    void clickingAFacetFiltersAndCtrlClickExcludes()
    {
        searchAndWait(QString());
        auto* view = m_page->findChild<FacetView*>(QStringLiteral("facetView"));
        const int total = m_page->results()->rowCount();
        const QModelIndex checkout = m_page->facets()->findValue(QStringLiteral("service"), QStringLiteral("checkout"));
        QVERIFY(checkout.isValid());
        const int checkoutCount = checkout.data(FacetModel::CountRole).toInt();
        QVERIFY(checkoutCount > 0 && checkoutCount < total);

        QSignalSpy done(m_page, &LogsPage::searchFinished);
        view->scrollTo(checkout);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(checkout).center());
        QCOMPARE(m_page->queryBar()->query(), QStringLiteral("service:checkout"));
        QVERIFY(done.wait(10000));
        QCOMPARE(m_page->results()->rowCount(), checkoutCount);
        QCOMPARE(m_page->facets()
                     ->findValue(QStringLiteral("service"), QStringLiteral("checkout"))
                     .data(FacetModel::CountRole)
                     .toInt(),
                 checkoutCount);

        // Ctrl+click on an info status excludes it.
        const QModelIndex info = m_page->facets()->findValue(QStringLiteral("status"), QStringLiteral("info"));
        QVERIFY(info.isValid());
        const int infoCount = info.data(FacetModel::CountRole).toInt();
        view->scrollTo(info);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::ControlModifier, view->visualRect(info).center());
        QCOMPARE(m_page->queryBar()->query(), QStringLiteral("service:checkout -status:info"));
        QVERIFY(done.wait(10000));
        QCOMPARE(m_page->results()->rowCount(), checkoutCount - infoCount);
        QVERIFY(!m_page->facets()->findValue(QStringLiteral("status"), QStringLiteral("info")).isValid());
    }

    // Values that share a long prefix stay apart in a narrow facet list: cut in the middle, whole in the tooltip.
    void longFacetValuesStayDistinct()
    {
        FacetModel model;
        Facet pods{"pod_name", {}, 0};
        Facet kinds{"@error.kind", {}, 0};
        for (const char* suffix : {"x2k4q", "b7m1z", "q9w3e", "p0o8i"})
            pods.values.push_back({std::string("search-api-b2skhsg7d-replicaset-") + suffix, 10, 0});
        for (const char* cls : {"HttpServerErrorException", "ResourceAccessException", "HttpClientErrorException"})
            kinds.values.push_back({std::string("org.springframework.web.client.") + cls, 5, 0});
        model.setFacets({pods, kinds});
        FacetView view(&model);
        QVERIFY(qobject_cast<FacetValueDelegate*>(view.itemDelegateForColumn(FacetModel::Value)));
        view.resize(220, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        for (int f = 0; f < model.rowCount(); ++f) {
            const QModelIndex facet = model.index(f, FacetModel::Value);
            QSet<QString> shown;
            for (int r = 0; r < model.rowCount(facet); ++r) {
                const QModelIndex value = model.index(r, FacetModel::Value, facet);
                const QString whole = value.data().toString();
                const int room = view.visualRect(value).width() - 8;
                const QString drawn = fitFacetValue(whole, view.fontMetrics(), room);
                QVERIFY2(view.fontMetrics().horizontalAdvance(drawn) <= room, qPrintable(drawn));
                QVERIFY2(drawn != whole, "the test needs values longer than the column");
                shown.insert(drawn);
                QVERIFY(value.data(Qt::ToolTipRole).toString().startsWith(whole));
            }
            QVERIFY2(shown.size() == model.rowCount(facet),
                     qPrintable(QStringList(shown.begin(), shown.end()).join(QStringLiteral(" | "))));
        }
    }

    void aLogLinksToItsTrace()
    {
        searchAndWait(QStringLiteral("service:frontend"));
        auto* table = m_page->findChild<QTableView*>(QStringLiteral("logTable"));
        QVERIFY(table->model()->rowCount() > 0);
        table->setFocus();
        table->selectRow(0);
        auto* detail = m_page->findChild<LogDetailPane*>(QStringLiteral("logDetailPane"));
        QTRY_VERIFY(detail->shownRow() >= 0);
        QVERIFY(!detail->traceIdHex().isEmpty()); // every request is traced in this drill
        auto* button = m_page->findChild<QPushButton*>(QStringLiteral("viewTraceButton"));
        QVERIFY(button->isEnabled());
        QSignalSpy requested(m_window->navigator(), &Navigator::traceRequested);
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.first().first().toString(), detail->traceIdHex());
        QCOMPARE(m_window->currentPageId(), QStringLiteral("traces"));
    }

    void aDeepRowLoadsWhenScrolledTo()
    {
        searchAndWait(QString());
        auto* table = m_page->findChild<QTableView*>(QStringLiteral("logTable"));
        const int last = table->model()->rowCount() - 1;
        QVERIFY(last > 2 * static_cast<int>(PagedSearchModel::kPageSize));
        table->scrollToBottom();
        QTRY_VERIFY_WITH_TIMEOUT(m_page->results()->storeRow(last) >= 0, 10000);
        QVERIFY(!table->model()->index(last, LogTableModel::Message).data().toString().isEmpty());
    }
};

QTEST_MAIN(TestLogsPage)
#include "tst_logspage.moc"
