// Evidence a trainee gathers during a drill: a log line, a span, a chart, an error issue and an event,
// bookmarked from the view that shows it (Ctrl+B or the view's context menu), offered ticked in the
// hypothesis dialog and counted by the score; and the searches recorded as query.run only once the
// trainee settles on them, never half-typed.
#include "DrillLoading.h"
#include "bridge/DrillRunner.h"
#include "drill/DrillScore.h"
#include "drill/HypothesisDialog.h"
#include "errors/ErrorsPage.h"
#include "events/EventsPage.h"
#include "logs/LogsPage.h"
#include "metrics/MetricExplorer.h"
#include "metrics/MetricsPage.h"
#include "models/ErrorIssueModel.h"
#include "models/IssueFilterModel.h"
#include "models/LogTableModel.h"
#include "shell/DrillDesk.h"
#include "shell/MainWindow.h"
#include "traces/TraceView.h"
#include "traces/TracesPage.h"
#include "widgets/Navigator.h"
#include "widgets/QueryBar.h"
#include "widgets/TimeSeriesChart.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace kunren;
using namespace kunren::app;

namespace {

const QString kScenario = QStringLiteral("shop-payment-bad-deploy");

// The "Bookmark as Evidence" entry of a view's context menu.
QAction* bookmarkActionOf(QWidget* view)
{
    for (QAction* a : view->actions())
        if (a->objectName() == QLatin1String("bookmarkEvidenceAction"))
            return a;
    return nullptr;
}

std::vector<std::string> queriesRun(const DrillRunner& runner)
{
    std::vector<std::string> queries;
    for (const DrillAction& a : runner.actions())
        if (a.type == ActionType::QueryRun)
            queries.push_back(a.query);
    return queries;
}

bool contains(const std::vector<std::string>& list, const char* value)
{
    return std::find(list.begin(), list.end(), value) != list.end();
}

} // namespace

class TestEvidence : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        TraineeProfile{QStringLiteral("Aiko"), QStringLiteral("payments")}.save();
        m_window = std::make_unique<MainWindow>(); // after test mode: the desk reads the profile when built
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get())); // focus moves between widgets in it
        QVERIFY(desk()->openDatabase(m_dir.filePath(QStringLiteral("drills.db"))));
        QVERIFY(test::startAndWait(*m_window, kScenario));
        QTRY_VERIFY(m_window->runner()->isLoaded());
        m_window->runner()->jumpTo(12 * kMinute);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->runner()->now() >= 12 * kMinute, 120000);
        m_window->runner()->pause();
    }

    // A log line: right-click selects the row, the context menu bookmarks that line; Ctrl+B does the same.
    void aLogLine()
    {
        m_window->showPage(QStringLiteral("logs"));
        auto* logs = qobject_cast<LogsPage*>(m_window->page(QStringLiteral("logs")));
        QSignalSpy searched(logs, &LogsPage::searchFinished);
        logs->queryBar()->setQuery(QStringLiteral("service:payment status:error"));
        QTRY_VERIFY_WITH_TIMEOUT(!searched.isEmpty() && logs->results()->rowCount() > 2, 30000);
        QCOMPARE(desk()->bookmarkCurrent(),
                 QStringLiteral("query:service:payment status:error")); // nothing selected yet

        auto* table = logs->findChild<QTableView*>(QStringLiteral("logTable"));
        const QRect row2 = table->visualRect(table->model()->index(2, 2));
        QTest::mouseClick(table->viewport(), Qt::RightButton, {}, row2.center());
        QCOMPARE(table->currentIndex().row(), 2);
        QAction* action = bookmarkActionOf(table);
        QVERIFY(action);
        action->trigger();
        const QString ref = desk()->bookmarks().last();
        QVERIFY2(ref.startsWith(QLatin1String("log:T+00:")), qPrintable(ref));
        QVERIFY2(ref.contains(QLatin1String(" payment ERROR ")), qPrintable(ref));
        QCOMPARE(desk()->bookmarkCurrent(), ref); // the same line, not a second piece of evidence
        QCOMPARE(desk()->bookmarks().count(ref), 1);
        m_expected << QStringLiteral("query:service:payment status:error") << ref;
    }

    // A span: the selected span of the trace opened from the log, from the waterfall or the flame graph.
    void aSpan()
    {
        auto* traces = qobject_cast<TracesPage*>(m_window->page(QStringLiteral("traces")));
        QSignalSpy opened(traces, &TracesPage::traceOpened);
        auto* logs = m_window->page(QStringLiteral("logs"));
        QPushButton* viewTrace = logs->findChild<QPushButton*>(QStringLiteral("viewTraceButton"));
        if (!viewTrace->isEnabled()) { // this log line was not sampled: take one that was
            auto* table = logs->findChild<QTableView*>(QStringLiteral("logTable"));
            for (int r = 0; r < table->model()->rowCount() && !viewTrace->isEnabled(); ++r)
                table->setCurrentIndex(table->model()->index(r, 2));
        }
        QVERIFY(viewTrace->isEnabled());
        viewTrace->click();
        QTRY_VERIFY_WITH_TIMEOUT(!opened.isEmpty(), 30000);
        QCOMPARE(m_window->currentPageId(), QStringLiteral("traces"));
        TraceView* view = traces->traceView();
        const AssembledTrace* trace = view->trace();
        QVERIFY(trace && trace->spans.size() > 1);

        const AssembledSpan& second = trace->spans[1];
        view->selectSpan(second.indexInTrace);
        const QString ref = desk()->bookmarkCurrent();
        QVERIFY2(ref.startsWith(QStringLiteral("span:%1/").arg(QString::fromStdString(formatTraceId(trace->id)))),
                 qPrintable(ref));
        QVERIFY2(ref.contains(
                     QString::fromUtf8(second.serviceName.data(), static_cast<qsizetype>(second.serviceName.size()))),
                 qPrintable(ref));
        for (QWidget* spanView : view->spanViews()) {
            QAction* action = bookmarkActionOf(spanView);
            QVERIFY(action);
            action->trigger();
            QCOMPARE(desk()->bookmarks().last(), ref);
        }
        view->selectSpan(trace->spans[0].indexInTrace);
        QVERIFY(desk()->bookmarkCurrent() != ref); // another span, another piece of evidence
        m_expected << ref << desk()->bookmarks().last();
    }

    // A chart of a dashboard, named with its service, title and time window; Ctrl+B away from any chart
    // cites the dashboard; the explorer's chart cites what it plots.
    void aChart()
    {
        Q_EMIT m_window->navigator()->metricsRequested(QStringLiteral("payment"));
        auto* metrics = qobject_cast<MetricsPage*>(m_window->page(QStringLiteral("metrics")));
        QCOMPARE(m_window->currentPageId(), QStringLiteral("metrics"));
        QVERIFY(metrics->charts().size() > 2);
        TimeSeriesChart* chart = metrics->charts().at(2);
        QAction* action = bookmarkActionOf(chart);
        QVERIFY(action);
        action->trigger();
        const QString ref = desk()->bookmarks().last();
        QVERIFY2(ref.startsWith(QStringLiteral("metric:payment · %1 · T+").arg(chart->chart()->title())),
                 qPrintable(ref));
        QVERIFY2(ref.contains(QStringLiteral("–T+00:12")), qPrintable(ref)); // the window ends at the drill's now
        QVERIFY2(desk()->bookmarkCurrent().startsWith(QStringLiteral("metric:payment · dashboard · T+")),
                 qPrintable(desk()->bookmarks().last()));

        metrics->showExplorer();
        metrics->explorer()->select(QStringLiteral("container_memory_working_set_bytes"), QStringLiteral("payment"));
        const QString explored = desk()->bookmarkCurrent();
        QVERIFY2(explored.startsWith(QLatin1String("metric:container_memory_working_set_bytes{service=payment}")),
                 qPrintable(explored));
        m_expected << ref << desk()->bookmarks().at(desk()->bookmarks().size() - 2) << explored;
    }

    void anErrorIssueAndAnEvent()
    {
        m_window->showPage(QStringLiteral("errors"));
        auto* errors = qobject_cast<ErrorsPage*>(m_window->page(QStringLiteral("errors")));
        errors->refresh();
        auto* issues = errors->findChild<QTableView*>(QStringLiteral("issueTable"));
        QTRY_VERIFY(issues->model()->rowCount() > 0);
        QCOMPARE(desk()->bookmarkCurrent(), QString()); // nothing selected: nothing to cite
        issues->setCurrentIndex(issues->model()->index(0, ErrorIssueModel::Title));
        const QString service = issues->model()->index(0, ErrorIssueModel::Service).data().toString();
        const QString error = desk()->bookmarkCurrent();
        QVERIFY2(error.startsWith(QStringLiteral("error:%1 ").arg(service)), qPrintable(error));

        Q_EMIT m_window->navigator()->eventsRequested(QStringLiteral("payment"));
        auto* events = qobject_cast<EventsPage*>(m_window->page(QStringLiteral("events")));
        QTableView* table = events->table();
        QTRY_VERIFY(table->model()->rowCount() > 0);
        int deploy = -1;
        for (int r = 0; r < table->model()->rowCount() && deploy < 0; ++r)
            if (table->model()->index(r, 3).data().toString().contains(QLatin1String("payment")))
                deploy = r;
        QVERIFY(deploy >= 0);
        table->setCurrentIndex(table->model()->index(deploy, 0));
        bookmarkActionOf(table)->trigger();
        const QString event = desk()->bookmarks().last();
        QVERIFY2(event.startsWith(QLatin1String("event:T+00:06:")) &&
                     event.contains(QLatin1String(" payment deploy: ")),
                 qPrintable(event));
        m_expected << error << event;
    }

    // Every bookmark is offered ticked in the hypothesis dialog, lands in hypothesis.submit and counts.
    void bookmarksBecomeTheHypothesisEvidence()
    {
        QCOMPARE(desk()->bookmarks(), m_expected);
        HypothesisDialog* dialog = desk()->declareHypothesis(QStringLiteral("payment"));
        QVERIFY(dialog);
        auto* list = dialog->findChild<QListWidget*>(QStringLiteral("evidenceList"));
        for (const QString& ref : std::as_const(m_expected)) {
            const auto found = list->findItems(ref, Qt::MatchExactly);
            QCOMPARE(found.size(), 1);
            QCOMPARE(found.first()->checkState(), Qt::Checked);
        }
        dialog->setMechanism(QStringLiteral("bad-deploy"));
        if (const QString dir = qEnvironmentVariable("KUNREN_SCREENSHOT_DIR"); !dir.isEmpty()) // for the docs
            dialog->grab().save(QDir(dir).filePath(QStringLiteral("hypothesis.png")));
        dialog->findChild<QPushButton*>(QStringLiteral("submitHypothesisButton"))->click();
        QTRY_VERIFY(!m_window->runner()->actions().empty() &&
                    m_window->runner()->actions().back().type == ActionType::HypothesisSubmit);
        const Hypothesis submitted = m_window->runner()->actions().back().hypothesis;
        QCOMPARE(static_cast<qsizetype>(submitted.evidence.size()), m_expected.size());
        for (const QString& ref : std::as_const(m_expected))
            QVERIFY(contains(submitted.evidence, ref.toUtf8().constData()));
        const DrillScore score = scoreDrill(m_window->runner()->sharedScenario(), m_window->runner()->actions());
        QCOMPARE(score.evidenceCited, static_cast<int>(m_expected.size()));
    }

    // Searching on a typing pause shows results at once, but only the query the trainee settles on is
    // recorded: Enter, a pause of a few seconds, or leaving the search bar.
    void halfTypedQueriesAreNotRecorded()
    {
        m_window->showPage(QStringLiteral("logs"));
        auto* logs = qobject_cast<LogsPage*>(m_window->page(QStringLiteral("logs")));
        QLineEdit* edit = logs->queryBar()->lineEdit();
        QSignalSpy searched(logs, &LogsPage::searchFinished);
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        edit->setFocus();
        QTRY_VERIFY(edit->hasFocus());
        edit->clear();
        QTest::keyClicks(edit, QStringLiteral("service:pay"));
        QTRY_VERIFY_WITH_TIMEOUT(!searched.isEmpty(), 10000); // searched on the pause…
        QTest::keyClicks(edit, QStringLiteral("ment"));
        QTest::keyClick(edit, Qt::Key_Return);
        QTRY_VERIFY(contains(queriesRun(*m_window->runner()), "service:payment"));
        QTest::qWait(3500);
        QVERIFY(!contains(queriesRun(*m_window->runner()), "service:pay")); // …but never recorded

        // Left alone, a query searched on a pause is the trainee's.
        edit->clear();
        QTest::keyClicks(edit, QStringLiteral("service:checkout"));
        QTRY_VERIFY_WITH_TIMEOUT(contains(queriesRun(*m_window->runner()), "service:checkout"), 10000);

        // Leaving the bar right after the search settles it too.
        searched.clear();
        edit->clear();
        QTest::keyClicks(edit, QStringLiteral("status:warn"));
        QTRY_VERIFY_WITH_TIMEOUT(!searched.isEmpty(), 10000);
        QSignalSpy committed(logs->queryBar(), &QueryBar::committed);
        logs->findChild<QTableView*>(QStringLiteral("logTable"))->setFocus();
        QCOMPARE(committed.count(), 1); // at once, not when the settling time runs out
        QCOMPARE(committed.first().first().toString(), QStringLiteral("status:warn"));
        QTRY_VERIFY(contains(queriesRun(*m_window->runner()), "status:warn"));
    }

private:
    DrillDesk* desk() { return m_window->drillDesk(); }

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    QStringList m_expected;
};

QTEST_MAIN(TestEvidence)
#include "tst_evidence.moc"
