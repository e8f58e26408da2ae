// Metric, Kubernetes, error-tracking and log monitors fire from the telemetry the simulator records —
// when a fault is large enough, not when it is removed or too small — and parse their queries with
// errors that say where.
#include "AlertTestSupport.h"

#include "query/MetricQuery.h"
#include "scenario/ScenarioLoader.h"

#include <QtTest>

using namespace kunren;
using namespace kunren::test;

namespace {

const char* kErrorRatio = "sum:service.error.count{service:api,operation:POST /orders} / "
                          "sum:service.request.count{service:api,operation:POST /orders}";

// A monitor of `type` named after its id; the test sets what it watches and its thresholds.
MonitorSpec monitorOf(std::string type, std::string id)
{
    MonitorSpec m;
    m.id = std::move(id);
    m.type = std::move(type);
    m.name.en = m.id;
    return m;
}

MonitorSpec kubernetesMonitor(std::string id, std::string rule, SimDuration window = 5 * kMinute)
{
    MonitorSpec m = monitorOf("kubernetes", std::move(id));
    m.rule = std::move(rule);
    m.window = window;
    return m;
}

// An error-tracking or log monitor counting what `query` matches.
MonitorSpec countingMonitor(std::string type, std::string id, std::string query, std::optional<double> warning,
                            double critical)
{
    MonitorSpec m = monitorOf(std::move(type), std::move(id));
    m.query = std::move(query);
    m.warning = warning;
    m.critical = critical;
    return m;
}

FaultSpec leak(double mibPerMinute)
{
    FaultSpec f = fault(FaultKind::MemoryLeak, "api", "", kMinute, mibPerMinute);
    return f;
}

} // namespace

class TestMonitors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void metricQueriesParse()
    {
        MetricQueryError e;
        auto q = parseMetricQuery(
            "sum:service.error.count{service:payment} / sum:service.request.count{service:payment}", e);
        QVERIFY(q);
        QCOMPARE(q->numerator.aggregator, std::string("sum"));
        QCOMPARE(q->numerator.metric, std::string("service.error.count"));
        QCOMPARE(q->numerator.scope.size(), std::size_t(1));
        QVERIFY(q->denominator);
        q = parseMetricQuery("sum:external.api.throttled{service:bedrock-runtime}.as_rate()", e);
        QVERIFY(q && q->numerator.asRate && q->numerator.metric == "external.api.throttled");
        q = parseMetricQuery("p95:service.request.duration{service:checkout,operation:POST /orders} by {version}", e);
        QVERIFY(q);
        QCOMPARE(q->numerator.scope[1].value, std::string("POST /orders"));
        QCOMPARE(q->numerator.groupBy, std::vector<std::string>{"version"});
        q = parseMetricQuery("anomalies(avg:service.request.duration{service:api-gateway}, 'basic', 2)", e);
        QVERIFY(q);
        QCOMPARE(q->anomalyAlgorithm, std::string("basic"));
        QCOMPARE(q->anomalyBounds, 2.0);
    }

    void metricQueryErrorsSayWhere()
    {
        MetricQueryError e;
        QVERIFY(!parseMetricQuery("median:cpu", e));
        QCOMPARE(e.column, std::size_t(1));
        QVERIFY(e.message.find("unknown aggregator 'median'") != std::string::npos);
        QVERIFY(!parseMetricQuery("avg:cpu{service:a", e));
        QCOMPARE(e.column, std::size_t(18));
        QVERIFY(e.message.find("'}'") != std::string::npos);
        QVERIFY(!parseMetricQuery("anomalies(avg:cpu, 'fancy', 2)", e));
        QVERIFY(e.message.find("unknown anomaly algorithm") != std::string::npos);
        QVERIFY(!parseMetricQuery("avg:cpu.increase(10m)", e));
        QVERIFY(e.message.find("unknown function") != std::string::npos);
    }

    void loaderReportsMonitorMistakesWithLineAndColumn()
    {
        // (moc cannot read raw string literals, so the document is spelled out line by line.)
        const std::string text =
            std::string("{\n") +
            "  \"format\": \"kunren.scenario/1\", \"id\": \"x\", \"title\": {\"en\": \"X\"}, \"duration\": \"30m\",\n" +
            "  \"topology\": \"" + builtinScenarioDir().string() + "/topologies/shop.topology.json\",\n" +
            "  \"answer\": {\"component\": \"checkout\", \"mechanism\": \"bad-deploy\"},\n" + "  \"monitors\": [\n" +
            "    {\"id\": \"m\", \"type\": \"metric\", \"name\": {\"en\": \"M\"}, \"query\": \"avg:x{a:b\", "
            "\"critical\": 1},\n" +
            "    {\"id\": \"s\", \"type\": \"slo\", \"name\": {\"en\": \"S\"}, \"slo\": 0.9, \"query\": "
            "\"service:checkout\",\n" +
            "     \"tiers\": [{\"long\": \"1h\", \"burnRate\": 14.4}]}\n" + "  ]\n" + "}\n";
        const auto r = loadScenarioText(text, "inline.json");
        QVERIFY(!r.ok());
        bool query = false, tier = false;
        for (const Diagnostic& d : r.diagnostics) {
            if (d.pointer == "/monitors/0/query") {
                query = d.line == 6 && d.message.find("column 10") != std::string::npos;
            }
            if (d.pointer == "/monitors/1/tiers/0/burnRate")
                tier = d.line == 8 && d.message.find("at most 10") != std::string::npos;
        }
        QVERIFY(query);
        QVERIFY(tier);
    }

    void errorRatioFiresForALargeFaultAndRecoversWhenItEnds()
    {
        auto sc = alertScenario({errorFault("api", "POST /orders", 3 * kMinute, 0.2, 6 * kMinute)},
                                {metricMonitor("ratio", kErrorRatio, 0.01, 0.05)});
        auto s = runDrill(sc, 20 * kMinute);
        const auto ts = transitionsOf(*s, "ratio");
        QVERIFY(!ts.empty());
        const AlertTransition* alert = firstTo(*s, "ratio", AlertLevel::Alert);
        QVERIFY(alert);
        QVERIFY(alert->time > 3 * kMinute && alert->time <= 6 * kMinute);
        QVERIFY(alert->value > 0.05 && alert->value < 0.3);
        QVERIFY(alert->series.find("service.error.count") != std::string::npos);
        // Each transition carries the threshold of the level it enters (summary.json, the channels).
        QCOMPARE(alert->threshold, 0.05);
        if (const AlertTransition* warn = firstTo(*s, "ratio", AlertLevel::Warn))
            QCOMPARE(warn->threshold, 0.01);
        // Five minutes after the fault ends (9 m) the window is clean again: recovered.
        QCOMPARE(ts.back().to, AlertLevel::Ok);
        QVERIFY(ts.back().time > 9 * kMinute && ts.back().time <= 15 * kMinute);
    }

    void noAlertWithoutTheFaultOrWhenItIsTooSmall()
    {
        auto sc = alertScenario({errorFault("api", "POST /orders", 3 * kMinute, 0.2)},
                                {metricMonitor("ratio", kErrorRatio, 0.01, 0.05)});
        SimOptions off;
        off.faultsEnabled = false;
        QVERIFY(transitionsOf(*runDrill(sc, 12 * kMinute, off), "ratio").empty());
        SimOptions small;
        small.faultMagnitudeScale = 0.02; // 0.4 % errors: under the warning threshold
        QVERIFY(transitionsOf(*runDrill(sc, 12 * kMinute, small), "ratio").empty());
    }

    void recoveryThresholdHoldsTheAlert()
    {
        // 8 % errors for 6 minutes then 3 %: without a recovery threshold the alert ends, with one at 2 %
        // it holds.
        auto twoSteps = [](double recovery) {
            std::vector<FaultSpec> faults{errorFault("api", "POST /orders", 2 * kMinute, 0.08, 6 * kMinute),
                                          errorFault("api", "POST /orders", 8 * kMinute, 0.03)};
            faults[1].id = "f2";
            MonitorSpec m = metricMonitor("ratio", kErrorRatio, std::nullopt, 0.05);
            if (recovery > 0)
                m.recovery = recovery;
            return runDrill(alertScenario(faults, {m}), 20 * kMinute);
        };
        auto plain = twoSteps(0);
        QVERIFY(firstTo(*plain, "ratio", AlertLevel::Alert));
        QVERIFY(firstTo(*plain, "ratio", AlertLevel::Ok));
        auto held = twoSteps(0.02);
        QVERIFY(firstTo(*held, "ratio", AlertLevel::Alert));
        QVERIFY(!firstTo(*held, "ratio", AlertLevel::Ok));
    }

    void holdForDelaysTheAlert()
    {
        MonitorSpec quick = metricMonitor("quick", kErrorRatio, std::nullopt, 0.05);
        MonitorSpec slow = quick;
        slow.id = "slow";
        slow.holdFor = 4 * kMinute;
        auto s = runDrill(alertScenario({errorFault("api", "POST /orders", 2 * kMinute, 0.3)}, {quick, slow}),
                          15 * kMinute);
        const AlertTransition* a = firstTo(*s, "quick", AlertLevel::Alert);
        const AlertTransition* b = firstTo(*s, "slow", AlertLevel::Alert);
        QVERIFY(a && b);
        QCOMPARE(b->time - a->time, 4 * kMinute);
    }

    void memoryLeakTripsTheKubernetesRules()
    {
        // 60 MiB/min on a 512 MiB limit with a 200 MiB baseline: near the limit after ~4 minutes,
        // OOMKilled soon after, then restarts and crash-loop back-off.
        auto sc = alertScenario({leak(60)}, {kubernetesMonitor("mem", "memory-near-limit"),
                                             kubernetesMonitor("oom", "oom-killed", 10 * kMinute),
                                             kubernetesMonitor("crash", "crash-looping"), [] {
                                                 auto m = kubernetesMonitor("restarts", "restarts", 15 * kMinute);
                                                 m.critical = 1; // more than one restart of a pod in 15 minutes
                                                 return m;
                                             }()});
        auto s = runDrill(sc, 20 * kMinute);
        const AlertTransition* mem = firstTo(*s, "mem", AlertLevel::Alert);
        const AlertTransition* oom = firstTo(*s, "oom", AlertLevel::Alert);
        QVERIFY(mem && oom);
        QVERIFY(mem->time <= oom->time);
        QVERIFY(mem->group.find("pod:api-") != std::string::npos);
        QCOMPARE(oom->group, std::string("service:api"));
        QVERIFY(firstTo(*s, "crash", AlertLevel::Alert));
        QVERIFY(firstTo(*s, "restarts", AlertLevel::Alert));
        // The same drill without the leak: every rule stays quiet.
        SimOptions off;
        off.faultsEnabled = false;
        QVERIFY(runDrill(sc, 20 * kMinute, off)->alerts().transitions().empty());
    }

    void trafficSpikeMaxesTheAutoscaler()
    {
        auto sc = alertScenario(
            {fault(FaultKind::TrafficSpike, "api", "", kMinute, 20.0)},
            {kubernetesMonitor("hpa", "hpa-at-max", 5 * kMinute), kubernetesMonitor("throttle", "cpu-throttling")});
        auto s = runDrill(sc, 15 * kMinute);
        const AlertTransition* hpa = firstTo(*s, "hpa", AlertLevel::Alert);
        QVERIFY(hpa);
        QCOMPARE(hpa->group, std::string("service:api"));
        SimOptions off;
        off.faultsEnabled = false;
        QVERIFY(!firstTo(*runDrill(sc, 15 * kMinute, off), "hpa", AlertLevel::Alert));
    }

    void newErrorPatternNotifiesOnceKnownOnesStayQuiet()
    {
        MonitorSpec m;
        m.id = "new-issues";
        m.type = "error-tracking";
        m.name.en = "New issue";
        m.query = "status:new";
        // The topology's background error on api is known: the drill has it from the first minute.
        auto sc = alertScenario({errorFault("inventory", "GET /stock", 4 * kMinute, 0.05)}, {m});
        sc->topology = [] {
            auto t = smallTopology();
            BackgroundError b;
            b.type = "java.lang.NullPointerException";
            b.message = "cart {cart_id} has an item with no price";
            b.rate = 0.01;
            t->services[0].errors.push_back(b);
            return t;
        }();
        auto s = runDrill(sc, 12 * kMinute);
        const auto ts = transitionsOf(*s, "new-issues");
        // One new pattern, the injected one (the api's upstream error about it is new too, since
        // inventory never fails on a normal day): each notified once, never again.
        QVERIFY(!ts.empty());
        for (const AlertTransition& t : ts) {
            QCOMPARE(t.to, AlertLevel::Alert);
            QVERIFY(t.time >= 4 * kMinute);
            QVERIFY(t.detail.find("NullPointerException") == std::string::npos);
        }
        bool injected = false;
        for (const AlertTransition& t : ts)
            injected = injected || (t.detail.rfind("inventory java.lang.IllegalStateException", 0) == 0);
        QVERIFY(injected);
        QCOMPARE(countPosts(*s, AlertChannel::InfraAlert, AlertNotification::Kind::Triggered, "new-issues"), ts.size());
        // The background error was tracked — just not announced.
        bool tracked = false;
        for (const Issue& i : s->errors().issues())
            tracked = tracked || i.type == "java.lang.NullPointerException";
        QVERIFY(tracked);
    }

    void errorCountMonitorCountsEvents()
    {
        const MonitorSpec m = countingMonitor("error-tracking", "count", "service:inventory", std::nullopt, 100);
        auto s = runDrill(alertScenario({errorFault("inventory", "GET /stock", 3 * kMinute, 0.2)}, {m}), 10 * kMinute);
        const AlertTransition* a = firstTo(*s, "count", AlertLevel::Alert);
        QVERIFY(a);
        QVERIFY(a->value >= 100);
    }

    void logMonitorCountsMatchingRecords()
    {
        const MonitorSpec m = countingMonitor("log", "failed-logs", "service:api status:error", 20, 200);
        auto sc = alertScenario({errorFault("api", "POST /orders", 3 * kMinute, 0.5)}, {m});
        auto s = runDrill(sc, 10 * kMinute);
        const AlertTransition* a = firstTo(*s, "failed-logs", AlertLevel::Alert);
        QVERIFY(a);
        QVERIFY(a->time > 3 * kMinute);
        SimOptions off;
        off.faultsEnabled = false;
        QVERIFY(!firstTo(*runDrill(sc, 10 * kMinute, off), "failed-logs", AlertLevel::Alert));
    }

    void unusableMonitorsAreReportedNotFatal()
    {
        MonitorSpec m = metricMonitor("bad", "avg:x{", std::nullopt, 1.0);
        auto s = runDrill(alertScenario({}, {m}), 2 * kMinute);
        QCOMPARE(s->alerts().problems().size(), std::size_t(1));
        QVERIFY(s->alerts().problems()[0].find("monitor bad") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestMonitors)
#include "tst_monitors.moc"
