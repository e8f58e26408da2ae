// The Trace Explorer and trace view as a trainee drives them: search spans, group them, open a trace from a
// log, read its waterfall, and see the warning when trace context propagation is broken.
#include "../engine/TestTopology.h"
#include "DrillLoading.h"

#include "bridge/DrillRunner.h"
#include "logs/LogsPage.h"
#include "models/LogTableModel.h"
#include "models/SpanGroupModel.h"
#include "models/SpanTableModel.h"
#include "shell/MainWindow.h"
#include "trace/TraceId.h"
#include "traces/TraceView.h"
#include "traces/TracesPage.h"
#include "traces/WaterfallView.h"
#include "widgets/Navigator.h"
#include "widgets/QueryBar.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>
#include <QTreeWidget>
#include <QtTest>

using namespace kunren;
using namespace kunren::app;

class TestTracesPage : public QObject
{
    Q_OBJECT

private:
    static TracesPage* tracesOf(MainWindow& window)
    {
        return qobject_cast<TracesPage*>(window.page(QStringLiteral("traces")));
    }

    static void searchAndWait(TracesPage* page, const QString& query)
    {
        QSignalSpy done(page, &TracesPage::searchFinished);
        page->queryBar()->setQuery(query);
        QVERIFY(done.wait(10000));
    }

private Q_SLOTS:
    // The search bar's example names a service the drill has (no orders-api in any topology).
    void theSearchExampleNamesAServiceOfTheDrill()
    {
        MainWindow window;
        window.show();
        QVERIFY(test::startAndWait(window, QStringLiteral("payment-expired-cards"), 5));
        window.showPage(QStringLiteral("traces"));
        for (const QString& id : {QStringLiteral("traces"), QStringLiteral("logs")}) {
            window.showPage(id);
            const QString placeholder =
                window.page(id)->findChild<QLineEdit*>(QStringLiteral("queryEdit"))->placeholderText();
            const QRegularExpression service(QStringLiteral("service:(\\S+)"));
            const QString name = service.match(placeholder).captured(1);
            QVERIFY2(!name.isEmpty(), qPrintable(placeholder));
            bool known = false;
            for (const ServiceSpec& s : window.runner()->scenario()->topology->services)
                known |= QString::fromStdString(s.name) == name;
            QVERIFY2(known, qPrintable(placeholder));
        }
    }

    void searchListsAndGroupsSpans()
    {
        MainWindow window;
        window.show();
        QVERIFY(test::startAndWait(window, QStringLiteral("shop-slow-query"), 5));
        window.runner()->jumpTo(3 * kMinute);
        QTRY_VERIFY_WITH_TIMEOUT(window.runner()->now() >= 3 * kMinute, 20000);
        window.showPage(QStringLiteral("traces"));
        TracesPage* page = tracesOf(window);
        QVERIFY(page && page->isVisible());

        searchAndWait(page, QStringLiteral("service:checkout"));
        QVERIFY(page->spans()->rowCount() > 100);
        for (int row = 0; row < 10; ++row)
            QCOMPARE(page->spans()->index(row, SpanTableModel::Service).data().toString(), QStringLiteral("checkout"));

        // Group by resource: the groups add up to the list.
        const int listed = page->spans()->rowCount();
        QSignalSpy done(page, &TracesPage::searchFinished);
        auto* combo = page->findChild<QComboBox*>(QStringLiteral("groupByCombo"));
        combo->setCurrentIndex(combo->findData(QStringLiteral("resource_name")));
        QVERIFY(done.wait(10000));
        SpanGroupModel* groups = page->groups();
        QVERIFY(groups->rowCount() >= 2);
        qulonglong sum = 0;
        for (int r = 0; r < groups->rowCount(); ++r) {
            sum += groups->index(r, SpanGroupModel::Count).data(SpanGroupModel::SortRole).toULongLong();
            QVERIFY(groups->index(r, SpanGroupModel::P99).data(SpanGroupModel::SortRole).toDouble() >=
                    groups->index(r, SpanGroupModel::P50).data(SpanGroupModel::SortRole).toDouble());
        }
        QCOMPARE(sum, static_cast<qulonglong>(listed));
        auto* groupTable = page->findChild<QTableView*>(QStringLiteral("groupTable"));
        QVERIFY(groupTable->isVisible());

        // Opening a group lists its spans.
        const QModelIndex first = groupTable->model()->index(0, 0);
        const QString value = first.data(SpanGroupModel::ValueRole).toString();
        emit groupTable->activated(first);
        QVERIFY(done.wait(10000));
        QVERIFY(page->queryBar()->query().contains(QStringLiteral("resource_name:")));
        QVERIFY(page->findChild<QTableView*>(QStringLiteral("spanTable"))->isVisible());
        QCOMPARE(page->spans()->index(0, SpanTableModel::Resource).data().toString(), value);
    }

    // A message consumer's trace names the trace that published the message; one click opens it.
    void aConsumersTraceLeadsToItsProducer()
    {
        MainWindow window;
        window.show();
        QVERIFY(test::startAndWait(window, QStringLiteral("shop-slow-query"), 5));
        window.runner()->jumpTo(2 * kMinute);
        QTRY_VERIFY_WITH_TIMEOUT(window.runner()->now() >= 2 * kMinute, 20000);
        const TelemetryStore& st = *window.runner()->telemetry();
        const TelemetryCounts c = st.counts();
        QString consumer;
        for (std::size_t t = 0; t < c.traces && consumer.isEmpty(); ++t) {
            const TraceRecord& tr = st.trace(static_cast<TraceIndex>(t));
            if (st.operation(st.span(tr.firstSpan).operation).kind == SpanKind::Consumer)
                consumer = QString::fromStdString(formatTraceId({tr.idHigh, tr.idLow}));
        }
        QVERIFY(!consumer.isEmpty());
        TracesPage* traces = tracesOf(window);
        QSignalSpy opened(traces, &TracesPage::traceOpened);
        Q_EMIT window.navigator()->traceRequested(consumer, -1);
        QVERIFY(opened.wait(10000));
        const AssembledTrace* trace = traces->traceView()->trace();
        QVERIFY(trace && trace->follows);
        const QString producer = QString::fromStdString(formatTraceId(trace->follows->trace));
        const std::uint64_t publishSpan = trace->follows->spanId; // the view owns `trace`: read it before moving on
        auto* header = traces->traceView()->findChild<QLabel*>(QStringLiteral("traceHeader"));
        QVERIFY2(header->text().contains(QStringLiteral("Consumes a message published in trace")) &&
                     header->text().contains(producer),
                 qPrintable(header->text()));
        if (const QString shots = qEnvironmentVariable("KUNREN_SCREENSHOT_DIR"); !shots.isEmpty())
            window.grab().save(shots + QStringLiteral("/consumer-trace.png"));
        Q_EMIT header->linkActivated(QStringLiteral("trace:") + producer);
        QVERIFY(opened.wait(10000));
        QCOMPARE(QString::fromStdString(formatTraceId(traces->traceView()->trace()->id)), producer);
        // The producer's trace holds the span the consumer's link names.
        bool found = false;
        for (const AssembledSpan& s : traces->traceView()->trace()->spans)
            found |= s.spanId == publishSpan;
        QVERIFY(found);
    }

    void aLogOpensItsTraceWithTheRightSpans()
    {
        MainWindow window;
        window.show();
        QVERIFY(test::startAndWait(window, QStringLiteral("shop-slow-query"), 5));
        window.runner()->jumpTo(2 * kMinute);
        QTRY_VERIFY_WITH_TIMEOUT(window.runner()->now() >= 2 * kMinute, 20000);
        window.showPage(QStringLiteral("logs"));
        auto* logs = qobject_cast<LogsPage*>(window.page(QStringLiteral("logs")));
        QSignalSpy searched(logs, &LogsPage::searchFinished);
        logs->queryBar()->setQuery(QStringLiteral("service:checkout"));
        QVERIFY(searched.wait(10000));
        auto* table = logs->findChild<QTableView*>(QStringLiteral("logTable"));
        table->selectRow(0);
        auto* viewTrace = logs->findChild<QPushButton*>(QStringLiteral("viewTraceButton"));
        QTRY_VERIFY(viewTrace->isEnabled());

        TracesPage* traces = tracesOf(window);
        QSignalSpy opened(traces, &TracesPage::traceOpened);
        QTest::mouseClick(viewTrace, Qt::LeftButton);
        QCOMPARE(window.currentPageId(), QStringLiteral("traces"));
        QVERIFY(opened.wait(10000));
        TraceView* view = traces->traceView();
        QVERIFY(view->trace());
        QVERIFY(view->isVisible());
        // The waterfall has a row for every span the store recorded for this trace.
        const TelemetryStore& st = *window.runner()->telemetry();
        const qint64 logRow = logs->results()->storeRow(0);
        const TraceIndex traceIndex = st.log(static_cast<std::size_t>(logRow)).trace;
        QCOMPARE(view->waterfall()->rowCount(), static_cast<int>(st.trace(traceIndex).spanCount));
        QVERIFY(view->waterfall()->rowCount() > 3);
        // The log's own span is selected and lists the log.
        QCOMPARE(view->selectedSpan(), static_cast<int>(st.log(static_cast<std::size_t>(logRow)).span));
        auto* spanLogs = view->findChild<QTreeWidget*>(QStringLiteral("spanLogs"));
        QVERIFY(spanLogs->topLevelItemCount() >= 1);
        QVERIFY(!view->banner()->isVisible());

        // Clicking a row of the waterfall selects that span.
        WaterfallView* waterfall = view->waterfall();
        QTest::mouseClick(waterfall->viewport(), Qt::LeftButton, {}, waterfall->rowRect(0).center());
        QCOMPARE(view->selectedSpan(), static_cast<int>(view->trace()->spans.front().indexInTrace));

        // And the trace's logs are one click away.
        QSignalSpy logsAsked(window.navigator(), &Navigator::logsRequested);
        QTest::mouseClick(view->findChild<QPushButton*>(QStringLiteral("traceLogsButton")), Qt::LeftButton);
        QCOMPARE(logsAsked.count(), 1);
        QVERIFY(logsAsked.first().first().toString().startsWith(QLatin1String("trace_id:")));
        QCOMPARE(window.currentPageId(), QStringLiteral("logs"));
        QVERIFY(searched.wait(10000));
        QVERIFY(logs->results()->rowCount() >= 1);
    }

    void brokenPropagationShowsAWarning()
    {
        // The api stops propagating context: calls to inventory start traces of their own.
        MainWindow window;
        window.show();
        QVERIFY(test::loadAndWait(
            *window.runner(),
            test::scenarioWith({test::fault(FaultKind::TracePropagation, "api", "", 0, 1.0)}, 5 * kMinute)));
        window.runner()->jumpTo(kMinute);
        QTRY_VERIFY_WITH_TIMEOUT(window.runner()->now() >= kMinute, 20000);
        window.showPage(QStringLiteral("traces"));
        TracesPage* page = tracesOf(window);
        searchAndWait(page, QStringLiteral("service:inventory"));
        QVERIFY(page->spans()->rowCount() > 0);

        QSignalSpy opened(page, &TracesPage::traceOpened);
        auto* table = page->findChild<QTableView*>(QStringLiteral("spanTable"));
        const QModelIndex row = page->spans()->index(0, 0);
        table->setCurrentIndex(row);
        emit table->activated(row);
        QVERIFY(opened.wait(10000));
        TraceView* view = page->traceView();
        QVERIFY(view->trace());
        QVERIFY(view->trace()->broken());
        QVERIFY(view->banner()->isVisible());
        QVERIFY2(view->banner()->text().contains(QLatin1String("propagation")), qPrintable(view->banner()->text()));

        // An id the drill does not have is explained where the trace would be.
        page->openTrace(QStringLiteral("00000000000000000000000000000bad"));
        QVERIFY(opened.wait(10000));
        QVERIFY(!view->trace());
        QVERIFY(!view->banner()->isVisible());
        QVERIFY(view->findChild<QLabel*>(QStringLiteral("traceHeader"))->text().contains(QLatin1String("No trace")));
    }
};

QTEST_MAIN(TestTracesPage)
#include "tst_tracespage.moc"
