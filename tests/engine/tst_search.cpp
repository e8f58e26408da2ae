// Search over logs and spans: predicates on a hand-built store with known rows, and on a simulated store
// where every figure is checked against a brute-force pass over the rows.
#include "TelemetryProbe.h"
#include "TestTopology.h"

#include "query/QueryFields.h"
#include "query/Search.h"
#include "query/TextMatch.h"
#include "sim/Simulator.h"

#include <QtTest>

#include <map>

using namespace kunren;

namespace {

// Five logs whose every property is known (times in seconds):
//   0  1s checkout-1 v1.0 info  "order ord_… placed by pro"
//   1  2s checkout-2 v1.1 error "payment failed: Connection refused"   (error ConnectionError)
//   2  3s payments-1 v2   warn  "took 350ms"
//   3  4s checkout-1 v1.0 info  "order ord_… placed by free"
//   4  5s payments-1 v2   error "payment failed: card declined"
struct HandBuiltStore
{
    TelemetryStore store;
    HandBuiltStore()
    {
        auto& s = store.strings();
        const ServiceIndex checkout = store.addService({s.intern("checkout"), kNoString, kNoString, 0});
        const ServiceIndex payments = store.addService({s.intern("payments"), kNoString, kNoString, 0});
        const ResourceId c1 = store.addResource(
            {checkout, s.intern("checkout-1"), s.intern("1.0"), s.intern("node-a"), s.intern("eu")});
        const ResourceId c2 = store.addResource(
            {checkout, s.intern("checkout-2"), s.intern("1.1"), s.intern("node-b"), s.intern("eu")});
        const ResourceId p1 = store.addResource(
            {payments, s.intern("payments-1"), s.intern("2"), s.intern("node-a"), s.intern("us")});
        const StringId placed = s.intern("order {order_id} placed by {customer.tier}");
        const StringId failed = s.intern("payment failed: {error}");
        const StringId took = s.intern("took {duration_ms}ms");
        const ErrorId refused = store.internError(
            {s.intern("ConnectionError"), s.intern("Connection refused"), kNoString});
        auto log = [&](SimTime t, ResourceId r, Severity sev, StringId templ, std::vector<LogArg> args, ErrorId e = 0) {
            LogRecord l;
            l.time = t * kSecond;
            l.resource = r;
            l.severity = sev;
            l.templ = templ;
            l.error = e;
            l.argCount = static_cast<std::uint8_t>(args.size());
            store.addLog(l, args);
        };
        log(1, c1, Severity::Info, placed, {logarg::id(5), logarg::string(s.intern("pro"))});
        log(2, c2, Severity::Error, failed, {logarg::string(s.intern("Connection refused"))}, refused);
        log(3, p1, Severity::Warn, took, {logarg::number(350)});
        log(4, c1, Severity::Info, placed, {logarg::id(6), logarg::string(s.intern("free"))});
        log(5, p1, Severity::Error, failed, {logarg::string(s.intern("card declined"))});
        store.publish(10 * kSecond);
    }
};

std::vector<std::uint32_t> sorted(std::vector<std::uint32_t> v)
{
    std::sort(v.begin(), v.end());
    return v;
}

SearchResult logs(const TelemetryStore& store, const std::string& query, std::size_t limit = 100)
{
    SearchRequest r;
    r.query = query;
    r.limit = limit;
    return searchLogs(store, r);
}

const Simulator& simulated()
{
    static const std::unique_ptr<Simulator> sim = [] {
        auto sc = test::scenarioWith({test::fault(FaultKind::Errors, "inventory", "GET /stock", 30 * kSecond, 0.2)},
                                     3 * kMinute);
        auto s = std::make_unique<Simulator>(sc);
        s->runUntil(2 * kMinute);
        return s;
    }();
    return *sim;
}

} // namespace

class TestSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void handBuiltPredicates_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QList<int>>("expected");
        auto row = [](const char* q, QList<int> e) { QTest::newRow(q) << QString::fromUtf8(q) << e; };
        row("", {0, 1, 2, 3, 4});
        row("refused", {1});
        row("REFUSED", {1});   // case-insensitive
        row("placed", {0, 3}); // template text
        row("declined", {4});  // inside a string argument
        row("declin*", {4});   // wildcard inside an argument
        row("c?rd", {4});
        row("350ms", {2}); // spans an inline number and the template text
        row("\"took 350\"", {2});
        row("\"by pro\"", {0}); // spans template text and an argument
        row("ord_", {0, 3});    // inline ids are rendered when they could match
        row("\"placed by\" -pro", {3});
        row("service:checkout", {0, 1, 3});
        row("service:check*", {0, 1, 3});
        row("service:CHECKOUT", {0, 1, 3});
        row("service:pay*", {2, 4});
        row("-service:checkout", {2, 4});
        row("status:error", {1, 4});
        row("status:warning", {2});
        row("status:(warn OR error)", {1, 2, 4});
        row("status:info service:checkout", {0, 3});
        row("version:1.1", {1});
        row("pod_name:checkout-?", {0, 1, 3});
        row("host:node-a region:us", {2, 4});
        row("env:prod", {0, 1, 2, 3, 4});
        row("env:staging", {});
        row("@customer.tier:pro", {0});
        row("@customer.tier:*", {0, 3});
        row("-@customer.tier:*", {1, 2, 4});
        row("@duration_ms:>300", {2});
        row("@duration_ms:[100 TO 200]", {});
        row("@duration_ms:350", {2});
        row("@error:\"card declined\"", {4});
        row("@error.kind:ConnectionError", {1});
        row("@error.message:*refused", {1});
        row("*:pro", {0});
        row("*:checkout", {0, 1, 3});
        row("service:payments OR refused", {1, 2, 4});
        row("(service:payments OR refused) status:error", {1, 4});
        row("NOT status:error NOT status:warn", {0, 3});
    }

    void handBuiltPredicates()
    {
        QFETCH(QString, query);
        QFETCH(QList<int>, expected);
        HandBuiltStore h;
        const SearchResult r = logs(h.store, query.toStdString());
        QVERIFY2(!r.error, r.error ? r.error->format().c_str() : "");
        QList<int> got;
        for (const std::uint32_t row : sorted(r.rows))
            got.append(static_cast<int>(row));
        QCOMPARE(got, expected);
        QCOMPARE(r.total, static_cast<std::uint64_t>(expected.size()));
    }

    void unknownFieldsAreErrors()
    {
        HandBuiltStore h;
        const SearchResult r = logs(h.store, "a servce:checkout");
        QVERIFY(r.error);
        QCOMPARE(r.error->column, 3);
        QVERIFY(QString::fromStdString(r.error->message).contains(QStringLiteral("unknown log field 'servce'")));
        QVERIFY(logs(h.store, "duration:>1s").error); // a span field
        QVERIFY(logs(h.store, "service:(a").error);
    }

    void pagesNewestFirstWithWindowAndHistogram()
    {
        HandBuiltStore h;
        SearchRequest r;
        r.offset = 1;
        r.limit = 2;
        r.histogramBuckets = 5;
        r.from = 0;
        r.to = 10 * kSecond;
        SearchResult res = searchLogs(h.store, r);
        QCOMPARE(res.rows, (std::vector<std::uint32_t>{3, 2}));
        QCOMPARE(res.histogram, (std::vector<std::uint64_t>{1, 2, 2, 0, 0}));
        r.from = 2 * kSecond;
        r.to = 4 * kSecond; // [2s, 4s)
        r.offset = 0;
        res = searchLogs(h.store, r);
        QCOMPARE(res.total, std::uint64_t{2});
        QCOMPARE(res.rows, (std::vector<std::uint32_t>{2, 1}));
    }

    void handBuiltFacets()
    {
        HandBuiltStore h;
        SearchRequest r;
        r.facets = {"service", "status", "@customer.tier", "version"};
        const SearchResult res = searchLogs(h.store, r);
        QVERIFY(!res.error);
        QCOMPARE(res.facets.size(), std::size_t{4});
        QCOMPARE(res.facets[0].values.front().value, std::string("checkout"));
        QCOMPARE(res.facets[0].values.front().count, std::uint64_t{3});
        QCOMPARE(res.facets[1].values.front().value, std::string("error"));
        QCOMPARE(res.facets[1].values.front().count, std::uint64_t{2});
        QCOMPARE(res.facets[2].values.size(), std::size_t{2});
        QCOMPARE(res.facets[2].missing, std::uint64_t{3});
        QCOMPARE(res.facets[3].values.front().value, std::string("1.0"));
        r.facets = {"nonsense"};
        QVERIFY(searchLogs(h.store, r).error);
    }

    void simulatedLogFacetsMatchBruteForce()
    {
        const TelemetryStore& store = simulated().telemetry();
        const auto c = store.counts();
        QVERIFY(c.logs > 1000);
        SearchRequest r;
        r.facets = {"service", "status"};
        r.facetValues = 100;
        r.histogramBuckets = 12;
        const SearchResult res = searchLogs(store, r);
        QCOMPARE(res.total, static_cast<std::uint64_t>(c.logs));
        std::uint64_t sum = 0;
        for (const auto n : res.histogram)
            sum += n;
        QCOMPARE(sum, res.total);
        std::map<std::string, std::uint64_t> byService, byStatus;
        for (std::size_t i = 0; i < c.logs; ++i) {
            const LogRecord& l = store.log(i);
            ++byService[std::string(store.str(store.service(store.resource(l.resource).service).name))];
            ++byStatus[std::string(severityNames(static_cast<int>(l.severity)).front())];
        }
        for (const FacetValue& v : res.facets[0].values)
            QCOMPARE(v.count, byService[v.value]);
        for (const FacetValue& v : res.facets[1].values)
            QCOMPARE(v.count, byStatus[v.value]);
        QCOMPARE(res.facets[0].values.size(), byService.size());
    }

    void simulatedFreeTextMatchesRenderedMessages()
    {
        const TelemetryStore& store = simulated().telemetry();
        const auto c = store.counts();
        std::vector<std::string> rendered;
        for (std::size_t i = 0; i < c.logs; ++i)
            rendered.push_back(renderLogMessage(store, store.log(i)));
        for (const char* term : {"placed", "pro", "free", "failed", "ord_", "PLACED BY", "by f", "error"}) {
            const std::string needle = lowerAscii(term);
            std::uint64_t expected = 0;
            for (const std::string& m : rendered)
                expected += containsIgnoreCase(m, needle) ? 1 : 0;
            const std::string q = std::string(term).find(' ') != std::string::npos ? "\"" + std::string(term) + "\""
                                                                                   : term;
            const SearchResult res = logs(store, q, 0);
            QVERIFY2(!res.error, term);
            QCOMPARE(res.total, expected);
        }
    }

    void simulatedPagesAreNewestFirst()
    {
        const TelemetryStore& store = simulated().telemetry();
        SearchRequest r;
        r.query = "service:api";
        r.limit = 200;
        r.offset = 50;
        const SearchResult res = searchLogs(store, r);
        QCOMPARE(res.rows.size(), std::size_t{200});
        for (std::size_t i = 1; i < res.rows.size(); ++i)
            QVERIFY(store.log(res.rows[i - 1]).time >= store.log(res.rows[i]).time);
        SearchRequest first = r;
        first.offset = 0;
        first.limit = 51;
        QCOMPARE(searchLogs(store, first).rows.back(), res.rows.front());
    }

    void simulatedSpanAnalyticsMatchSortBasedFigures()
    {
        const TelemetryStore& store = simulated().telemetry();
        SearchRequest r;
        r.groupBy = "service";
        r.limit = 0;
        const SearchResult res = searchSpans(store, r);
        QVERIFY(!res.error);
        QVERIFY(!res.groups.empty());
        double weights = 0;
        for (std::size_t i = 0; i < store.counts().spans; ++i)
            weights += store.trace(store.span(i).trace).weight;
        QCOMPARE(res.estimatedTotal, weights);
        for (const SpanGroup& g : res.groups) {
            test::SpanStats st = test::spanStats(store, g.value);
            QCOMPARE(g.count, st.count);
            QCOMPARE(g.errors, st.errors);
            QCOMPARE(g.p95Ms, st.quantile(0.95));
            QCOMPARE(g.p50Ms, st.quantile(0.50));
        }
    }

    void simulatedSpanFiltersMatchBruteForce()
    {
        const TelemetryStore& store = simulated().telemetry();
        const auto c = store.counts();
        std::uint64_t slow = 0, errors = 0, inventoryErrors = 0, http5xx = 0, pro = 0, noTier = 0;
        for (std::size_t i = 0; i < c.spans; ++i) {
            const SpanRecord& s = store.span(i);
            const OperationInfo& op = store.operation(s.operation);
            const bool err = s.status == SpanStatus::Error;
            slow += s.durationUs > 20000 ? 1 : 0;
            errors += err ? 1 : 0;
            inventoryErrors += err && store.str(store.service(op.service).name) == "inventory" ? 1 : 0;
            http5xx += s.httpStatus >= 500 && s.httpStatus <= 599 ? 1 : 0;
            std::string tier;
            if (!(s.flags & SpanFlags::TagsDropped))
                for (const auto& [k, v] : store.attributes(store.trace(s.trace).attributes))
                    if (store.str(k) == "customer.tier")
                        tier = std::string(store.str(v));
            pro += tier == "pro" ? 1 : 0;
            noTier += tier.empty() ? 1 : 0;
        }
        auto count = [&](const char* q) {
            SearchRequest r;
            r.query = q;
            r.limit = 0;
            const SearchResult res = searchSpans(store, r);
            if (res.error)
                qWarning("%s", res.error->format().c_str());
            return res.total;
        };
        QVERIFY(errors > 0);
        QCOMPARE(count("duration:>20ms"), slow);
        QCOMPARE(count("-duration:<=20ms"), slow);
        QCOMPARE(count("status:error"), errors);
        QCOMPARE(count("service:inventory status:error"), inventoryErrors);
        QCOMPARE(count("@http.status_code:[500 TO 599]"), http5xx);
        QCOMPARE(count("@http.status_code:5??"), http5xx);
        QCOMPARE(count("@customer.tier:pro"), pro);
        QCOMPARE(count("-@customer.tier:*"), noTier);
        QCOMPARE(count("resource_name:\"GET /stock\" OR -resource_name:\"GET /stock\""), std::uint64_t(c.spans));

        SearchRequest r;
        r.facets = {"@customer.tier", "resource_name"};
        r.limit = 0;
        const SearchResult res = searchSpans(store, r);
        QCOMPARE(res.facets[0].missing, noTier);
        for (const FacetValue& v : res.facets[0].values)
            if (v.value == "pro")
                QCOMPARE(v.count, pro);
        std::uint64_t sum = res.facets[1].missing;
        for (const FacetValue& v : res.facets[1].values)
            sum += v.count;
        QCOMPARE(sum, std::uint64_t(c.spans));
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
