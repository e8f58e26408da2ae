// Each fault kind leaves the fingerprints a trainee would look for — and only while it is active.
#include "TelemetryProbe.h"
#include "TestTopology.h"

#include "query/Search.h"
#include "sim/ErrorCatalog.h"
#include "sim/Simulator.h"

#include <QtTest>

#include <algorithm>
#include <cmath>

using namespace kunren;
using namespace kunren::test;

namespace {

constexpr int kServer = static_cast<int>(SpanKind::Server);
constexpr int kClient = static_cast<int>(SpanKind::Client);

std::unique_ptr<Simulator> run(std::vector<FaultSpec> faults, SimTime until, std::vector<EventSpec> events = {})
{
    auto sc = scenarioWith(std::move(faults), until);
    sc->events = std::move(events);
    auto sim = std::make_unique<Simulator>(sc);
    sim->runUntil(until);
    return sim;
}

// The network time of each api → inventory call in [from, to): the client span's duration minus that of the
// server span it called (the server span starts half the hop later and the reply takes the other half).
std::vector<double> hopMs(const TelemetryStore& st, SimTime from, SimTime to)
{
    std::vector<double> out;
    for (std::size_t i = 0; i < st.counts().spans; ++i) {
        const SpanRecord& s = st.span(i);
        const OperationInfo& op = st.operation(s.operation);
        if (s.parent == kNoParent || static_cast<int>(op.kind) != kServer ||
            st.str(st.service(op.service).name) != "inventory")
            continue;
        const TraceRecord& tr = st.trace(s.trace);
        const SpanRecord& caller = st.span(tr.firstSpan + s.parent);
        const OperationInfo& callerOp = st.operation(caller.operation);
        const SimTime start = tr.start + caller.startOffsetUs;
        if (static_cast<int>(callerOp.kind) != kClient || st.str(st.service(callerOp.service).name) != "api" ||
            start < from || start >= to)
            continue;
        out.push_back((static_cast<double>(caller.durationUs) - static_cast<double>(s.durationUs)) / 1000.0);
    }
    return out;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0.0 : v[v.size() / 2];
}

double stddev(const std::vector<double>& v)
{
    double mean = 0, sq = 0;
    for (double x : v)
        mean += x / static_cast<double>(v.size());
    for (double x : v)
        sq += (x - mean) * (x - mean) / static_cast<double>(v.size());
    return std::sqrt(sq);
}

// Largest value a metric reached on any series of a service.
double maxMetric(const TelemetryStore& st, std::string_view name, std::string_view service)
{
    double best = 0;
    const auto c = st.counts();
    for (std::size_t i = 0; i < c.points; ++i) {
        const MetricPoint& p = st.point(i);
        const SeriesInfo& s = st.series(p.series);
        if (st.str(s.name) == name && st.str(st.service(st.resource(s.resource).service).name) == service)
            best = std::max(best, p.value);
    }
    return best;
}

std::size_t spansWithError(const TelemetryStore& st, std::string_view errorType)
{
    std::size_t n = 0;
    for (std::size_t i = 0; i < st.counts().spans; ++i)
        if (st.span(i).error && st.str(st.error(st.span(i).error).type) == errorType)
            ++n;
    return n;
}

} // namespace

class TestFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void badDeployFailsOnlyOnTheNewVersion()
    {
        auto f = fault(FaultKind::BadDeploy, "inventory", "GET /stock", kMinute, 0.5);
        f.version = "2.0.0";
        f.errorType = "java.lang.IllegalArgumentException";
        f.errorMessage = "unknown warehouse code";
        auto sim = run({f}, 4 * kMinute);
        const auto& st = sim->telemetry();
        QVERIFY(countEvents(st, "deploy", "inventory") >= 1);
        std::size_t oldErrors = 0, newErrors = 0, newSpans = 0;
        for (std::size_t i = 0; i < st.counts().spans; ++i) {
            const SpanRecord& s = st.span(i);
            if (st.str(st.operation(s.operation).name) != "GET /stock" ||
                st.operation(s.operation).kind != SpanKind::Server)
                continue;
            const bool isNew = st.str(st.resource(s.resource).version) == "2.0.0";
            newSpans += isNew;
            (isNew ? newErrors : oldErrors) += s.status == SpanStatus::Error;
        }
        QCOMPARE(oldErrors, std::size_t{0});
        QVERIFY(newErrors > 0.35 * newSpans && newSpans > 1000);
        QVERIFY(spansWithError(st, "java.lang.IllegalArgumentException") > 0);
    }

    void cpuSaturationThrottlesAndSlowsTheService()
    {
        auto sim = run({fault(FaultKind::CpuSaturation, "api", "", kMinute, 30.0)}, 4 * kMinute);
        const auto& st = sim->telemetry();
        const double throttled = lastMetric(st, "container_cpu_cfs_throttled_periods_total", "api");
        const double periods = lastMetric(st, "container_cpu_cfs_periods_total", "api");
        QVERIFY2(throttled > 0.1 * periods, qPrintable(QStringLiteral("%1 of %2").arg(throttled).arg(periods)));
        auto before = spanStats(st, "api", "GET /items", kServer, 0, kMinute);
        auto during = spanStats(st, "api", "GET /items", kServer, 3 * kMinute, 4 * kMinute);
        QVERIFY(during.quantile(0.5) > 1.5 * before.quantile(0.5));
    }

    void shrunkConnectionPoolTimesOutQueries()
    {
        // Slow inserts hold connections longer; a pool of 2 cannot keep up.
        auto slow = fault(FaultKind::Latency, "db", "INSERT orders", kMinute, 30.0);
        auto pool = fault(FaultKind::DbConnectionPool, "db", "", kMinute, 0.96);
        auto sim = run({slow, pool}, 4 * kMinute);
        const auto& st = sim->telemetry();
        QVERIFY(spansWithError(st, "java.sql.SQLTransientConnectionException") > 50);
        QCOMPARE(lastMetric(st, "db.client.connections.max", "db"), 2.0);
        auto healthy = run({}, 4 * kMinute);
        QCOMPARE(spansWithError(healthy->telemetry(), "java.sql.SQLTransientConnectionException"), std::size_t{0});
    }

    // An exhausted pool is a database driver's failure, and the calling services' error logs say so in their
    // language's words — the pool, the database, its real size — never as an HTTP error from the database.
    void aDatabasesFailuresReadAsDriverErrorsInTheCallersLogs()
    {
        auto pool = fault(FaultKind::DbConnectionPool, "db", "", kMinute, 0.96);
        auto slow = fault(FaultKind::Latency, "db", "INSERT orders", kMinute, 40.0); // holds connections
        auto sim = run({slow, pool}, 4 * kMinute);
        const auto& st = sim->telemetry();
        auto count = [&](const std::string& query) {
            SearchRequest r;
            r.query = query;
            r.limit = 0;
            const SearchResult found = searchLogs(st, r);
            if (found.error)
                qWarning("%s", found.error->message.c_str());
            return found.total;
        };
        // api is Java (HikariCP), worker is Python (SQLAlchemy); the pool holds 2 connections in this fault.
        QVERIFY2(count("service:api status:error \"db-pool - Connection is not available\"") > 10,
                 qPrintable(QString::number(count("service:api status:error"))));
        QVERIFY(count("service:api status:error pool") >= count("service:api status:error \"db-pool\""));
        // Python's driver names the pool's real size (it said 20 whatever the pool was).
        TelemetryStore scratch;
        ErrorCatalog catalog(scratch);
        const ErrorInfo& python = scratch.error(catalog.error(FailureCause::PoolExhausted, "python", "worker",
                                                              "orders-db", "INSERT orders", 500, ServiceKind::Database,
                                                              5));
        QVERIFY2(scratch.str(python.message).find("QueuePool limit of size 5 overflow 0") != std::string_view::npos,
                 std::string(scratch.str(python.message)).c_str());
        QVERIFY(scratch.str(python.message).find("orders-db") != std::string_view::npos);
        QCOMPARE(count("status:error \"http://db\""), std::uint64_t{0});
        QCOMPARE(count("status:error \"from db\""), std::uint64_t{0});
        // The same words on the spans: the error a log reports is its span's.
        QVERIFY(spansWithError(st, "java.sql.SQLTransientConnectionException") > 10);
    }

    void databaseMemoryPressureShowsInFreeableMemoryAndLatency()
    {
        auto sim = run({fault(FaultKind::DbMemoryPressure, "db", "", 2 * kMinute, 0.9)}, 4 * kMinute);
        const auto& st = sim->telemetry();
        QVERIFY(lastMetric(st, "db.server.freeable_memory", "db") <
                0.3 * maxMetric(st, "db.server.freeable_memory", "db"));
        QVERIFY(lastMetric(st, "db.server.swap_usage", "db") > 0);
        auto before = spanStats(st, "api", "INSERT orders", kClient, 0, 2 * kMinute);
        auto during = spanStats(st, "api", "INSERT orders", kClient, 3 * kMinute, 4 * kMinute);
        QVERIFY(during.quantile(0.5) > 3 * before.quantile(0.5));
    }

    void cacheFailureSendsReadsToTheDatabase()
    {
        auto sim = run({fault(FaultKind::CacheFailure, "cache", "", 2 * kMinute, 1.0)}, 4 * kMinute);
        const auto& st = sim->telemetry();
        auto selectsBefore = spanStats(st, "api", "SELECT items", kClient, kMinute, 2 * kMinute);
        auto selectsDuring = spanStats(st, "api", "SELECT items", kClient, 3 * kMinute, 4 * kMinute);
        // 10 % misses normally; every read falls through while the cache is down.
        QVERIFY(selectsDuring.count > 5 * selectsBefore.count);
        QCOMPARE(lastMetric(st, "cache.hit_ratio", "cache"), 0.0);
        QVERIFY(spansWithError(st, "io.lettuce.core.RedisConnectionException") > 100);
    }

    void unreachableDependencyFailsToConnectWithoutServerSpans()
    {
        auto f = fault(FaultKind::DependencyUnreachable, "api", "", 2 * kMinute, 1.0);
        f.to = "inventory";
        f.mode = "dns";
        auto sim = run({f}, 3 * kMinute);
        const auto& st = sim->telemetry();
        QCOMPARE(spanStats(st, "inventory", "GET /stock", kServer, 2 * kMinute + kSecond, 3 * kMinute).count, 0u);
        auto clients = spanStats(st, "api", "GET /stock", kClient, 2 * kMinute + kSecond, 3 * kMinute);
        QVERIFY(clients.count > 1000);
        QCOMPARE(clients.errors, clients.count);
        QVERIFY(spansWithError(st, "java.net.UnknownHostException") > 0);
    }

    void networkLatencyAndPartitionBetweenTwoServices()
    {
        auto latency = fault(FaultKind::Network, "api", "", kMinute, 150.0);
        latency.to = "inventory";
        auto sim = run({latency}, 2 * kMinute);
        auto before = spanStats(sim->telemetry(), "api", "GET /stock", kClient, 0, kMinute);
        auto during = spanStats(sim->telemetry(), "api", "GET /stock", kClient, kMinute + kSecond, 2 * kMinute);
        QVERIFY(during.quantile(0.5) > before.quantile(0.5) + 140.0);

        auto partition = latency;
        partition.mode = "partition";
        auto cut = run({partition}, 2 * kMinute);
        auto calls = spanStats(cut->telemetry(), "api", "GET /stock", kClient, kMinute + kSecond, 2 * kMinute);
        QCOMPARE(calls.errors, calls.count);
        QVERIFY(calls.quantile(0.5) >= 500.0); // every attempt waits for its 500 ms timeout
    }

    // No network has a constant delay: the hop varies from call to call, and an added latency brings jitter
    // that grows with it (as netem's delay with a variation would).
    void networkDelaysHaveJitterThatGrowsWithTheFault()
    {
        auto healthy = run({}, 2 * kMinute);
        const std::vector<double> hops = hopMs(healthy->telemetry(), 0, 2 * kMinute);
        QVERIFY(hops.size() > 100);
        QVERIFY2(median(hops) > 0.15 && median(hops) < 0.25, qPrintable(QString::number(median(hops))));
        QVERIFY2(stddev(hops) > 0.02, qPrintable(QString::number(stddev(hops))));
        double spread[2] = {};
        for (int i = 0; i < 2; ++i) {
            const double magnitude = i == 0 ? 100.0 : 400.0;
            auto latency = fault(FaultKind::Network, "api", "", kMinute, magnitude);
            latency.to = "inventory";
            auto sim = run({latency}, 3 * kMinute);
            const std::vector<double> added = hopMs(sim->telemetry(), kMinute + 5 * kSecond, 3 * kMinute);
            QVERIFY(added.size() > 100);
            QVERIFY2(std::abs(median(added) - magnitude) < 0.05 * magnitude,
                     qPrintable(QString::number(median(added))));
            spread[i] = stddev(added);
            QVERIFY2(spread[i] > 0.08 * magnitude, qPrintable(QString::number(spread[i])));
        }
        QVERIFY2(spread[1] > 3.0 * spread[0], qPrintable(QStringLiteral("%1 vs %2").arg(spread[1]).arg(spread[0])));
    }

    void slowConsumersBuildQueueLag()
    {
        auto sim = run({fault(FaultKind::QueueConsumerLag, "orders", "", kMinute, 0.85)}, 4 * kMinute);
        const auto& st = sim->telemetry();
        // ~10 orders/s are published; two consumers at 20/s slowed to 15 % handle 6/s, so the backlog grows.
        QVERIFY2(lastMetric(st, "messaging.queue.depth", "orders") > 500,
                 qPrintable(QString::number(lastMetric(st, "messaging.queue.depth", "orders"))));
        QVERIFY(lastMetric(st, "messaging.consumer.lag", "orders") > 30.0);
        auto healthy = run({}, 4 * kMinute);
        QVERIFY(lastMetric(healthy->telemetry(), "messaging.queue.depth", "orders") < 20);
        // Why, in the consumer's own telemetry: each message takes far longer, and its CPU rises (busy with
        // fewer messages) instead of falling with its throughput.
        constexpr int kConsumer = static_cast<int>(SpanKind::Consumer);
        auto before = spanStats(st, "worker", "process orders.created", kConsumer, 0, kMinute);
        auto during = spanStats(st, "worker", "process orders.created", kConsumer, 2 * kMinute, 4 * kMinute);
        QVERIFY(before.count > 50 && during.count > 50);
        QVERIFY2(during.quantile(0.5) > 3 * before.quantile(0.5),
                 qPrintable(QStringLiteral("%1 vs %2 ms").arg(during.quantile(0.5)).arg(before.quantile(0.5))));
        const double cpu = lastMetric(st, "container_cpu_usage_seconds_total", "worker");
        const double healthyCpu = lastMetric(healthy->telemetry(), "container_cpu_usage_seconds_total", "worker");
        QVERIFY2(cpu > 1.5 * healthyCpu, qPrintable(QStringLiteral("%1 vs %2 cpu-seconds").arg(cpu).arg(healthyCpu)));
    }

    void businessErrorsHitOnlyTheirSliceAndAreNotServerErrors()
    {
        auto f = fault(FaultKind::BusinessErrors, "api", "POST /orders", kMinute, 0.6);
        f.slice.attribute = "customer.tier";
        f.slice.value = "pro";
        f.status = 402;
        f.errorType = "CardExpiredException";
        f.errorMessage = "card expired";
        auto sim = run({f}, 3 * kMinute);
        const auto& st = sim->telemetry();
        const StringId tier = st.strings().find("customer.tier");
        std::size_t proFailed = 0, pro = 0, freeFailed = 0;
        for (std::size_t t = 0; t < st.counts().traces; ++t) {
            const TraceRecord& tr = st.trace(static_cast<TraceIndex>(t));
            const SpanRecord& root = st.span(tr.firstSpan);
            if (tr.start < kMinute || st.str(st.operation(root.operation).name) != "POST /orders")
                continue;
            bool isPro = false;
            for (const auto& [k, v] : st.attributes(tr.attributes))
                isPro = isPro || (k == tier && st.str(v) == "pro");
            const bool failed = root.httpStatus == 402;
            pro += isPro;
            (isPro ? proFailed : freeFailed) += failed;
            QVERIFY(root.status != SpanStatus::Error || root.httpStatus >= 500); // 4xx is not a server error
        }
        QCOMPARE(freeFailed, std::size_t{0});
        QVERIFY(proFailed > 0.45 * pro && pro > 300);
        // RED counts server errors only: the business failures do not show there.
        QVERIFY(lastMetric(st, "service.error.count", "api", "POST /orders") < 0.05 * proFailed);
        QVERIFY(lastMetric(st, "app.business.errors", "api") > 0);
    }

    void aDependencysClientErrorReachesTheClientUnchanged()
    {
        // The card acquirer declines cards: the api answers 402 too, without retrying or counting a 5xx.
        auto f = fault(FaultKind::BusinessErrors, "payments-api", "POST /charge", 0, 0.3);
        f.status = 402;
        f.errorType = "CardDeclined";
        auto sim = run({f}, 2 * kMinute);
        const auto& st = sim->telemetry();
        std::size_t declined = 0, retries = 0;
        std::string message;
        for (std::size_t i = 0; i < st.counts().spans; ++i) {
            const SpanRecord& s = st.span(i);
            const OperationInfo& op = st.operation(s.operation);
            const bool apiDeclined = op.kind == SpanKind::Server && st.str(op.name) == "POST /orders" &&
                                     s.httpStatus == 402;
            declined += apiDeclined;
            if (apiDeclined && message.empty())
                message = std::string(st.str(st.error(s.error).message));
            retries += st.str(op.name) == "POST /charge" && (s.flags & SpanFlags::Retry);
        }
        QVERIFY(declined > 200);
        // The caller says what an HTTP client says about a 402, not "Internal Server Error".
        QVERIFY2(message.find("402 Payment Required") != std::string::npos, message.c_str());
        QCOMPARE(retries, std::size_t{0});
        QVERIFY(lastMetric(st, "service.error.count", "api", "POST /orders") < 0.05 * declined);
    }

    void debugLoggingFloodsOnlyItsServicesLogs()
    {
        // Story 11 (cost anomaly): debug logging left on multiplies one service's log volume; nothing else moves.
        auto f = fault(FaultKind::DebugLogging, "api", "", 2 * kMinute, 3.0);
        f.duration = 2 * kMinute;
        auto sim = run({f}, 6 * kMinute);
        const auto& st = sim->telemetry();
        const auto count = [&](std::string_view service, SimTime from, SimTime to, bool debugOnly) {
            std::size_t n = 0;
            for (std::size_t i = 0; i < st.counts().logs; ++i) {
                const LogRecord& l = st.log(i);
                if (l.time < from || l.time >= to || (debugOnly && l.severity != Severity::Debug))
                    continue;
                n += st.str(st.service(st.resource(l.resource).service).name) == service;
            }
            return n;
        };
        const std::size_t before = count("api", 0, 2 * kMinute, false);
        const std::size_t during = count("api", 2 * kMinute, 4 * kMinute, false);
        const std::size_t after = count("api", 4 * kMinute, 6 * kMinute, false);
        QVERIFY2(during > 3 * before, qPrintable(QStringLiteral("%1 → %2").arg(before).arg(during)));
        QCOMPARE(count("api", 0, 2 * kMinute, true), std::size_t{0});
        QCOMPARE(count("api", 4 * kMinute + 5 * kSecond, 6 * kMinute, true), std::size_t{0});
        QVERIFY(after < 2 * before);
        // The extra lines are all debug: the info and error lines go on as before.
        const std::size_t plainDuring = during - count("api", 2 * kMinute, 4 * kMinute, true);
        QVERIFY(before > 100);
        QVERIFY2(plainDuring > before * 0.7 && plainDuring < before * 1.3,
                 qPrintable(QStringLiteral("%1 vs %2").arg(plainDuring).arg(before)));
    }

    void faultWindowEndsAndSymptomsRecover()
    {
        auto f = fault(FaultKind::Errors, "inventory", "GET /stock", kMinute, 0.9);
        f.duration = kMinute;
        auto sim = run({f}, 4 * kMinute);
        const auto& st = sim->telemetry();
        QVERIFY(spanStats(st, "inventory", "GET /stock", kServer, kMinute, 2 * kMinute).errorRate() > 0.8);
        QCOMPARE(spanStats(st, "inventory", "GET /stock", kServer, 2 * kMinute + kSecond, 4 * kMinute).errors, 0u);
    }
};

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"
