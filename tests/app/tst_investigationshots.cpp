// A screenshot of each investigation page in a real drill, checked for not being blank. Set
// KUNREN_SCREENSHOT_DIR to keep them (docs/images are made this way).
#include "DrillLoading.h"
#include "bridge/DrillRunner.h"
#include "errors/ErrorsPage.h"
#include "logs/LogsPage.h"
#include "models/ErrorIssueModel.h"
#include "models/LogTableModel.h"
#include "models/SpanTableModel.h"
#include "shell/MainWindow.h"
#include "traces/TraceView.h"
#include "traces/TracesPage.h"
#include "widgets/QueryBar.h"

#include <QSet>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include "ScreenshotChecks.h"

using namespace kunren;
using namespace kunren::app;
using kunren::test::distinctColours;

class TestInvestigationShots : public QObject
{
    Q_OBJECT

private:
    MainWindow* m_window = nullptr;
    QTemporaryDir m_tmp;
    QString m_dir;

    void shoot(const QString& name)
    {
        QTest::qWait(50); // let queued repaints land
        const QImage shot = m_window->grab().toImage();
        QVERIFY(shot.width() > 800 && shot.height() > 500);
        QVERIFY2(distinctColours(shot) > 12, qPrintable(name + QStringLiteral(" looks blank")));
        QVERIFY(shot.save(m_dir + QLatin1Char('/') + name + QStringLiteral(".png")));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_dir = qEnvironmentVariable("KUNREN_SCREENSHOT_DIR", m_tmp.path());
        m_window = new MainWindow;
        m_window->resize(1400, 860);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        QVERIFY(test::startAndWait(*m_window, QStringLiteral("shop-slow-query"), 5));
        m_window->runner()->jumpTo(12 * kMinute);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->runner()->now() >= 12 * kMinute, 30000);
    }

    void cleanupTestCase() { delete m_window; }

    void logs()
    {
        m_window->showPage(QStringLiteral("logs"));
        auto* page = qobject_cast<LogsPage*>(m_window->page(QStringLiteral("logs")));
        QSignalSpy done(page, &LogsPage::searchFinished);
        page->queryBar()->setQuery(QStringLiteral("-status:info"));
        QVERIFY(done.wait(10000));
        QVERIFY(page->results()->rowCount() > 0);
        auto* table = page->findChild<QTableView*>(QStringLiteral("logTable"));
        table->selectRow(0);
        shoot(QStringLiteral("logs"));
    }

    void traces()
    {
        m_window->showPage(QStringLiteral("traces"));
        auto* page = qobject_cast<TracesPage*>(m_window->page(QStringLiteral("traces")));
        QSignalSpy done(page, &TracesPage::searchFinished);
        page->queryBar()->setQuery(QStringLiteral("service:checkout duration:>300ms"));
        QVERIFY(done.wait(10000));
        QVERIFY(page->spans()->rowCount() > 0);
        shoot(QStringLiteral("traces"));

        page->setGroupBy(QStringLiteral("resource_name"));
        QSignalSpy grouped(page, &TracesPage::searchFinished);
        page->queryBar()->setQuery(QStringLiteral("service:checkout"));
        QVERIFY(grouped.wait(10000));
        shoot(QStringLiteral("trace-analytics"));
        page->setGroupBy(QString());
        QVERIFY(grouped.wait(10000));

        QSignalSpy opened(page, &TracesPage::traceOpened);
        page->queryBar()->setQuery(QStringLiteral("service:frontend resource_name:\"POST /checkout\" duration:>500ms"));
        QVERIFY(grouped.wait(10000));
        QVERIFY(page->spans()->rowCount() > 0);
        page->openTrace(page->spans()->index(0, 0).data(SpanTableModel::TraceIdRole).toString());
        QVERIFY(opened.wait(10000));
        QVERIFY(page->traceView()->trace());
        shoot(QStringLiteral("trace"));
    }

    void errors()
    {
        m_window->showPage(QStringLiteral("errors"));
        auto* page = qobject_cast<ErrorsPage*>(m_window->page(QStringLiteral("errors")));
        QSignalSpy updated(page, &ErrorsPage::updated);
        page->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(page->issues()->rowCount() > 0 && updated.count() > 0, 20000);
        auto* table = page->findChild<QTableView*>(QStringLiteral("issueTable"));
        table->sortByColumn(ErrorIssueModel::Events, Qt::DescendingOrder);
        table->selectRow(0);
        shoot(QStringLiteral("errors"));
    }
};

QTEST_MAIN(TestInvestigationShots)
#include "tst_investigationshots.moc"
