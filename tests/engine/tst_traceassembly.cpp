// Opening a trace: waterfall order, self time, critical path, linked logs, and what broken propagation
// leaves behind — on hand-built traces whose answers are known, and on simulated drills.
#include "HandBuiltTraces.h"
#include "TestTopology.h"

#include "sim/Simulator.h"
#include "trace/ServiceMap.h"
#include "trace/TraceAssembly.h"
#include "trace/TraceLogs.h"
#include "trace/TraceLookup.h"

#include <QtTest>

#include <algorithm>
#include <chrono>
#include <map>

using namespace kunren;
using namespace kunren::test;

namespace {

constexpr SimTime kStart = 1000 * kSecond;

// api GET /items (0–100 ms) with db calls at 10–30, 12–17 (inside the first) and 35–45 ms, and a call
// to inventory at 40–90 ms whose server span runs 45–85 ms.
struct ShopTrace
{
    HandBuiltStore b;
    TraceIndex trace = 0;
    ServiceIndex api = 0, inventory = 0, db = 0;
    OperationId apiServer = 0, dbCall = 0, inventoryCall = 0, inventoryServer = 0;

    ShopTrace()
    {
        api = b.service("api", ServiceKind::Http);
        inventory = b.service("inventory", ServiceKind::Http);
        db = b.service("db", ServiceKind::Database);
        apiServer = b.operation(api, SpanKind::Server, "GET /items");
        dbCall = b.operation(api, SpanKind::Client, "SELECT items", db);
        inventoryCall = b.operation(api, SpanKind::Client, "GET /stock", inventory);
        inventoryServer = b.operation(inventory, SpanKind::Server, "GET /stock");
        b.log(kStart - 5 * kSecond, "earlier request", kNoTrace, kNoParent);
        trace = b.trace(kStart, 0xfeedull);
        b.span(apiServer, 0, 100000, kNoParent);  // 0
        b.span(dbCall, 10000, 20000, 0);          // 1
        b.span(inventoryCall, 40000, 50000, 0);   // 2
        b.span(inventoryServer, 45000, 40000, 2); // 3
        b.span(dbCall, 35000, 10000, 0);          // 4
        b.span(dbCall, 12000, 5000, 0);           // 5
        b.log(kStart + 80000, "stock checked", trace, 3);
        b.log(kStart + 100000, "items served", trace, 0);
        b.log(kStart + 100000, "other trace", trace + 1, 0);
        b.store.publish(kStart + kSecond);
    }
};

std::vector<std::uint16_t> orderOf(const AssembledTrace& t)
{
    std::vector<std::uint16_t> order;
    for (const auto& s : t.spans)
        order.push_back(s.indexInTrace);
    return order;
}

std::unique_ptr<Simulator> simulate(std::vector<FaultSpec> faults, SimTime until)
{
    auto sim = std::make_unique<Simulator>(scenarioWith(std::move(faults), until));
    sim->runUntil(until);
    return sim;
}

// Propagation issues of every trace in the store, counted by kind.
std::map<PropagationIssueKind, std::size_t> issueCounts(const TelemetryStore& st)
{
    std::map<PropagationIssueKind, std::size_t> n;
    const auto c = st.counts();
    for (std::size_t i = 0; i < c.traces; ++i) {
        const auto t = assembleTrace(st, c, static_cast<TraceIndex>(i), {{}, false});
        for (const auto& issue : t->issues)
            ++n[issue.kind];
    }
    return n;
}

} // namespace

class TestTraceAssembly : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void waterfallOrdersChildrenUnderParentsByStart()
    {
        ShopTrace s;
        const auto t = assembleTrace(s.b.store, s.trace);
        QVERIFY(t);
        QCOMPARE(orderOf(*t), (std::vector<std::uint16_t>{0, 1, 5, 4, 2, 3}));
        QCOMPARE(t->span(0).depth, 0);
        QCOMPARE(t->span(2).depth, 1);
        QCOMPARE(t->span(3).depth, 2);
        QCOMPARE(t->durationUs, std::int64_t{100000});
        QCOMPARE(t->span(3).startUs, std::int64_t{45000});
        QCOMPARE(t->span(3).endUs, std::int64_t{85000});
        QCOMPARE(t->span(3).serviceName, std::string_view("inventory"));
        QCOMPARE(t->span(2).peerName, std::string_view("inventory"));
        QCOMPARE(t->span(0).spanId, TelemetryStore::spanId(s.b.store.trace(s.trace), 0));
    }

    void selfTimeSubtractsTheUnionOfChildren()
    {
        ShopTrace s;
        const auto t = assembleTrace(s.b.store, s.trace);
        // Children cover 10–30 (12–17 inside it) and 35–90 ms: 75 ms of the 100.
        QCOMPARE(t->span(0).selfUs, std::int64_t{25000});
        QCOMPARE(t->span(2).selfUs, std::int64_t{10000});
        QCOMPARE(t->span(3).selfUs, std::int64_t{40000});
        QCOMPARE(t->span(1).selfUs, std::int64_t{20000});
    }

    void criticalPathWalksBackFromTheLatestEndingChild()
    {
        ShopTrace s;
        const auto t = assembleTrace(s.b.store, s.trace);
        // inventory (ends 90) → the db call before it (35–45, cut at 40) → the db call at 10–30; the 12–17
        // call is hidden under 10–30 and is not on the path.
        QCOMPARE(t->criticalPath, (std::vector<std::uint16_t>{0, 1, 4, 2, 3}));
        QVERIFY(!t->span(5).onCriticalPath);
        QVERIFY(t->span(3).onCriticalPath);
    }

    void tagsAndLogsAreAttached()
    {
        ShopTrace s;
        const auto t = assembleTrace(s.b.store, s.trace);
        QCOMPARE(t->logCount, std::size_t{2});
        QCOMPARE(t->span(3).logs.size(), std::size_t{1});
        QCOMPARE(t->span(3).logs.front().message, std::string("stock checked"));
        QCOMPARE(t->span(0).logs.front().message, std::string("items served"));
        const auto tags = spanTags(*t, t->span(1));
        const auto has = [&](std::string_view k, std::string_view v) {
            return std::any_of(tags.begin(), tags.end(),
                               [&](const SpanTag& tag) { return tag.key == k && tag.value == v; });
        };
        // The tags are engine/semconv's attributes: the operation's (current names), then the request's.
        QVERIFY(has("service.peer.name", "db"));
        QVERIFY(has("customer.tier", "pro"));
        QVERIFY(!t->broken());
    }

    void brokenPropagationIsReported()
    {
        HandBuiltStore b;
        const ServiceIndex api = b.service("api", ServiceKind::Http);
        const ServiceIndex inv = b.service("inventory", ServiceKind::Http);
        const OperationId apiServer = b.operation(api, SpanKind::Server, "GET /items");
        const OperationId call = b.operation(api, SpanKind::Client, "GET /stock", inv);
        const OperationId invServer = b.operation(inv, SpanKind::Server, "GET /stock");
        // Fragment mode: the caller's client span has no child; the callee's span roots a trace of its own.
        const TraceIndex caller = b.trace(kStart, 1);
        b.span(apiServer, 0, 50000, kNoParent);
        b.span(call, 1000, 40000, 0);
        const TraceIndex fragment = b.trace(kStart + 1100, 2, 1.0f, false);
        b.span(invServer, 0, 38000, kNoParent, SpanFlags::TagsDropped);
        // Orphan-parent mode: same trace, but the callee's span lost its parent.
        const TraceIndex orphan = b.trace(kStart + 2000, 3);
        b.span(apiServer, 0, 50000, kNoParent);
        b.span(call, 1000, 40000, 0);
        b.span(invServer, 1100, 38000, kNoParent, SpanFlags::ParentMissing | SpanFlags::TagsDropped);
        // A parent index past the trace's spans is a missing parent too, flagged or not.
        const TraceIndex dangling = b.trace(kStart + 3000, 4);
        b.span(apiServer, 0, 50000, kNoParent);
        b.span(invServer, 1100, 38000, 7);
        b.store.publish(kStart + kSecond);

        const auto a = assembleTrace(b.store, caller);
        QVERIFY(a->has(PropagationIssueKind::UnansweredCall));
        QVERIFY(!a->has(PropagationIssueKind::OrphanRoot));
        const auto f = assembleTrace(b.store, fragment);
        QVERIFY(f->has(PropagationIssueKind::OrphanRoot));
        QVERIFY(f->has(PropagationIssueKind::TagsDropped));
        // The span lost the request's attributes: its tags are its operation's only.
        for (const SpanTag& tag : spanTags(*f, f->span(0)))
            QVERIFY2(tag.key != "customer.tier", tag.key.c_str());
        const auto o = assembleTrace(b.store, orphan);
        QVERIFY(o->has(PropagationIssueKind::MissingParent));
        QVERIFY(o->has(PropagationIssueKind::UnansweredCall));
        QCOMPARE(o->span(2).depth, 0);
        const auto d = assembleTrace(b.store, dangling);
        QVERIFY(d->has(PropagationIssueKind::MissingParent));
        QCOMPARE(d->span(1).parent, kNoParent);
        QVERIFY(!assembleTrace(b.store, dangling + 1));
    }

    void lookupByHexRoundTrips()
    {
        ShopTrace s;
        TraceLookup lookup;
        lookup.catchUp(s.b.store, s.b.store.counts());
        const TraceRecord& tr = s.b.store.trace(s.trace);
        const std::string hex = formatTraceId({tr.idHigh, tr.idLow});
        QCOMPARE(hex, std::string("0123456789abcdef000000000000feed"));
        QCOMPARE(lookup.find(hex), std::optional<TraceIndex>(s.trace));
        QCOMPARE(lookup.find(std::string_view("0123456789ABCDEF000000000000FEED")), std::optional<TraceIndex>(s.trace));
        QCOMPARE(lookup.find(tr.idHigh, tr.idLow), std::optional<TraceIndex>(s.trace));
        QVERIFY(!lookup.find(std::string_view("0123456789abcdef000000000000beef")));
        QVERIFY(!lookup.find(std::string_view("not-a-trace-id")));
        QVERIFY(!parseTraceId(std::string(33, 'a')));
        QCOMPARE(parseTraceId("feed")->low, std::uint64_t{0xfeed});
    }

    void lookupCatchesUpIncrementally()
    {
        auto sim = std::make_unique<Simulator>(scenarioWith({}, kMinute));
        TraceLookup lookup;
        for (int i = 0; i < 5; ++i) {
            sim->step();
            const auto c = sim->telemetry().counts();
            lookup.catchUp(sim->telemetry(), c);
            QCOMPARE(lookup.indexed(), c.traces);
        }
        const auto c = sim->telemetry().counts();
        QVERIFY(c.traces > 100);
        for (std::size_t i = 0; i < c.traces; i += 17) {
            const TraceRecord& tr = sim->telemetry().trace(static_cast<TraceIndex>(i));
            QCOMPARE(lookup.find(formatTraceId({tr.idHigh, tr.idLow})),
                     std::optional<TraceIndex>(static_cast<TraceIndex>(i)));
        }
    }

    void healthyTracesAreWhole()
    {
        auto sim = simulate({}, 2 * kMinute);
        const TelemetryStore& st = sim->telemetry();
        const auto c = st.counts();
        QVERIFY(c.traces > 1000);
        std::size_t multiSpan = 0;
        for (std::size_t i = 0; i < c.traces; ++i) {
            const auto t = assembleTrace(st, c, static_cast<TraceIndex>(i), {{}, false});
            QVERIFY(t);
            QVERIFY2(!t->broken(), t->issues.empty() ? "" : t->issues.front().detail.c_str());
            QCOMPARE(std::count_if(t->spans.begin(), t->spans.end(),
                                   [](const AssembledSpan& s) { return s.parent == kNoParent; }),
                     1L);
            QCOMPARE(t->spans.size(), std::size_t{st.trace(static_cast<TraceIndex>(i)).spanCount});
            QVERIFY(!t->criticalPath.empty());
            QCOMPARE(t->criticalPath.front(), t->spans.front().indexInTrace);
            for (const auto& s : t->spans) {
                QVERIFY(s.selfUs >= 0);
                if (s.parent != kNoParent)
                    QCOMPARE(s.depth, t->span(s.parent).depth + 1);
            }
            multiSpan += t->spans.size() > 1 ? 1 : 0;
        }
        QVERIFY(multiSpan > 500);
    }

    void linkedLogsCarryTheSameTrace()
    {
        auto sim = simulate({fault(FaultKind::Errors, "inventory", "GET /stock", 0, 0.2)}, 2 * kMinute);
        const TelemetryStore& st = sim->telemetry();
        const auto c = st.counts();
        // Every linked log, found by brute force, must show up in its trace's assembly.
        std::vector<std::size_t> expected(c.traces, 0);
        for (std::size_t i = 0; i < c.logs; ++i)
            if (st.log(i).trace != kNoTrace && st.log(i).span != kNoParent)
                ++expected[st.log(i).trace];
        LogTimeIndex index;
        index.catchUp(st, c);
        std::size_t checked = 0;
        for (std::size_t i = 0; i < c.traces; i += 7) {
            const auto t = assembleTrace(st, c, static_cast<TraceIndex>(i));
            QCOMPARE(t->logCount, expected[i]);
            const auto indexed = assembleTrace(st, c, static_cast<TraceIndex>(i), {{}, true, &index});
            QCOMPARE(indexed->logCount, expected[i]);
            for (const auto& s : t->spans)
                for (const auto& l : s.logs) {
                    QCOMPARE(st.log(l.index).trace, static_cast<TraceIndex>(i));
                    QCOMPARE(st.log(l.index).span, s.indexInTrace);
                    ++checked;
                }
        }
        QVERIFY(checked > 50);
    }

    void fragmentedTracesShowOrphanRoots()
    {
        auto sim = simulate({fault(FaultKind::TracePropagation, "api", "", 0, 1.0)}, kMinute);
        const TelemetryStore& st = sim->telemetry();
        const auto n = issueCounts(st);
        QVERIFY(n.count(PropagationIssueKind::OrphanRoot) && n.at(PropagationIssueKind::OrphanRoot) > 100);
        QVERIFY(n.count(PropagationIssueKind::UnansweredCall) && n.at(PropagationIssueKind::UnansweredCall) > 100);
        QVERIFY(!n.count(PropagationIssueKind::MissingParent));

        // The map knows inventory is called by api, so a root of inventory without attributes is an orphan
        // even when nothing flagged its tags as dropped.
        auto healthy = simulate({}, kMinute);
        const auto called =
            buildServiceMap(healthy->telemetry(), healthy->telemetry().counts(), 0, kMinute).calledServices();
        HandBuiltStore b;
        b.service("api", ServiceKind::Http);
        const ServiceIndex inv = b.service("inventory", ServiceKind::Http);
        const TraceIndex root = b.trace(kStart, 9, 1.0f, false);
        b.span(b.operation(inv, SpanKind::Server, "GET /stock"), 0, 1000, kNoParent);
        b.store.publish(kStart + kSecond);
        QVERIFY(!assembleTrace(b.store, root)->broken());
        QVERIFY(assembleTrace(b.store, root, {called, true})->has(PropagationIssueKind::OrphanRoot));
    }

    void orphanParentsShowMissingParents()
    {
        auto f = fault(FaultKind::TracePropagation, "api", "", 0, 1.0);
        f.mode = "orphan-parent";
        auto sim = simulate({f}, kMinute);
        const auto n = issueCounts(sim->telemetry());
        QVERIFY(n.count(PropagationIssueKind::MissingParent) && n.at(PropagationIssueKind::MissingParent) > 100);
        QVERIFY(!n.count(PropagationIssueKind::OrphanRoot));
    }

    void fiveThousandSpanTraceOpensQuickly()
    {
        HandBuiltStore b;
        const ServiceIndex api = b.service("api", ServiceKind::Http);
        const ServiceIndex db = b.service("db", ServiceKind::Database);
        const OperationId server = b.operation(api, SpanKind::Server, "POST /batch");
        const OperationId internal = b.operation(api, SpanKind::Internal, "process item");
        const OperationId call = b.operation(api, SpanKind::Client, "INSERT items", db);
        const TraceIndex trace = b.trace(kStart, 42);
        b.span(server, 0, 5000000, kNoParent);
        // 1,666 items in sequence, each an internal span with two db calls: 5,000 spans.
        for (std::uint32_t i = 0; i < 1666; ++i) {
            const std::uint32_t at = 1000 + i * 2900;
            const std::uint32_t item = b.span(internal, at, 2800, 0) - b.store.trace(trace).firstSpan;
            b.span(call, at + 100, 1000, static_cast<std::uint16_t>(item));
            b.span(call, at + 1200, 1500, static_cast<std::uint16_t>(item));
            if (i % 50 == 0)
                b.log(kStart + at + 2000, "item done", trace, static_cast<std::uint16_t>(item));
        }
        b.span(internal, 4900000, 90000, 0);
        b.store.publish(kStart + 10 * kSecond);
        QCOMPARE(b.store.trace(trace).spanCount, std::uint16_t{5000});

        std::vector<double> ms;
        for (int run = 0; run < 21; ++run) {
            const auto t0 = std::chrono::steady_clock::now();
            const auto t = assembleTrace(b.store, trace);
            ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
            QCOMPARE(t->spans.size(), std::size_t{5000});
            QCOMPARE(t->criticalPath.size(), std::size_t{1666 * 3 + 2});
        }
        std::sort(ms.begin(), ms.end());
        qInfo("assembling a 5,000-span trace: median %.2f ms, max %.2f ms", ms[ms.size() / 2], ms.back());
    }
};

QTEST_GUILESS_MAIN(TestTraceAssembly)
#include "tst_traceassembly.moc"
