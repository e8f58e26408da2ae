// The simulation's promises: deterministic, and every symptom emerges from a fault in the model.
#include "TelemetryProbe.h"
#include "TestTopology.h"

#include "scenario/ScenarioLoader.h"
#include "sim/Simulator.h"
#include "telemetry/LogText.h"

#include <map>
#include <set>

#include <QtTest>

using namespace kunren;
using namespace kunren::test;

namespace {

constexpr int kServer = static_cast<int>(SpanKind::Server);
constexpr int kClient = static_cast<int>(SpanKind::Client);

std::unique_ptr<Simulator> run(std::shared_ptr<Scenario> sc, SimTime until, SimOptions options = {})
{
    auto sim = std::make_unique<Simulator>(std::move(sc), options);
    sim->runUntil(until);
    return sim;
}

} // namespace

class TestSimulation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameSeedGivesIdenticalTelemetry()
    {
        auto a = run(scenarioWith({}), 3 * kMinute);
        auto b = run(scenarioWith({}), 3 * kMinute);
        QVERIFY(a->telemetry().counts().spans > 10000);
        QCOMPARE(digest(a->telemetry()), digest(b->telemetry()));

        SimOptions other;
        other.seed = 8;
        auto c = run(scenarioWith({}), 3 * kMinute, other);
        QVERIFY(digest(a->telemetry()) != digest(c->telemetry()));
    }

    void addingAServiceDoesNotReshuffleOthers()
    {
        auto base = scenarioWith({});
        auto extended = scenarioWith({});
        auto topo = std::make_shared<Topology>(*extended->topology);
        topo->services.insert(topo->services.begin(), service("audit", ServiceKind::Http));
        topo->services.front().endpoints = {endpoint("POST /audit", kMillisecond, 5 * kMillisecond)};
        extended->topology = topo;
        auto a = run(base, kMinute);
        auto b = run(extended, kMinute);
        const auto sa = spanStats(a->telemetry(), "api", "POST /orders", kServer);
        const auto sb = spanStats(b->telemetry(), "api", "POST /orders", kServer);
        QCOMPARE(sa.count, sb.count);
        QCOMPARE(sa.durationsMs, sb.durationsMs);
    }

    void latencyFaultSlowsCallersAndVanishesWhenRemoved()
    {
        const auto f = fault(FaultKind::Latency, "db", "INSERT orders", 2 * kMinute, 20.0);
        auto withFault = run(scenarioWith({f}), 5 * kMinute);
        SimOptions off;
        off.faultsEnabled = false;
        auto without = run(scenarioWith({f}), 5 * kMinute, off);

        auto before = spanStats(withFault->telemetry(), "api", "POST /orders", kServer, 0, 2 * kMinute);
        auto during = spanStats(withFault->telemetry(), "api", "POST /orders", kServer, 3 * kMinute, 5 * kMinute);
        auto noFault = spanStats(without->telemetry(), "api", "POST /orders", kServer, 3 * kMinute, 5 * kMinute);
        // INSERT orders is ~3 ms; ×21 adds ~60 ms to every order.
        QVERIFY2(
            during.quantile(0.5) > before.quantile(0.5) + 40.0,
            qPrintable(
                QStringLiteral("p50 before %1 ms, during %2 ms").arg(before.quantile(0.5)).arg(during.quantile(0.5))));
        QVERIFY(std::abs(noFault.quantile(0.5) - before.quantile(0.5)) < 0.15 * before.quantile(0.5));
        // The slow component is visible in its own (client) spans, not only in the caller's.
        auto dbSpans = spanStats(withFault->telemetry(), "api", "INSERT orders", kClient, 3 * kMinute, 5 * kMinute);
        QVERIFY(dbSpans.quantile(0.5) > 40.0);
    }

    void halvingTheMagnitudeShrinksTheSymptom()
    {
        const auto f = fault(FaultKind::Latency, "db", "INSERT orders", kMinute, 20.0);
        SimOptions half;
        half.faultMagnitudeScale = 0.5;
        auto full = run(scenarioWith({f}), 4 * kMinute);
        auto halved = run(scenarioWith({f}), 4 * kMinute, half);
        auto pFull =
            spanStats(full->telemetry(), "api", "POST /orders", kServer, 2 * kMinute, 4 * kMinute).quantile(0.5);
        auto pHalf =
            spanStats(halved->telemetry(), "api", "POST /orders", kServer, 2 * kMinute, 4 * kMinute).quantile(0.5);
        auto pBase = spanStats(full->telemetry(), "api", "POST /orders", kServer, 0, kMinute).quantile(0.5);
        // The symptom is the latency the fault adds; half the magnitude adds about half as much.
        const double added = pFull - pBase, addedHalf = pHalf - pBase;
        QVERIFY2(added > 40.0 && addedHalf > 0.3 * added && addedHalf < 0.7 * added,
                 qPrintable(QStringLiteral("base %1 half %2 full %3").arg(pBase).arg(pHalf).arg(pFull)));
    }

    void servicesTheFaultCannotReachStayHealthy()
    {
        const auto f = fault(FaultKind::Latency, "db", "INSERT orders", kMinute, 20.0);
        SimOptions off;
        off.faultsEnabled = false;
        auto withFault = run(scenarioWith({f}), 4 * kMinute);
        auto without = run(scenarioWith({f}), 4 * kMinute, off);
        // GET /items never touches INSERT orders.
        auto a = spanStats(withFault->telemetry(), "api", "GET /items", kServer, 2 * kMinute, 4 * kMinute);
        auto b = spanStats(without->telemetry(), "api", "GET /items", kServer, 2 * kMinute, 4 * kMinute);
        QVERIFY(std::abs(a.quantile(0.5) - b.quantile(0.5)) < 0.2 * b.quantile(0.5));
        QCOMPARE(a.errors, b.errors);
        auto inv = spanStats(withFault->telemetry(), "inventory", "GET /stock", kServer, 2 * kMinute, 4 * kMinute);
        QCOMPARE(inv.errors, 0u);
    }

    void callersSeeTheErrorsOfTheirDependencies()
    {
        auto f = fault(FaultKind::Errors, "payments-api", "POST /charge", 2 * kMinute, 0.8);
        f.status = 500;
        auto sim = run(scenarioWith({f}), 4 * kMinute);
        const auto& st = sim->telemetry();
        auto before = spanStats(st, "api", "POST /orders", kServer, 0, 2 * kMinute);
        auto during = spanStats(st, "api", "POST /orders", kServer, 2 * kMinute + 10 * kSecond, 4 * kMinute);
        QVERIFY(before.errorRate() < 0.02);
        // Two retries: a request fails only when all three attempts do (0.8³ ≈ 0.51).
        QVERIFY2(during.errorRate() > 0.35 && during.errorRate() < 0.7,
                 qPrintable(QString::number(during.errorRate())));
        // The caller's error names the dependency, as an upstream failure would.
        bool named = false;
        for (std::size_t i = 0; i < st.counts().spans && !named; ++i) {
            const SpanRecord& s = st.span(i);
            if (s.status == SpanStatus::Error && st.str(st.operation(s.operation).name) == "POST /orders" &&
                st.operation(s.operation).kind == SpanKind::Server)
                named = st.str(st.error(s.error).message).find("payments-api") != std::string_view::npos;
        }
        QVERIFY(named);
    }

    void metricsAndTracesAgreeWhenEveryRequestIsTraced()
    {
        auto f = fault(FaultKind::Errors, "inventory", "GET /stock", kMinute, 0.3);
        auto sim = run(scenarioWith({f}), 3 * kMinute);
        QCOMPARE(sim->traceSampleRate(), 1.0);
        const auto& st = sim->telemetry();
        for (const char* op : {"GET /items", "POST /orders"}) {
            auto spans = spanStats(st, "api", op, kServer);
            QCOMPARE(lastMetric(st, "service.request.count", "api", op), static_cast<double>(spans.count));
            QCOMPARE(lastMetric(st, "service.error.count", "api", op), static_cast<double>(spans.errors));
        }
        auto inv = spanStats(st, "inventory", "GET /stock", kServer);
        QVERIFY(inv.errors > 100);
        QCOMPARE(lastMetric(st, "service.error.count", "inventory", "GET /stock"), static_cast<double>(inv.errors));
        auto consumer = spanStats(st, "worker", "process orders.created", static_cast<int>(SpanKind::Consumer));
        QCOMPARE(lastMetric(st, "service.request.count", "worker", "process orders.created"),
                 static_cast<double>(consumer.count));
    }

    void memoryLeakEndsInOomKillsAndCrashLoop()
    {
        auto f = fault(FaultKind::MemoryLeak, "api", "", kMinute, 120.0); // MiB per minute
        auto sim = run(scenarioWith({f}, 15 * kMinute), 15 * kMinute);
        const auto& st = sim->telemetry();
        QVERIFY(countEvents(st, "oom-killed", "api") >= 3);
        QVERIFY(lastMetric(st, "kube_pod_container_status_restarts_total", "api") >= 3);
        QVERIFY(lastMetric(st, "container_oom_events_total", "api") >= 3);
        // While pods restart, requests fail somewhere: the service sheds load or has nobody to serve it.
        QVERIFY(lastMetric(st, "service.error.count", "api", "GET /items") > 0);
        SimOptions off;
        off.faultsEnabled = false;
        auto healthy = run(scenarioWith({f}, 15 * kMinute), 15 * kMinute, off);
        QCOMPARE(countEvents(healthy->telemetry(), "oom-killed"), std::size_t{0});
    }

    void trafficSpikeDrivesTheAutoscalerToItsMaximum()
    {
        auto f = fault(FaultKind::TrafficSpike, "api", "", kMinute, 15.0);
        auto sim = run(scenarioWith({f}, 8 * kMinute), 8 * kMinute);
        const auto& st = sim->telemetry();
        QCOMPARE(lastMetric(st, "kube_horizontalpodautoscaler_status_current_replicas", "api"), 8.0);
        QVERIFY(countEvents(st, "scaling", "api") >= 1);
        auto healthy = run(scenarioWith({}, 8 * kMinute), 8 * kMinute);
        QCOMPARE(lastMetric(healthy->telemetry(), "kube_horizontalpodautoscaler_status_current_replicas", "api"), 3.0);
    }

    void externalRateLimitReturns429AndRetriesAmplifyLoad()
    {
        auto f = fault(FaultKind::ExternalRateLimit, "payments-api", "", kMinute, 0.95);
        auto sim = run(scenarioWith({f}), 4 * kMinute);
        const auto& st = sim->telemetry();
        std::size_t throttled = 0, retries = 0;
        for (std::size_t i = 0; i < st.counts().spans; ++i) {
            const SpanRecord& s = st.span(i);
            throttled += s.httpStatus == 429 ? 1 : 0;
            retries += (s.flags & SpanFlags::Retry) ? 1 : 0;
        }
        QVERIFY(throttled > 500);
        QVERIFY(retries > 500);
        QVERIFY(lastMetric(st, "external.api.throttled", "payments-api") > 500);
        auto before = spanStats(st, "api", "POST /charge", kClient, 0, kMinute);
        auto during = spanStats(st, "api", "POST /charge", kClient, 2 * kMinute, 4 * kMinute);
        // More attempts per minute than requests: retries amplify the load on the limited API.
        QVERIFY(during.count > 1.5 * before.count * 2);
    }

    void brokenPropagationFragmentsTraces()
    {
        auto f = fault(FaultKind::TracePropagation, "api", "", kMinute, 1.0);
        auto sim = run(scenarioWith({f}), 3 * kMinute);
        const auto& st = sim->telemetry();
        std::size_t orphanRootsBefore = 0, orphanRootsAfter = 0;
        for (std::size_t t = 0; t < st.counts().traces; ++t) {
            const TraceRecord& tr = st.trace(static_cast<TraceIndex>(t));
            const SpanRecord& root = st.span(tr.firstSpan);
            if (st.str(st.service(st.operation(root.operation).service).name) != "inventory")
                continue;
            (tr.start < kMinute ? orphanRootsBefore : orphanRootsAfter)++;
            QCOMPARE(tr.attributes, AttributeSetId{0}); // tags are gone with the context
        }
        QCOMPARE(orphanRootsBefore, std::size_t{0});
        QVERIFY(orphanRootsAfter > 1000);
    }

    // A message can be followed across a queue, as OpenTelemetry's messaging conventions have it: every
    // consumer trace links to the span that published its message, carries the request's attributes, and
    // the order id the producer logged is the one the consumer logs.
    // A store that fills up mid-second publishes nothing of that second: readers keep the last whole one, and
    // the half-done world refuses to go on instead of writing a second time over it.
    void aFullStoreStopsAtTheLastWholeSecond()
    {
        const auto loaded = loadScenarioFile(builtinScenarioDir() / "library" / "shop-slow-query.scenario.json");
        QVERIFY(loaded.ok());
        SimOptions options;
        options.spanLimit = 5000;
        Simulator sim(loaded.value, options);
        SimTime lastWhole = 0;
        std::size_t spansThen = 0;
        try {
            for (;;) {
                sim.step();
                lastWhole = sim.now();
                spansThen = sim.telemetry().counts().spans;
                QVERIFY(lastWhole < 10 * kMinute);
            }
        } catch (const std::length_error& e) {
            QVERIFY2(std::string(e.what()).find("telemetry is full") != std::string::npos, e.what());
        }
        QVERIFY(lastWhole > 0);
        QVERIFY(spansThen <= 5000);
        QCOMPARE(sim.telemetry().counts().time, lastWhole);
        QCOMPARE(sim.telemetry().counts().spans, spansThen);
        QVERIFY_THROWS_EXCEPTION(std::logic_error, sim.step());
        QCOMPARE(sim.telemetry().counts().spans, spansThen);
    }

    void messagesCarryTheirContextAcrossTheQueue()
    {
        const auto loaded = loadScenarioFile(builtinScenarioDir() / "library" / "shop-slow-query.scenario.json");
        QVERIFY(loaded.ok());
        Simulator sim(loaded.value);
        sim.runUntil(4 * kMinute);
        const TelemetryStore& st = sim.telemetry();
        const auto c = st.counts();
        std::map<std::pair<std::uint64_t, std::uint64_t>, TraceIndex> byId;
        for (std::size_t t = 0; t < c.traces; ++t)
            byId[{st.trace(static_cast<TraceIndex>(t)).idHigh, st.trace(static_cast<TraceIndex>(t)).idLow}] =
                static_cast<TraceIndex>(t);
        // Each trace's order ids, from its logs.
        std::map<TraceIndex, std::set<std::string>> orderIds;
        for (std::size_t i = 0; i < c.logs; ++i) {
            const LogRecord log = st.log(i);
            if (log.trace == kNoTrace)
                continue;
            const std::string text = renderLogMessage(st, log);
            if (const auto at = text.find("ord_"); at != std::string::npos)
                orderIds[log.trace].insert(text.substr(at, text.find_first_of(" :", at) - at));
        }
        int consumers = 0, bothLogged = 0;
        for (std::size_t t = 0; t < c.traces; ++t) {
            const TraceRecord& tr = st.trace(static_cast<TraceIndex>(t));
            const OperationInfo& root = st.operation(st.span(tr.firstSpan).operation);
            if (root.kind != SpanKind::Consumer)
                continue;
            ++consumers;
            const auto links = st.linksOf(static_cast<TraceIndex>(t), c.traceLinks);
            QCOMPARE(links.size(), std::size_t{1});
            const auto producer = byId.find({links[0].linkedTraceHigh, links[0].linkedTraceLow});
            QVERIFY2(producer != byId.end(), "the linked trace is recorded");
            const TraceRecord& ptr = st.trace(producer->second);
            bool publishSpan = false;
            for (std::uint32_t i = 0; i < ptr.spanCount; ++i)
                if (TelemetryStore::spanId(ptr, i) == links[0].linkedSpanId)
                    publishSpan = st.operation(st.span(ptr.firstSpan + i).operation).kind == SpanKind::Producer ||
                                  st.operation(st.span(ptr.firstSpan + i).operation).kind == SpanKind::Client;
            QVERIFY2(publishSpan, "the link points at the span that published the message");
            QCOMPARE(tr.attributes, ptr.attributes); // customer.tier, region … travel with the message
            // Where both sides logged an order (log lines are written with a probability), it is the same one.
            const auto& mine = orderIds[static_cast<TraceIndex>(t)];
            const auto& theirs = orderIds[producer->second];
            if (mine.empty() || theirs.empty())
                continue;
            ++bothLogged;
            QVERIFY2(mine == theirs, qPrintable(QString::fromStdString(*mine.begin() + " vs " + *theirs.begin())));
        }
        QVERIFY2(consumers > 50, qPrintable(QString::number(consumers)));
        QVERIFY2(bothLogged > 20, qPrintable(QString::number(bothLogged)));
    }

    void deployEventRollsPodsToTheNewVersion()
    {
        auto sc = scenarioWith({});
        EventSpec ev;
        ev.id = "deploy";
        ev.kind = EventKind::Deploy;
        ev.at = 30 * kSecond;
        ev.service = "api";
        ev.version = "2.0.0";
        sc->events.push_back(ev);
        auto sim = run(sc, 3 * kMinute);
        const auto& st = sim->telemetry();
        QVERIFY(countEvents(st, "deploy", "api") >= 2); // started and completed
        std::size_t newVersion = 0;
        for (std::size_t i = 0; i < st.counts().spans; ++i) {
            const SpanRecord& s = st.span(i);
            if (st.trace(s.trace).start > 2 * kMinute && st.str(st.resource(s.resource).version) == "2.0.0")
                ++newVersion;
        }
        QVERIFY(newVersion > 1000);
    }
};

QTEST_GUILESS_MAIN(TestSimulation)
#include "tst_simulation.moc"
