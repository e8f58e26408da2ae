#include "ExportBench.h"

#include "BenchStats.h"
#include "Commands.h"

#include "export/OtlpJsonWriter.h"
#include "scenario/Topology.h"
#include "telemetry/TelemetryStore.h"

#include <algorithm>
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

namespace kunren::cli {

namespace {

constexpr std::int64_t kBenchEpoch = 1700000000000000000LL;
constexpr int kSpansPerTrace = 10;

// Deterministic and cheap: the store's shape matters here, not its statistics.
struct Lcg
{
    std::uint64_t state;
    std::uint64_t next()
    {
        state = state * 6364136223846793005ull + 1442695040888963407ull;
        return state >> 17;
    }
    std::uint32_t below(std::uint32_t n) { return static_cast<std::uint32_t>(next() % n); }
};

// A shop-like topology (load balancer, HTTP and gRPC services, database, cache, queue, external API)
// whose requests fan out into 10-span traces with request attributes, 2 % failing with exceptions, plus
// request and error logs and RED metrics, the mix a drill produces.
class SyntheticStore
{
public:
    SyntheticStore(std::size_t traces, std::size_t logs, std::size_t points)
    {
        buildTopology();
        buildTraces(traces);
        buildLogs(logs);
        buildMetrics(points);
        m_store.publish(m_end);
    }
    const TelemetryStore& store() const { return m_store; }

private:
    struct Svc
    {
        ServiceIndex index;
        std::vector<ResourceId> pods;
        ResourceId serviceLevel;
    };

    StringId s(const std::string& text) { return m_store.strings().intern(text); }

    Svc service(const std::string& name, const char* ns, const char* system, ServiceKind kind, int pods)
    {
        Svc v;
        v.index = m_store.addService({s(name), s(ns), s(system), static_cast<std::uint8_t>(kind)});
        v.serviceLevel = m_store.addResource({v.index, kNoString, s("1.4.2"), kNoString, kNoString});
        for (int p = 0; p < pods; ++p)
            v.pods.push_back(
                m_store.addResource({v.index, s(name + "-6f7c9d8b5-" + std::to_string(10000 + p)), s("1.4.2"),
                                     s("node-" + std::string(ns) + "-0" + std::to_string(p)), kNoString}));
        return v;
    }

    OperationId op(ServiceIndex service, ServiceIndex peer, SpanKind kind, const std::string& name,
                   const std::string& first, const std::string& rest)
    {
        OperationInfo o;
        o.service = service;
        o.peer = peer;
        o.kind = kind;
        o.name = s(name);
        if (kind == SpanKind::Producer) {
            o.destination = s(rest);
        } else if (first == "SELECT" || first == "GET") {
            o.dbOperation = s(first);
            o.dbCollection = s(rest);
            if (first == "SELECT")
                o.dbQueryText = s("SELECT * FROM " + rest + " WHERE id = $1");
        } else {
            o.method = s(first);
            o.route = s(rest);
        }
        return m_store.addOperation(o);
    }

    void buildTopology()
    {
        m_lb = service("edge-lb", "edge", "", ServiceKind::LoadBalancer, 2);
        for (int i = 0; i < 8; ++i)
            m_http.push_back(service("shop-api-" + std::to_string(i), "shop", "", ServiceKind::Http, 4));
        for (int i = 0; i < 4; ++i)
            m_grpc.push_back(service("pricing-" + std::to_string(i), "shop", "", ServiceKind::Grpc, 3));
        m_db = service("orders-db", "data", "postgresql", ServiceKind::Database, 0);
        m_cache = service("cache", "data", "redis", ServiceKind::Cache, 0);
        m_queue = service("order-events", "data", "kafka", ServiceKind::Queue, 0);
        m_external = service("card-acquirer", "", "acquirer-api", ServiceKind::External, 0);

        for (std::size_t i = 0; i < m_http.size(); ++i) {
            const std::string route = "/api/v1/resource-" + std::to_string(i) + "/:id";
            const ServiceIndex a = m_http[i].index;
            const ServiceIndex b = m_grpc[i % m_grpc.size()].index;
            const std::string rpc = "pricing.v1.PricingService/GetPrice" + std::to_string(i % m_grpc.size());
            Chain c;
            c.lbServer = op(m_lb.index, kNoService, SpanKind::Server, "GET " + route, "GET", route);
            c.lbClient = op(m_lb.index, a, SpanKind::Client, "GET " + route, "GET", route);
            c.server = op(a, kNoService, SpanKind::Server, "GET " + route, "GET", route);
            c.db = op(a, m_db.index, SpanKind::Client, "SELECT orders", "SELECT", "orders");
            c.cache = op(a, m_cache.index, SpanKind::Client, "GET product:*", "GET", "product:*");
            c.rpcClient = op(a, b, SpanKind::Client, rpc, "", rpc);
            c.rpcServer = op(b, kNoService, SpanKind::Server, rpc, "", rpc);
            c.rpcDb = op(b, m_db.index, SpanKind::Client, "SELECT prices", "SELECT", "prices");
            c.external = op(a, m_external.index, SpanKind::Client, "POST /v3/authorizations", "POST",
                            "/v3/authorizations");
            c.produce = op(a, m_queue.index, SpanKind::Producer, "publish orders.created", "publish", "orders.created");
            m_chains.push_back(c);
        }
        for (const char* tier : {"free", "pro", "enterprise"})
            for (const char* region : {"ap-northeast-1", "us-east-1"}) {
                std::vector<TelemetryStore::KeyValue> kv{{s("customer.tier"), s(tier)}, {s("region"), s(region)}};
                std::sort(kv.begin(), kv.end());
                m_attributeSets.push_back(m_store.internAttributes(kv));
            }
        m_errors = {
            m_store.internError(
                {s("org.postgresql.util.PSQLException"), s("ERROR: canceling statement due to statement timeout"),
                 s("\tat org.postgresql.core.v3.QueryExecutorImpl.receiveErrorResponse(QueryExecutorImpl.java:2675)\n"
                   "\tat com.shop.pricing.PriceRepository.find(PriceRepository.java:88)")}),
            m_store.internError({s("io.grpc.StatusRuntimeException"), s("UNAVAILABLE: upstream connect error"),
                                 s("\tat io.grpc.stub.ClientCalls.toStatusRuntimeException(ClientCalls.java:262)")}),
        };
    }

    SpanRecord spanOf(TraceIndex t, OperationId o, ResourceId r, std::uint32_t offset, std::uint32_t duration,
                      std::uint16_t parent, std::uint16_t http)
    {
        SpanRecord sp;
        sp.trace = t;
        sp.operation = o;
        sp.resource = r;
        sp.startOffsetUs = offset;
        sp.durationUs = duration;
        sp.parent = parent;
        sp.httpStatus = http;
        return sp;
    }

    void buildTraces(std::size_t traces)
    {
        for (std::size_t i = 0; i < traces; ++i) {
            const Chain& c = m_chains[m_rng.below(static_cast<std::uint32_t>(m_chains.size()))];
            const Svc& a = m_http[static_cast<std::size_t>(&c - m_chains.data())];
            const Svc& b = m_grpc[static_cast<std::size_t>(&c - m_chains.data()) % m_grpc.size()];
            TraceRecord tr;
            tr.idHigh = m_rng.next() << 17;
            tr.idHigh ^= m_rng.next();
            tr.idLow = m_rng.next() << 17;
            tr.idLow ^= m_rng.next();
            tr.start = static_cast<SimTime>(i) * 3000; // ~333 requests per simulated second
            tr.attributes = m_attributeSets[m_rng.below(static_cast<std::uint32_t>(m_attributeSets.size()))];
            const TraceIndex t = m_store.beginTrace(tr);
            const ResourceId lbPod = m_lb.pods[m_rng.below(2)];
            const ResourceId aPod = a.pods[m_rng.below(static_cast<std::uint32_t>(a.pods.size()))];
            const ResourceId bPod = b.pods[m_rng.below(static_cast<std::uint32_t>(b.pods.size()))];
            const bool failed = m_rng.below(50) == 0;
            const std::uint32_t d = 2000 + m_rng.below(40000);
            std::vector<SpanRecord> sp{
                spanOf(t, c.lbServer, lbPod, 0, d + 9000, kNoParent, failed ? 500 : 200),
                spanOf(t, c.lbClient, lbPod, 200, d + 8000, 0, failed ? 500 : 200),
                spanOf(t, c.server, aPod, 900, d + 6000, 1, failed ? 500 : 200),
                spanOf(t, c.db, aPod, 1000, 800 + m_rng.below(3000), 2, 0),
                spanOf(t, c.cache, aPod, 1200, 150 + m_rng.below(400), 2, 0),
                spanOf(t, c.rpcClient, aPod, 2000, d, 2, failed ? 503 : 200),
                spanOf(t, c.rpcServer, bPod, 2100, d - 300, 5, 0),
                spanOf(t, c.rpcDb, bPod, 2200, d - 900, 6, 0),
                spanOf(t, c.external, aPod, d + 2100, 3000, 2, 200),
                spanOf(t, c.produce, aPod, d + 5200, 400, 2, 0),
            };
            if (failed) {
                for (int k : {0, 1, 2, 5, 6, 7}) {
                    sp[static_cast<std::size_t>(k)].status = SpanStatus::Error;
                    sp[static_cast<std::size_t>(k)].error = k >= 6 ? m_errors[0] : m_errors[1];
                }
            }
            for (const SpanRecord& r : sp)
                m_store.addSpan(r);
            m_traceSpans.push_back({t, aPod, failed});
            m_end = std::max<SimTime>(m_end, tr.start + d + 9000);
        }
    }

    void buildLogs(std::size_t logs)
    {
        const StringId request = s("{method} {route} -> {status} in {duration_ms}ms");
        const StringId placed = s("order {order_id} placed by customer {customer_id} (\"{tier}\")");
        const StringId failure = s("price lookup failed for {order_id}: {error}");
        std::vector<StringId> ids;
        for (int i = 0; i < 50000; ++i)
            ids.push_back(s("ord_" + std::to_string(100000000 + i * 7919)));
        const StringId get = s("GET"), ok = s("200"), err = s("500"), tier = s("pro");
        const StringId route = s("/api/v1/resource-3/:id");
        const StringId cause = s("canceling statement due to statement timeout\n\tcaused by: lock wait");
        std::vector<StringId> durations;
        for (int i = 0; i < 500; ++i)
            durations.push_back(s(std::to_string(i)));
        for (std::size_t i = 0; i < logs; ++i) {
            const TraceRef& tr = m_traceSpans[i % m_traceSpans.size()];
            LogRecord l;
            l.time = m_store.trace(tr.trace).start + 1500;
            l.resource = tr.pod;
            l.trace = i % 5 == 4 ? kNoTrace : tr.trace; // some logs are not request-scoped
            l.span = l.trace == kNoTrace ? kNoParent : 2;
            switch (tr.failed ? 2 : i % 2) {
            case 0: {
                const StringId args[] = {get, route, ok, durations[i % durations.size()]};
                l.templ = request;
                m_store.addLog(l, args);
                break;
            }
            case 1: {
                const StringId args[] = {ids[i % ids.size()], ids[(i * 31) % ids.size()], tier};
                l.templ = placed;
                m_store.addLog(l, args);
                break;
            }
            default: {
                const StringId args[] = {ids[i % ids.size()], cause, err};
                l.templ = failure;
                l.severity = Severity::Error;
                l.error = m_errors[0];
                m_store.addLog(l, args);
            }
            }
        }
    }

    void buildMetrics(std::size_t points)
    {
        std::vector<SeriesId> sums, gauges, histograms;
        const std::uint16_t bounds = m_store.addBucketBounds(
            {0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1.0, 2.5, 5.0, 7.5, 10.0});
        for (const Svc& svc : m_http) {
            std::vector<TelemetryStore::KeyValue> kv{{s("operation"), s("GET /api")}};
            const AttributeSetId attrs = m_store.internAttributes(kv);
            sums.push_back(m_store.addSeries(
                {s("service.request.count"), s("{request}"), MetricType::Sum, true, svc.serviceLevel, attrs}));
            SeriesInfo h{
                s("service.request.duration"), s("s"), MetricType::Histogram, false, svc.serviceLevel, attrs, bounds};
            histograms.push_back(m_store.addSeries(h));
            for (ResourceId pod : svc.pods)
                gauges.push_back(
                    m_store.addSeries({s("container.memory.working_set"), s("By"), MetricType::Gauge, false, pod}));
        }
        std::uint32_t buckets[15];
        for (std::size_t n = 0, tick = 1; n < points; ++tick) {
            const SimTime t = static_cast<SimTime>(tick) * 10 * kSecond;
            for (std::size_t i = 0; i < sums.size() && n < points; ++i, ++n)
                m_store.addPoint(sums[i], t, static_cast<double>(tick * 3333 + i));
            for (std::size_t i = 0; i < gauges.size() && n < points; ++i, ++n)
                m_store.addPoint(gauges[i], t, 1.8e8 + static_cast<double>(m_rng.below(1u << 20)));
            for (std::size_t i = 0; i < histograms.size() && n < points; ++i, ++n) {
                std::uint64_t count = 0;
                for (auto& b : buckets)
                    count += (b = m_rng.below(300));
                m_store.addHistogramPoint(histograms[i], t, count, static_cast<double>(count) * 0.042, buckets);
            }
        }
    }

    struct Chain
    {
        OperationId lbServer, lbClient, server, db, cache, rpcClient, rpcServer, rpcDb, external, produce;
    };
    struct TraceRef
    {
        TraceIndex trace;
        ResourceId pod;
        bool failed;
    };

    TelemetryStore m_store;
    Lcg m_rng{0x6b756e72656eull};
    Svc m_lb, m_db, m_cache, m_queue, m_external;
    std::vector<Svc> m_http, m_grpc;
    std::vector<Chain> m_chains;
    std::vector<AttributeSetId> m_attributeSets;
    std::vector<ErrorId> m_errors;
    std::vector<TraceRef> m_traceSpans;
    SimTime m_end = 0;
};

struct Throughput
{
    double megabytesPerSecond = 0;
    double recordsPerSecond = 0;
    double megabytes = 0;
};

// Median of `runs` exports to /dev/null, each with a fresh writer (its fragment caches start cold).
template <typename Export>
Throughput measure(const TelemetryStore& store, int runs, std::size_t records, Export exportTo)
{
    std::vector<double> mbps, rps;
    double megabytes = 0;
    for (int r = 0; r < runs; ++r) {
        std::FILE* devNull = std::fopen("/dev/null", "wb");
        if (devNull == nullptr)
            return {};
        OtlpExportOptions options;
        options.startsAtUnixNanos = kBenchEpoch;
        OtlpJsonWriter writer(store, options);
        const auto start = std::chrono::steady_clock::now();
        const WriteResult result = exportTo(writer, devNull);
        const double wall = secondsSince(start);
        std::fclose(devNull);
        if (!result.ok()) {
            std::fprintf(stderr, "bench export: %s\n", result.error.c_str());
            return {};
        }
        megabytes = static_cast<double>(result.bytes) / 1e6;
        mbps.push_back(megabytes / wall);
        rps.push_back(static_cast<double>(records) / wall);
    }
    return {median(mbps), median(rps), megabytes};
}

} // namespace

int runExportBenchmark(bool quick)
{
    const std::size_t traces = quick ? 20000 : 200000;
    const std::size_t logs = traces * 5;
    const std::size_t points = quick ? 20000 : 200000;
    const int runs = 5;
    std::printf("# kunren-bench export%s — one core, wall-clock medians of %d runs, written to /dev/null\n",
                quick ? " --quick" : "", runs);
    const auto built = std::chrono::steady_clock::now();
    const SyntheticStore synthetic(traces, logs, points);
    const TelemetryStore& store = synthetic.store();
    const TelemetryCounts counts = store.counts();
    std::printf("export.store_build_seconds %11.2f  (%zu spans, %zu logs, %zu metric points)\n", secondsSince(built),
                counts.spans, counts.logs, counts.points + counts.histogramPoints);

    const Throughput t = measure(store, runs, counts.spans,
                                 [&](OtlpJsonWriter& w, std::FILE* f) { return w.writeTraces(f, counts); });
    std::printf("export.traces_mb_per_s    %12.1f  (%.0f MB per export; target >= 200)\n", t.megabytesPerSecond,
                t.megabytes);
    std::printf("export.spans_per_s        %12.0f\n", t.recordsPerSecond);
    const Throughput l = measure(store, runs, counts.logs,
                                 [&](OtlpJsonWriter& w, std::FILE* f) { return w.writeLogs(f, counts); });
    std::printf("export.logs_mb_per_s      %12.1f  (%.0f MB per export; target >= 200)\n", l.megabytesPerSecond,
                l.megabytes);
    std::printf("export.logs_per_s         %12.0f\n", l.recordsPerSecond);
    const Throughput m = measure(store, runs, counts.points + counts.histogramPoints,
                                 [&](OtlpJsonWriter& w, std::FILE* f) { return w.writeMetrics(f, counts); });
    std::printf("export.metrics_mb_per_s   %12.1f  (%.0f MB per export)\n", m.megabytesPerSecond, m.megabytes);
    std::printf("export.points_per_s       %12.0f\n", m.recordsPerSecond);
    return t.megabytesPerSecond > 0 && l.megabytesPerSecond > 0 && m.megabytesPerSecond > 0 ? kExitOk : kExitUsage;
}

} // namespace kunren::cli
