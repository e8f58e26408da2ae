// The service map: nodes and edges as the spans show them, rates weighted by sampling, health, and what
// broken propagation does to it.
#include "HandBuiltTraces.h"
#include "TestTopology.h"

#include "sim/Simulator.h"
#include "trace/LatencyHistogram.h"
#include "trace/ServiceMap.h"

#include <QtTest>

#include <algorithm>
#include <chrono>
#include <set>

using namespace kunren;
using namespace kunren::test;

namespace {

std::unique_ptr<Simulator> simulate(std::vector<FaultSpec> faults, SimTime until)
{
    auto sim = std::make_unique<Simulator>(scenarioWith(std::move(faults), until));
    sim->runUntil(until);
    return sim;
}

std::set<std::pair<std::string, std::string>> edgeSet(const ServiceMap& map)
{
    std::set<std::pair<std::string, std::string>> edges;
    for (const MapEdge& e : map.edges)
        edges.emplace(std::string(e.fromName), std::string(e.toName));
    return edges;
}

bool contains(const std::vector<std::string_view>& names, std::string_view name)
{
    return std::find(names.begin(), names.end(), name) != names.end();
}

} // namespace

class TestServiceMap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void histogramQuantilesAreClose()
    {
        LatencyHistogram h;
        for (std::uint32_t us = 1; us <= 100000; ++us)
            h.add(us, 1.0);
        QVERIFY(std::abs(h.quantileUs(0.5) - 50000.0) < 50000.0 * 0.04);
        QVERIFY(std::abs(h.quantileUs(0.95) - 95000.0) < 95000.0 * 0.04);
        for (std::uint32_t us : {0u, 1u, 15u, 16u, 17u, 1000u, 4294967295u})
            QVERIFY(LatencyHistogram::lowerBound(LatencyHistogram::bucketOf(us)) <= us);
    }

    void weightsEstimateTrueRates()
    {
        HandBuiltStore b;
        const ServiceIndex api = b.service("api", ServiceKind::Http);
        const ServiceIndex db = b.service("db", ServiceKind::Database);
        const OperationId server = b.operation(api, SpanKind::Server, "GET /items");
        const OperationId query = b.operation(api, SpanKind::Client, "SELECT items", db);
        // 10 sampled traces over 10 s at 1 in 4: 40 requests, 4 per second; one failing db call.
        for (int i = 0; i < 10; ++i) {
            b.trace(i * kSecond, static_cast<std::uint64_t>(i + 1), 4.0f);
            b.span(server, 0, 10000, kNoParent, 0, i == 3 ? SpanStatus::Error : SpanStatus::Unset);
            b.span(query, 1000, 2000, 0, 0, i == 3 ? SpanStatus::Error : SpanStatus::Unset);
        }
        b.store.publish(10 * kSecond);
        const ServiceMap map = buildServiceMap(b.store, b.store.counts(), 0, 10 * kSecond);
        QCOMPARE(map.nodes.size(), std::size_t{2});
        const MapNode* apiNode = map.node("api");
        QVERIFY(apiNode && !apiNode->managed);
        QCOMPARE(apiNode->requests, 40.0);
        QCOMPARE(apiNode->requestRate, 4.0);
        QCOMPARE(apiNode->errorRate, 0.1);
        QCOMPARE(apiNode->health, NodeHealth::Critical);
        const MapNode* dbNode = map.node("db");
        QVERIFY(dbNode && dbNode->managed);
        QVERIFY(std::abs(dbNode->p50Ms - 2.0) < 0.1);
        const MapEdge* e = map.edge("api", "db");
        QVERIFY(e);
        QCOMPARE(e->requestRate, 4.0);
        QCOMPARE(e->errorRate, 0.1);
        // Half the window: only the traces that started in it.
        QCOMPARE(buildServiceMap(b.store, b.store.counts(), 5 * kSecond, 10 * kSecond).node("api")->requests, 20.0);
    }

    void edgesFollowTheCallGraph()
    {
        auto sim = simulate({}, 2 * kMinute);
        const TelemetryStore& st = sim->telemetry();
        const ServiceMap map = buildServiceMap(st, st.counts(), 0, 2 * kMinute);
        const std::set<std::pair<std::string, std::string>> expected{
            {"api", "cache"},  {"api", "db"},        {"api", "inventory"}, {"api", "payments-api"},
            {"api", "orders"}, {"orders", "worker"}, {"worker", "db"}};
        QCOMPARE(edgeSet(map), expected);
        for (const char* name : {"api", "inventory", "db", "cache", "payments-api", "orders", "worker"})
            QVERIFY2(map.node(name), name);
        QVERIFY(map.node("db")->managed);
        QVERIFY(!map.node("inventory")->managed);
        // ~40 req/s into GET /items, each checking stock once (plus retries).
        QVERIFY(map.edge("api", "inventory")->requestRate > 30 && map.edge("api", "inventory")->requestRate < 50);
        QVERIFY(map.node("api")->requestRate > 40 && map.node("api")->requestRate < 60);
        QVERIFY(map.node("inventory")->errorRate < 0.01);
        QCOMPARE(map.node("inventory")->health, NodeHealth::Ok);

        const auto down = map.downstreamOf("api");
        QVERIFY(contains(down, "db") && contains(down, "inventory") && contains(down, "orders"));
        QVERIFY(contains(down, "worker")); // through the queue
        QVERIFY(!contains(map.downstreamOf("worker"), "api"));
        const auto up = map.upstreamOf("db");
        QVERIFY(contains(up, "api") && contains(up, "worker"));
        QVERIFY(map.downstreamOf("db").empty());
    }

    void queueFeedsItsConsumer()
    {
        HandBuiltStore b;
        const ServiceIndex api = b.service("api", ServiceKind::Http);
        const ServiceIndex queue = b.service("orders", ServiceKind::Queue);
        b.service("audit", ServiceKind::Queue);
        const ServiceIndex worker = b.service("worker", ServiceKind::Worker);
        const OperationId server = b.operation(api, SpanKind::Server, "POST /orders");
        OperationInfo publish = b.store.operation(
            b.operation(api, SpanKind::Producer, "publish orders.created", queue));
        publish.destination = b.store.strings().intern("orders.created");
        const OperationId produce = b.store.addOperation(publish);
        OperationInfo process = b.store.operation(b.operation(worker, SpanKind::Consumer, "process orders.created"));
        process.destination = publish.destination;
        const OperationId consume = b.store.addOperation(process);
        OperationInfo unrelated = process; // a consumer of a destination no producer publishes to
        unrelated.destination = b.store.strings().intern("audit.events");
        const OperationId consumeOther = b.store.addOperation(unrelated);
        // 10 publishing requests; the worker consumes each message in a trace of its own, one in 5 failing.
        for (int i = 0; i < 10; ++i) {
            b.trace(i * kSecond, static_cast<std::uint64_t>(100 + i), 2.0f);
            b.span(server, 0, 5000, kNoParent);
            b.span(produce, 1000, 1000, 0);
            b.trace(i * kSecond + 500 * kMillisecond, static_cast<std::uint64_t>(200 + i), 2.0f);
            b.span(consume, 0, 3000, kNoParent, 0, i % 5 == 0 ? SpanStatus::Error : SpanStatus::Unset);
            b.trace(i * kSecond + 600 * kMillisecond, static_cast<std::uint64_t>(300 + i), 2.0f);
            b.span(consumeOther, 0, 3000, kNoParent);
        }
        b.store.publish(10 * kSecond);
        const ServiceMap map = buildServiceMap(b.store, b.store.counts(), 0, 10 * kSecond);
        const MapEdge* e = map.edge("orders", "worker");
        QVERIFY(e);
        QCOMPARE(e->spans, std::size_t{10});
        QCOMPARE(e->requestRate, 2.0); // weighted: 20 messages in 10 s
        QCOMPARE(e->errorRate, 0.2);
        QVERIFY(std::abs(e->p50Ms - 3.0) < 0.1);
        QVERIFY(map.edge("api", "orders"));
        QVERIFY(!map.edge("audit", "worker")); // nobody publishes audit.events to that queue
        QVERIFY(!map.edge("worker", "orders"));
        QVERIFY(contains(map.downstreamOf("api"), "worker"));
        QVERIFY(contains(map.upstreamOf("worker"), "api"));
    }

    void errorRatesReflectAnInjectedFault()
    {
        auto sim = simulate({fault(FaultKind::Errors, "inventory", "GET /stock", kMinute, 0.3)}, 2 * kMinute);
        const TelemetryStore& st = sim->telemetry();
        const ServiceMap before = buildServiceMap(st, st.counts(), 0, kMinute);
        const ServiceMap during = buildServiceMap(st, st.counts(), kMinute, 2 * kMinute);
        QVERIFY(before.node("inventory")->errorRate < 0.01);
        const double rate = during.node("inventory")->errorRate;
        QVERIFY2(rate > 0.22 && rate < 0.38, QByteArray::number(rate).constData());
        QCOMPARE(during.node("inventory")->health, NodeHealth::Critical);
        QVERIFY(during.edge("api", "inventory")->errorRate > 0.2);
        QVERIFY(during.node("db")->errorRate < 0.01);
    }

    void brokenPropagationLosesTheEdge()
    {
        auto sim = simulate({fault(FaultKind::TracePropagation, "api", "", kMinute, 1.0)}, 2 * kMinute);
        const TelemetryStore& st = sim->telemetry();
        const ServiceMap before = buildServiceMap(st, st.counts(), 0, kMinute);
        const ServiceMap during = buildServiceMap(st, st.counts(), kMinute, 2 * kMinute);
        QVERIFY(before.edge("api", "inventory"));
        QVERIFY(!during.edge("api", "inventory"));
        QVERIFY(during.edge("api", "db"));
        // inventory still serves: its node stays, cut off from its caller.
        QVERIFY(during.node("inventory") && during.node("inventory")->requestRate > 30);
        QVERIFY(!contains(during.downstreamOf("api"), "inventory"));
    }

    void latencyAgainstTheBaseline()
    {
        auto sim = simulate({fault(FaultKind::Latency, "inventory", "GET /stock", 2 * kMinute, 4.0)}, 3 * kMinute);
        const TelemetryStore& st = sim->telemetry();
        const ServiceMap map = buildServiceMap(st, st.counts(), 2 * kMinute, 3 * kMinute);
        const MapNode* inv = map.node("inventory");
        QVERIFY(inv->baselineP95Ms > 0);
        QVERIFY(inv->p95Ms > 2.0 * inv->baselineP95Ms);
        QVERIFY(inv->health != NodeHealth::Ok);
        QVERIFY(!inv->healthReason.empty());
        QCOMPARE(buildServiceMap(st, st.counts(), kMinute, 2 * kMinute).node("inventory")->health, NodeHealth::Ok);
    }

    void oneHourMapIsQuick()
    {
        auto sim = simulate({}, kHour);
        const TelemetryStore& st = sim->telemetry();
        const auto c = st.counts();
        std::vector<double> ms;
        std::size_t spans = 0;
        for (int run = 0; run < 7; ++run) {
            const auto t0 = std::chrono::steady_clock::now();
            const ServiceMap map = buildServiceMap(st, c, 0, kHour, {});
            ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
            spans = 0;
            for (const MapNode& n : map.nodes)
                spans += n.managed ? 0 : n.spans;
        }
        std::sort(ms.begin(), ms.end());
        qInfo("service map over one hour (%zu spans stored, %zu traces): median %.1f ms", c.spans, c.traces,
              ms[ms.size() / 2]);
        QVERIFY(spans > 0);
    }
};

QTEST_GUILESS_MAIN(TestServiceMap)
#include "tst_servicemap.moc"
