// The investigation models (log results, facets, paging, query editing) over a simulated drill, checked by
// QAbstractItemModelTester and against the engine's own full answers.
#include "../engine/TestTopology.h"

#include "models/FacetModel.h"
#include "models/LogTableModel.h"
#include "models/PageWindow.h"
#include "models/QueryEdit.h"
#include "models/SpanGroupModel.h"
#include "models/SpanTableModel.h"
#include "query/QueryParser.h"
#include "sim/Simulator.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QtTest>

using namespace kunren;
using namespace kunren::app;

namespace {

std::unique_ptr<Simulator> simulate(SimDuration until)
{
    auto f = test::fault(FaultKind::Errors, "inventory", "GET /stock", 30 * kSecond, 0.3);
    auto sim = std::make_unique<Simulator>(test::scenarioWith({f}, 10 * kMinute));
    sim->runUntil(until);
    return sim;
}

SearchRequest request(const std::string& query, std::size_t limit = PagedSearchModel::kPageSize)
{
    SearchRequest r;
    r.query = query;
    r.limit = limit;
    r.histogramBuckets = 240;
    r.facets = {"service", "status"};
    return r;
}

} // namespace

class TestSearchModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pageWindowFindsTheSliceOfARow_data()
    {
        QTest::addColumn<std::size_t>("offset");
        QTest::addColumn<qint64>("from");
        QTest::addColumn<qint64>("to");
        QTest::addColumn<std::size_t>("within");
        // Buckets of 10 µs from 100: counts 5 (oldest), 0, 7, 3 (newest; the window ends at 135).
        QTest::newRow("first page") << std::size_t{0} << qint64{120} << qint64{135} << std::size_t{0};
        QTest::newRow("second bucket from the end") << std::size_t{4} << qint64{120} << qint64{130} << std::size_t{1};
        QTest::newRow("page reaching into older buckets")
            << std::size_t{8} << qint64{100} << qint64{130} << std::size_t{5};
        QTest::newRow("oldest bucket") << std::size_t{11} << qint64{100} << qint64{110} << std::size_t{1};
    }

    void pageWindowFindsTheSliceOfARow()
    {
        QFETCH(std::size_t, offset);
        QFETCH(qint64, from);
        QFETCH(qint64, to);
        QFETCH(std::size_t, within);
        const PageWindow w = pageWindow({5, 0, 7, 3}, 100, 135, 10, offset, 4);
        QCOMPARE(w.from, from);
        QCOMPARE(w.to, to);
        QCOMPARE(w.offset, within);
    }

    void facetClicksEditTheQuery_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("exclude");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QString() << "service"
                               << "api" << false << "service:api";
        QTest::newRow("star") << "*"
                              << "service"
                              << "api" << false << "service:api";
        QTest::newRow("append") << "timeout"
                                << "status"
                                << "error" << false << "timeout status:error";
        QTest::newRow("exclude") << "timeout"
                                 << "service"
                                 << "db" << true << "timeout -service:db";
        QTest::newRow("flip") << "a service:db b"
                              << "service"
                              << "db" << true << "a b -service:db";
        QTest::newRow("no duplicate") << "service:db"
                                      << "service"
                                      << "db" << false << "service:db";
        QTest::newRow("quoted") << QString() << "@error.kind"
                                << "java.lang.Foo Bar" << false << "@error.kind:\"java.lang.Foo Bar\"";
        QTest::newRow("wildcard is literal") << QString() << "@user"
                                             << "a*b" << false << "@user:\"a*b\"";
    }

    void facetClicksEditTheQuery()
    {
        QFETCH(QString, query);
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(bool, exclude);
        QFETCH(QString, expected);
        const QString edited = withFacetTerm(query, field, value, exclude);
        QCOMPARE(edited, expected);
        QVERIFY(parseQuery(edited.toStdString()).ok());
    }

    void everyLogIsReachableByPaging()
    {
        auto sim = simulate(2 * kMinute);
        const TelemetryStore& st = sim->telemetry();
        LogTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(&st);
        const SearchRequest req = request("");
        const SearchResult first = searchLogs(st, req);
        QVERIFY(first.total > 3 * PagedSearchModel::kPageSize);
        model.setResult(req, first);
        QCOMPARE(static_cast<std::uint64_t>(model.rowCount()), first.total);
        QVERIFY(model.storeRow(0) >= 0); // the search's own rows are the first page

        // The engine's full list, newest first, is what the pages must add up to.
        const SearchResult all = searchLogs(st, request("", first.total));
        QSignalSpy loaded(&model, &PagedSearchModel::pageLoaded);
        for (int row = 0; row < model.rowCount(); row += 37) {
            if (model.storeRow(row) < 0)
                QTRY_VERIFY_WITH_TIMEOUT(model.storeRow(row) >= 0, 5000);
            QCOMPARE(static_cast<std::uint32_t>(model.storeRow(row)), all.rows[static_cast<std::size_t>(row)]);
        }
        const int last = model.rowCount() - 1;
        model.index(last, LogTableModel::Message).data();
        QTRY_VERIFY_WITH_TIMEOUT(model.storeRow(last) >= 0, 5000);
        QCOMPARE(static_cast<std::uint32_t>(model.storeRow(last)), all.rows.back());
        QVERIFY(loaded.count() > 0);
        QCOMPARE(model.index(last, LogTableModel::Service).data().toString().isEmpty(), false);
        model.setStore(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void aNewSearchMovesTheRowsWithoutAReset()
    {
        // Live views re-search every second: a model reset there made the table's row header rebuild one
        // entry per row. Rows move at the end instead, and every row shows the new search.
        auto sim = simulate(2 * kMinute);
        const TelemetryStore& st = sim->telemetry();
        LogTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(&st);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        const SearchResult all = searchLogs(st, request(""));
        model.setResult(request(""), all);
        QCOMPARE(static_cast<std::uint64_t>(model.rowCount()), all.total);
        const SearchResult errors = searchLogs(st, request("status:error"));
        QVERIFY(errors.total > 0 && errors.total < all.total);
        model.setResult(request("status:error"), errors);
        QCOMPARE(static_cast<std::uint64_t>(model.rowCount()), errors.total);
        QCOMPARE(static_cast<std::uint32_t>(model.storeRow(0)), errors.rows.front());
        QCOMPARE(model.index(0, LogTableModel::Status).data().toString(), QStringLiteral("ERROR"));
        model.setResult(request(""), all);
        QCOMPARE(static_cast<std::uint64_t>(model.rowCount()), all.total);
        QCOMPARE(static_cast<std::uint32_t>(model.storeRow(0)), all.rows.front());
        QCOMPARE(resets.count(), 0);
    }

    void millionsOfRowsArriveInSlices()
    {
        auto sim = simulate(kMinute);
        const TelemetryStore& st = sim->telemetry();
        LogTableModel model; // no tester: it would visit every one of the rows on each slice
        model.setStore(&st);
        SearchResult huge = searchLogs(st, request(""));
        huge.total = 3 * static_cast<std::uint64_t>(PagedSearchModel::kGrowRows) + 5;
        model.setResult(request(""), huge);
        QCOMPARE(model.rowCount(), PagedSearchModel::kGrowRows); // the rest after the event loop has run
        QTRY_COMPARE(static_cast<std::uint64_t>(model.rowCount()), huge.total);
        // A smaller total while still growing stops there.
        model.setResult(request(""), SearchResult{});
        QCOMPARE(model.rowCount(), 0);
        huge.total = 2 * static_cast<std::uint64_t>(PagedSearchModel::kGrowRows);
        model.setResult(request(""), huge);
        huge.total = PagedSearchModel::kGrowRows / 2;
        model.setResult(request(""), huge);
        QCOMPARE(static_cast<std::uint64_t>(model.rowCount()), huge.total);
        QTest::qWait(20);
        QCOMPARE(static_cast<std::uint64_t>(model.rowCount()), huge.total);
    }

    void rowsShowTheLog()
    {
        auto sim = simulate(kMinute);
        const TelemetryStore& st = sim->telemetry();
        LogTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(&st);
        const SearchRequest req = request("status:error");
        model.setResult(req, searchLogs(st, req));
        QVERIFY(model.rowCount() > 0);
        QCOMPARE(model.index(0, LogTableModel::Status).data().toString(), QStringLiteral("ERROR"));
        QCOMPARE(model.index(0, LogTableModel::Service).data().toString(), QStringLiteral("api"));
        QVERIFY(model.index(0, LogTableModel::Message).data().toString().startsWith(QLatin1String("request failed")));
        QVERIFY(model.index(0, LogTableModel::Time).data().toString().startsWith(QLatin1String("T+00:0")));
        QCOMPARE(model.index(0, 0).data(LogTableModel::SeverityLevelRole).toInt(), 3);
    }

    void facetsCountTheMatches()
    {
        auto sim = simulate(kMinute);
        const TelemetryStore& st = sim->telemetry();
        FacetModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const SearchResult r = searchLogs(st, request(""));
        model.setFacets(r.facets);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Service"));
        const QModelIndex error = model.findValue(QStringLiteral("status"), QStringLiteral("error"));
        QVERIFY(error.isValid());
        const SearchResult errors = searchLogs(st, request("status:error"));
        QCOMPARE(error.data(FacetModel::CountRole).toULongLong(), errors.total);
        QCOMPARE(error.data(FacetModel::FieldRole).toString(), QStringLiteral("status"));
        // Same facets with new counts keep their rows; a new shape resets.
        model.setFacets(searchLogs(st, request("status:error")).facets);
        model.setFacets({});
        QCOMPARE(model.rowCount(), 0);
    }

    void spanRowsAndGroups()
    {
        auto sim = simulate(kMinute);
        const TelemetryStore& st = sim->telemetry();
        SpanTableModel spans;
        QAbstractItemModelTester spanTester(&spans, QAbstractItemModelTester::FailureReportingMode::QtTest);
        spans.setStore(&st);
        SearchRequest req = request("service:inventory status:error");
        req.facets.clear();
        req.groupBy = "resource_name";
        const SearchResult r = searchSpans(st, req);
        QVERIFY(r.total > 0);
        spans.setResult(req, r);
        QCOMPARE(static_cast<std::uint64_t>(spans.rowCount()), r.total);
        QCOMPARE(spans.index(0, SpanTableModel::Service).data().toString(), QStringLiteral("inventory"));
        QVERIFY(spans.index(0, SpanTableModel::Status).data().toString().startsWith(QLatin1String("error")));
        const QString traceId = spans.index(0, 0).data(SpanTableModel::TraceIdRole).toString();
        QCOMPARE(traceId.size(), 32);
        const SpanRecord& first = st.span(r.rows.front());
        QCOMPARE(spans.index(0, 0).data(SpanTableModel::SpanIndexRole).toInt(),
                 static_cast<int>(r.rows.front() - st.trace(first.trace).firstSpan));

        SpanGroupModel groups;
        QSortFilterProxyModel sorted;
        sorted.setSourceModel(&groups);
        sorted.setSortRole(SpanGroupModel::SortRole);
        sorted.sort(SpanGroupModel::P99, Qt::DescendingOrder);
        QAbstractItemModelTester groupTester(&groups, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(&sorted, QAbstractItemModelTester::FailureReportingMode::QtTest);
        groups.setGroups(QStringLiteral("resource_name"), r.groups);
        QCOMPARE(groups.rowCount(), static_cast<int>(r.groups.size()));
        QCOMPARE(groups.index(0, SpanGroupModel::Value).data().toString(), QStringLiteral("GET /stock"));
        QCOMPARE(groups.index(0, SpanGroupModel::ErrorRate).data().toString(), QStringLiteral("100.0 %"));
        QCOMPARE(groups.headerData(0, Qt::Horizontal).toString(), QStringLiteral("resource_name"));
        groups.setGroups(QString(), {});
        QCOMPARE(sorted.rowCount(), 0);
    }
};

QTEST_MAIN(TestSearchModels)
#include "tst_searchmodels.moc"
