// The store's contracts: interning, stable rows, derived ids, and reading while the simulator appends.
#include "TestTopology.h"

#include "query/Search.h"
#include "sim/Simulator.h"
#include "telemetry/TelemetryStore.h"

#include "trace/TraceAssembly.h"

#include <QtTest>

#include <atomic>
#include <set>
#include <thread>

using namespace kunren;

class TestTelemetryStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void internsEachStringOnce()
    {
        StringTable t;
        const StringId a = t.intern("checkout");
        QCOMPARE(t.intern("checkout"), a);
        QVERIFY(t.intern("payment") != a);
        QCOMPARE(t.view(a), std::string_view("checkout"));
        QCOMPARE(t.intern(""), kNoString);
        QCOMPARE(t.find("missing"), kNoString);
        // Views stay valid however many strings come after (arena blocks never move).
        const std::string_view before = t.view(a);
        for (int i = 0; i < 100000; ++i)
            t.intern("s" + std::to_string(i));
        QCOMPARE(before.data(), t.view(a).data());
    }

    void chunkedColumnKeepsRowsInPlace()
    {
        ChunkedColumn<int, 4> c; // 16 rows per chunk
        c.push_back(1);
        const int* first = &c[0];
        for (int i = 0; i < 1000; ++i)
            c.push_back(i);
        QCOMPARE(&c[0], first);
        QCOMPARE(c.size(), std::size_t{1001});
        QCOMPARE(c[1000], 999);
    }

    void attributeSetsAreInternedAndContiguous()
    {
        TelemetryStore s;
        auto& str = s.strings();
        std::vector<TelemetryStore::KeyValue> a{{str.intern("region"), str.intern("ap-northeast-1")},
                                                {str.intern("tier"), str.intern("pro")}};
        const AttributeSetId id = s.internAttributes(a);
        QCOMPARE(s.internAttributes(a), id);
        QCOMPARE(s.attributes(id).size(), std::size_t{2});
        QCOMPARE(s.str(s.attributes(id)[1].second), std::string_view("pro"));
        // Thousands of sets never straddle a chunk: each is readable as one span.
        for (int i = 0; i < 5000; ++i) {
            std::vector<TelemetryStore::KeyValue> b{{str.intern("k"), str.intern(std::to_string(i))},
                                                    {str.intern("l"), kNoString},
                                                    {str.intern("m"), kNoString}};
            const AttributeSetId bid = s.internAttributes(b);
            QCOMPARE(s.str(s.attributes(bid)[0].second), std::string_view(std::to_string(i)));
        }
    }

    void spanIdsAreDistinctAndNeverZero()
    {
        TraceRecord t{0x4bf92f3577b34da6ull, 0xa3ce929d0e0e4736ull};
        std::set<std::uint64_t> ids;
        for (std::uint32_t i = 0; i < 10000; ++i) {
            const auto id = TelemetryStore::spanId(t, i);
            QVERIFY(id != 0);
            ids.insert(id);
        }
        QCOMPARE(ids.size(), std::size_t{10000});
        QCOMPARE(TelemetryStore::spanId(t, 7), TelemetryStore::spanId(t, 7));
    }

    void logArgumentsRenderInlineValuesWithoutInterning()
    {
        TelemetryStore s;
        StringTable& str = s.strings();
        LogRecord log;
        log.templ = str.intern("order {order_id} for {customer.tier} took {duration_ms}ms");
        const LogArg args[] = {logarg::id(42), logarg::string(str.intern("pro")), logarg::number(1234)};
        const std::size_t strings = str.size();
        s.addLog(log, args);
        QCOMPARE(str.size(), strings); // numbers and ids cost no string-table entries
        const std::string message = renderLogMessage(s, s.log(0));
        QVERIFY2(message.starts_with("order ord_") && message.ends_with(" for pro took 1234ms"), message.c_str());
        QCOMPARE(message.size(), std::string("order ord_12345678 for pro took 1234ms").size());
        // The same id renders the same way every time; another id differs.
        logarg::Buffer a, b;
        QCOMPARE(logarg::text(str, logarg::id(42), "order_id", a), logarg::text(str, logarg::id(42), "order_id", b));
        QVERIFY(logarg::text(str, logarg::id(43), "order_id", a) != logarg::text(str, logarg::id(42), "order_id", b));
        // The store keeps each template's split, made once, for searches to reuse.
        s.publish(0);
        QCOMPARE(s.counts().logTemplates, std::size_t{1});
        QCOMPARE(s.logTemplate(0), log.templ);
        const LogTemplateParts& kept = s.logTemplateParts(0);
        QCOMPARE(kept.names, (std::vector<std::string_view>{"order_id", "customer.tier", "duration_ms"}));
        QCOMPARE(kept.literals.back(), std::string_view("ms"));
        s.addLog(log, args);
        s.publish(0);
        QCOMPARE(s.counts().logs, std::size_t{2});
        QCOMPARE(s.counts().logTemplates, std::size_t{1}); // a template is split once, not per record
        const auto parts = splitLogTemplate("a {x} b {unclosed");
        QCOMPARE(parts.names.size(), std::size_t{1});
        QCOMPARE(parts.literals.back(), std::string_view(" b {unclosed"));
    }

    void readersSeeConsistentRowsWhileTheSimulationAppends()
    {
        auto sc = test::scenarioWith({test::fault(FaultKind::Errors, "inventory", "", 0, 0.2)}, 2 * kMinute);
        Simulator sim(sc);
        const TelemetryStore& st = sim.telemetry();
        std::atomic<bool> done{false};
        std::atomic<std::size_t> checked{0};
        std::atomic<bool> broken{false};
        std::thread reader([&] {
            while (!done.load()) {
                const TelemetryCounts c = st.counts();
                // Every published span belongs to a published trace and names a published operation.
                for (std::size_t i = c.spans > 2000 ? c.spans - 2000 : 0; i < c.spans; ++i) {
                    const SpanRecord& s = st.span(i);
                    if (s.trace >= c.traces || s.operation >= c.operations ||
                        st.str(st.operation(s.operation).name).empty())
                        broken = true;
                }
                for (std::size_t i = c.logs > 500 ? c.logs - 500 : 0; i < c.logs; ++i)
                    if (st.log(i).firstArg + st.log(i).argCount > c.logArgs)
                        broken = true;
                checked += 1;
            }
        });
        sim.runUntil(2 * kMinute);
        done = true;
        reader.join();
        QVERIFY(!broken);
        QVERIFY(checked > 0);
        QCOMPARE(st.counts().time, 2 * kMinute);
    }

    // What the app does all day: the worker thread simulates while the GUI's searches, facets and trace
    // lookups read the same store (the tsan preset runs this under ThreadSanitizer). Every result counts
    // only published rows, so it never exceeds what was published when the search began.
    void searchesRunWhileTheSimulationAppends()
    {
        auto sc = test::scenarioWith({test::fault(FaultKind::Errors, "inventory", "", 0, 0.2)}, 2 * kMinute);
        Simulator sim(sc);
        const TelemetryStore& st = sim.telemetry();
        std::atomic<bool> done{false};
        std::thread writer([&] {
            sim.runUntil(2 * kMinute);
            done = true;
        });
        int searches = 0;
        bool consistent = true;
        while (!done.load() || searches < 3) {
            const TelemetryCounts before = st.counts();
            SearchRequest logs;
            logs.query = "status:error";
            logs.facets = {"service", "status"};
            const SearchResult l = searchLogs(st, logs);
            SearchRequest spans;
            spans.query = "service:inventory OR @http.response.status_code:>=500";
            // Facets engine/semconv answers (per operation, per outcome, per resource) read the store too.
            spans.facets = {"resource_name", "@error.type", "@rpc.response.status_code", "@k8s.pod.name"};
            const SearchResult s = searchSpans(st, spans);
            // The trace view's assembly (tags from the same model) of the newest published trace.
            if (before.traces > 0)
                consistent = consistent &&
                             assembleTrace(st, before, static_cast<TraceIndex>(before.traces - 1)).has_value();
            const TelemetryCounts after = st.counts();
            // Each search reads the store as published when it ran: between the two snapshots.
            consistent = consistent && l.total <= after.logs && s.total <= after.spans && l.to >= before.time &&
                         l.to <= after.time;
            ++searches;
        }
        writer.join();
        QVERIFY(consistent);
        QVERIFY(searches >= 3);
        SearchRequest all;
        all.query = "status:error";
        QVERIFY(searchLogs(st, all).total > 0);
    }
};

QTEST_GUILESS_MAIN(TestTelemetryStore)
#include "tst_telemetrystore.moc"
