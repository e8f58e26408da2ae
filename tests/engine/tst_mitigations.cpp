// Mitigations act on the simulated system: the right one makes the symptoms go, a wrong one costs
// time and sometimes makes things worse — as in real life.
#include "TelemetryProbe.h"
#include "TestTopology.h"

#include "scenario/ScenarioLoader.h"
#include "sim/Simulator.h"

#include <QtTest>

using namespace kunren;
using namespace kunren::test;

namespace {

constexpr int kServer = static_cast<int>(SpanKind::Server);

struct Step
{
    SimTime at;
    MitigationRequest request;
};

std::unique_ptr<Simulator> run(std::shared_ptr<Scenario> sc, SimTime until, std::vector<Step> steps = {})
{
    auto sim = std::make_unique<Simulator>(std::move(sc));
    for (const Step& s : steps) {
        sim->runUntil(s.at);
        const MitigationResult r = sim->applyMitigation(s.request);
        if (!r.applied)
            qWarning("mitigation not applied: %s", r.summary.c_str());
    }
    sim->runUntil(until);
    return sim;
}

double errorRate(const Simulator& sim, std::string_view service, std::string_view endpoint, SimTime from, SimTime to)
{
    return spanStats(sim.telemetry(), service, endpoint, kServer, from, to).errorRate();
}

std::size_t eventsAfter(const TelemetryStore& st, std::string_view kind, SimTime from)
{
    std::size_t n = 0;
    for (std::size_t i = 0; i < st.counts().events; ++i)
        n += st.event(i).time >= from && st.str(st.event(i).kind) == kind;
    return n;
}

// The largest value a service's metric reached from `from` on.
double peakAfter(const TelemetryStore& st, std::string_view name, std::string_view service, SimTime from)
{
    double best = 0;
    for (std::size_t i = 0; i < st.counts().points; ++i) {
        const MetricPoint& p = st.point(i);
        const SeriesInfo& s = st.series(p.series);
        if (p.time >= from && st.str(s.name) == name &&
            st.str(st.service(st.resource(s.resource).service).name) == service)
            best = std::max(best, p.value);
    }
    return best;
}

FaultSpec badInventoryDeploy()
{
    auto f = fault(FaultKind::BadDeploy, "inventory", "GET /stock", kMinute, 0.5);
    f.version = "2.0.0";
    f.errorType = "java.lang.IllegalArgumentException";
    f.errorMessage = "unknown warehouse code";
    return f;
}

QString rate(double r) { return QString::number(r, 'f', 4); }

std::shared_ptr<Scenario> library(const char* id)
{
    auto loaded = loadScenarioFile(builtinScenarioDir() / "library" / (std::string(id) + ".scenario.json"));
    if (!loaded.ok())
        return nullptr;
    return std::make_shared<Scenario>(*loaded.value);
}

// The scenario's answer-key mitigation, applied five minutes after its first fault.
std::unique_ptr<Simulator> runWithAnswer(std::shared_ptr<Scenario> sc, bool mitigate)
{
    SimTime start = sc->duration;
    for (const FaultSpec& f : sc->faults)
        start = std::min(start, f.start);
    std::vector<Step> steps;
    if (mitigate)
        steps.push_back(
            {start + 5 * kMinute, {*mitigationKindFromString(sc->answer.mitigation), sc->answer.component}});
    return run(sc, sc->duration, steps);
}

std::unique_ptr<Simulator> runHealthy(std::shared_ptr<Scenario> sc)
{
    SimOptions noFaults;
    noFaults.faultsEnabled = false;
    auto sim = std::make_unique<Simulator>(sc, noFaults);
    sim->runUntil(sc->duration);
    return sim;
}

} // namespace

class TestMitigations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rollbackEndsABadDeploy()
    {
        auto sc = scenarioWith({badInventoryDeploy()});
        auto nothing = run(sc, 7 * kMinute);
        auto rolledBack = run(sc, 7 * kMinute, {{3 * kMinute, {MitigationKind::Rollback, "inventory"}}});
        const double broken = errorRate(*nothing, "inventory", "GET /stock", 5 * kMinute, 7 * kMinute);
        const double fixed = errorRate(*rolledBack, "inventory", "GET /stock", 5 * kMinute, 7 * kMinute);
        QVERIFY2(broken > 0.3, qPrintable(rate(broken)));
        QCOMPARE(fixed, 0.0); // the old version has no baseline errors on this endpoint
        QVERIFY(countEvents(rolledBack->telemetry(), "deploy", "inventory") >= 3); // deploy, complete, rollback…
    }

    void restartingABadDeployDropsCapacityAndFixesNothing()
    {
        auto sc = scenarioWith({badInventoryDeploy()});
        auto nothing = run(sc, 7 * kMinute);
        auto restarted = run(sc, 7 * kMinute, {{3 * kMinute, {MitigationKind::Restart, "inventory"}}});
        // The new pods run the same bad version.
        QVERIFY(errorRate(*restarted, "inventory", "GET /stock", 5 * kMinute, 7 * kMinute) > 0.3);
        // While the replacements start, api's calls to inventory have nowhere to go.
        const auto during = spanStats(restarted->telemetry(), "api", "GET /items", kServer, 3 * kMinute,
                                      3 * kMinute + 10 * kSecond);
        const auto before = spanStats(nothing->telemetry(), "api", "GET /items", kServer, 3 * kMinute,
                                      3 * kMinute + 10 * kSecond);
        QVERIFY2(during.errorRate() > before.errorRate() + 0.2,
                 qPrintable(rate(during.errorRate()) + QStringLiteral(" vs ") + rate(before.errorRate())));
    }

    void raisingTheDatabaseLimitEndsPoolExhaustion()
    {
        auto slow = fault(FaultKind::Latency, "db", "INSERT orders", kMinute, 30.0);
        auto pool = fault(FaultKind::DbConnectionPool, "db", "", kMinute, 0.96);
        auto sc = scenarioWith({slow, pool});
        auto nothing = run(sc, 6 * kMinute);
        auto raised = run(sc, 6 * kMinute, {{2 * kMinute, {MitigationKind::RaiseLimit, "db"}}});
        const double broken = errorRate(*nothing, "api", "POST /orders", 4 * kMinute, 6 * kMinute);
        const double fixed = errorRate(*raised, "api", "POST /orders", 4 * kMinute, 6 * kMinute);
        const double healthy = errorRate(*run(scenarioWith({}), 6 * kMinute), "api", "POST /orders", 4 * kMinute,
                                         6 * kMinute);
        QVERIFY2(broken > 0.1, qPrintable(rate(broken)));
        QVERIFY2(fixed <= healthy + 0.01, qPrintable(rate(fixed) + QStringLiteral(" vs ") + rate(healthy)));
        auto latency = spanStats(raised->telemetry(), "api", "POST /orders", kServer, 4 * kMinute, 6 * kMinute);
        auto baseline = spanStats(run(scenarioWith({}), 6 * kMinute)->telemetry(), "api", "POST /orders", kServer,
                                  4 * kMinute, 6 * kMinute);
        QVERIFY(latency.quantile(0.5) < 1.2 * baseline.quantile(0.5));
    }

    void scalingOutOnAnExhaustedPoolMakesItWorse()
    {
        auto pool = fault(FaultKind::DbConnectionPool, "db", "", kMinute, 0.9); // 5 connections left
        auto slow = fault(FaultKind::Latency, "db", "INSERT orders", kMinute, 10.0);
        auto sc = scenarioWith({slow, pool});
        auto nothing = run(sc, 6 * kMinute);
        auto scaled = run(sc, 6 * kMinute, {{2 * kMinute, {MitigationKind::ScaleOut, "api"}}});
        const double before = errorRate(*nothing, "api", "POST /orders", 4 * kMinute, 6 * kMinute);
        const double after = errorRate(*scaled, "api", "POST /orders", 4 * kMinute, 6 * kMinute);
        // Every new pod opens its own connection pool against a database that has none to spare.
        QVERIFY2(after > before + 0.2, qPrintable(rate(after) + QStringLiteral(" vs ") + rate(before)));
        QVERIFY(lastMetric(scaled->telemetry(), "db.client.connections.usage", "db") >=
                lastMetric(scaled->telemetry(), "db.client.connections.max", "db"));
    }

    void rollbackStopsALeakThatRestartsOnlyPostpone()
    {
        EventSpec deploy;
        deploy.id = "worker-deploy";
        deploy.kind = EventKind::Deploy;
        deploy.at = 30 * kSecond;
        deploy.service = "worker";
        deploy.version = "1.1.0";
        auto leak = fault(FaultKind::MemoryLeak, "worker", "", kMinute, 150.0);
        leak.event = "worker-deploy";
        auto sc = scenarioWith({leak}, 12 * kMinute);
        sc->events = {deploy};
        auto nothing = run(sc, 12 * kMinute);
        auto rolledBack = run(sc, 12 * kMinute, {{4 * kMinute, {MitigationKind::Rollback, "worker"}}});
        auto restarted = run(sc, 12 * kMinute, {{4 * kMinute, {MitigationKind::Restart, "worker"}}});
        QVERIFY(eventsAfter(nothing->telemetry(), "oom-killed", 6 * kMinute) > 0);
        QCOMPARE(eventsAfter(rolledBack->telemetry(), "oom-killed", 6 * kMinute), std::size_t{0});
        QVERIFY(eventsAfter(restarted->telemetry(), "oom-killed", 6 * kMinute) > 0); // bought two minutes
        QVERIFY(lastMetric(rolledBack->telemetry(), "messaging.queue.depth", "orders") < 50);
    }

    void raisingAnExternalQuotaEndsThrottling()
    {
        auto sc = scenarioWith({fault(FaultKind::ExternalRateLimit, "payments-api", "", kMinute, 0.95)});
        auto nothing = run(sc, 5 * kMinute);
        auto raised = run(sc, 5 * kMinute, {{2 * kMinute, {MitigationKind::RaiseLimit, "payments-api"}}});
        auto scaled = run(sc, 5 * kMinute, {{2 * kMinute, {MitigationKind::ScaleOut, "api"}}});
        const double broken = errorRate(*nothing, "api", "POST /orders", 3 * kMinute, 5 * kMinute);
        QVERIFY2(broken > 0.2, qPrintable(rate(broken)));
        QVERIFY(errorRate(*raised, "api", "POST /orders", 3 * kMinute, 5 * kMinute) < 0.01);
        QVERIFY(errorRate(*scaled, "api", "POST /orders", 3 * kMinute, 5 * kMinute) > 0.8 * broken);
    }

    void failoverReplacesABrokenCacheButARestartDoesNot()
    {
        auto sc = scenarioWith({fault(FaultKind::CacheFailure, "cache", "", kMinute, 1.0)});
        auto failedOver = run(sc, 9 * kMinute, {{2 * kMinute, {MitigationKind::Failover, "cache"}}});
        auto restarted = run(sc, 9 * kMinute, {{2 * kMinute, {MitigationKind::Restart, "cache"}}});
        QVERIFY(lastMetric(failedOver->telemetry(), "cache.hit_ratio", "cache") > 0.85); // warm again
        QCOMPARE(lastMetric(restarted->telemetry(), "cache.hit_ratio", "cache"), 0.0);
        // Right after the failover the standby is empty: reads fall through to the database.
        const auto coldReads = spanStats(failedOver->telemetry(), "api", "SELECT items",
                                         static_cast<int>(SpanKind::Client), 2 * kMinute + 40 * kSecond, 3 * kMinute);
        const auto warmReads = spanStats(failedOver->telemetry(), "api", "SELECT items",
                                         static_cast<int>(SpanKind::Client), 8 * kMinute + 40 * kSecond, 9 * kMinute);
        QVERIFY(coldReads.count > 3 * warmReads.count);
    }

    void scalingOutATopicAddsConsumers()
    {
        auto sc = scenarioWith({fault(FaultKind::TrafficSpike, "api", "POST /orders", kMinute, 4.0)}, 8 * kMinute);
        auto nothing = run(sc, 8 * kMinute);
        auto scaled = run(sc, 8 * kMinute, {{2 * kMinute, {MitigationKind::ScaleOut, "orders"}}});
        // 50 orders/s against two consumers at 20/s: the backlog grows until the consumers double.
        QVERIFY(lastMetric(nothing->telemetry(), "messaging.queue.depth", "orders") > 1000);
        QVERIFY(lastMetric(scaled->telemetry(), "messaging.queue.depth", "orders") < 100);
    }

    void rollbackRevertsAChangeMadeElsewhere()
    {
        EventSpec import;
        import.id = "price-import";
        import.kind = EventKind::ConfigChange;
        import.at = kMinute;
        import.service = "db";
        auto f = fault(FaultKind::Errors, "inventory", "GET /stock", kMinute, 0.3);
        f.event = "price-import";
        auto sc = scenarioWith({f}, 6 * kMinute);
        sc->events = {import};
        auto rolledBack = run(sc, 6 * kMinute, {{2 * kMinute, {MitigationKind::Rollback, "inventory"}}});
        QVERIFY(errorRate(*rolledBack, "inventory", "GET /stock", kMinute, 2 * kMinute) > 0.2);
        QCOMPARE(errorRate(*rolledBack, "inventory", "GET /stock", 3 * kMinute, 6 * kMinute), 0.0);
    }

    void aMitigationOnNothingItCanChangeIsRefused()
    {
        auto sim = std::make_unique<Simulator>(scenarioWith({}));
        sim->runUntil(kMinute);
        QVERIFY(!sim->applyMitigation({MitigationKind::Rollback, "inventory"}).applied); // never deployed
        QVERIFY(!sim->applyMitigation({MitigationKind::ScaleOut, "db"}).applied);
        QVERIFY(!sim->applyMitigation({MitigationKind::Restart, "payments-api"}).applied);
        const MitigationResult unknown = sim->applyMitigation({MitigationKind::Restart, "nope"});
        QVERIFY(!unknown.applied);
        QVERIFY(unknown.summary.find("nope") != std::string::npos);
        QCOMPARE(unknown.at, kMinute);
    }

    void mitigationsReplayIdentically()
    {
        auto sc = scenarioWith({badInventoryDeploy()}, 5 * kMinute);
        const std::vector<Step> steps = {{2 * kMinute, {MitigationKind::Restart, "inventory"}},
                                         {3 * kMinute, {MitigationKind::Rollback, "inventory"}}};
        QCOMPARE(digest(run(sc, 5 * kMinute, steps)->telemetry()), digest(run(sc, 5 * kMinute, steps)->telemetry()));
    }

    // The built-in drills: their answer key's mitigation brings the user-facing symptom back to the
    // no-fault baseline within minutes; doing nothing leaves it broken.
    void libraryPaymentBadDeployRecoversAfterRollback()
    {
        auto sc = library("shop-payment-bad-deploy");
        QVERIFY(sc);
        const SimTime last5 = sc->duration - 5 * kMinute;
        const double healthy = errorRate(*runHealthy(sc), "checkout", "POST /orders", last5, sc->duration);
        const double fixed = errorRate(*runWithAnswer(sc, true), "checkout", "POST /orders", last5, sc->duration);
        const double broken = errorRate(*runWithAnswer(sc, false), "checkout", "POST /orders", last5, sc->duration);
        QVERIFY2(fixed <= healthy + 0.005, qPrintable(rate(fixed) + QStringLiteral(" vs ") + rate(healthy)));
        QVERIFY2(broken > healthy + 0.05, qPrintable(rate(broken)));
    }

    void librarySlowQueryRecoversAfterRaisingTheLimit()
    {
        auto sc = library("shop-slow-query");
        QVERIFY(sc);
        const SimTime last5 = sc->duration - 5 * kMinute;
        auto healthy = spanStats(runHealthy(sc)->telemetry(), "checkout", "POST /orders", kServer, last5, sc->duration);
        auto fixed = spanStats(runWithAnswer(sc, true)->telemetry(), "checkout", "POST /orders", kServer, last5,
                               sc->duration);
        auto broken = spanStats(runWithAnswer(sc, false)->telemetry(), "checkout", "POST /orders", kServer, last5,
                                sc->duration);
        QVERIFY2(fixed.quantile(0.5) < 1.2 * healthy.quantile(0.5),
                 qPrintable(QStringLiteral("%1 vs %2 ms").arg(fixed.quantile(0.5)).arg(healthy.quantile(0.5))));
        QVERIFY(fixed.errorRate() <= healthy.errorRate() + 0.005);
        QVERIFY(broken.quantile(0.5) > 2 * healthy.quantile(0.5));
    }

    void libraryFulfillmentLeakStopsAfterRollback()
    {
        auto sc = library("shop-fulfillment-oom");
        QVERIFY(sc);
        const SimTime last5 = sc->duration - 5 * kMinute;
        auto fixed = runWithAnswer(sc, true);
        auto broken = runWithAnswer(sc, false);
        QCOMPARE(eventsAfter(fixed->telemetry(), "oom-killed", last5), std::size_t{0});
        QVERIFY(eventsAfter(broken->telemetry(), "oom-killed", last5) > 0);
        const double healthy = peakAfter(runHealthy(sc)->telemetry(), "messaging.queue.depth", "order-events", last5);
        const double fixedDepth = peakAfter(fixed->telemetry(), "messaging.queue.depth", "order-events", last5);
        const double brokenDepth = peakAfter(broken->telemetry(), "messaging.queue.depth", "order-events", last5);
        QVERIFY2(fixedDepth < healthy + 20,
                 qPrintable(QStringLiteral("%1 vs healthy %2").arg(fixedDepth).arg(healthy)));
        QVERIFY2(brokenDepth > healthy + 100, // orders pile up while no consumer runs
                 qPrintable(QStringLiteral("%1 vs healthy %2").arg(brokenDepth).arg(healthy)));
    }

    void mitigationNamesRoundTrip()
    {
        for (const char* name : {"rollback", "scale-out", "raise-limit", "restart", "failover", "disable-flag", "none"})
            QCOMPARE(toString(*mitigationKindFromString(name)), name);
        QVERIFY(!mitigationKindFromString("reboot"));
    }
};

QTEST_GUILESS_MAIN(TestMitigations)
#include "tst_mitigations.moc"
