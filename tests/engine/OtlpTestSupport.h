#pragma once

// The hand-built store and the JSON helpers the OTLP/JSON exporter tests read its output with.

#include "export/OtlpJsonWriter.h"
#include "scenario/Topology.h"
#include "telemetry/TelemetryStore.h"

#include <QString>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>
#include <sstream>
#include <string>
#include <vector>

namespace kunren::otlptest {

using nlohmann::json;

inline constexpr std::int64_t kStartsAt = 1700000000000000000LL;

inline const std::string kErrorMessage = "Read \"timed\" out\nline2\ttab\x01 ctrl \xC3\x28 bad";
inline const std::string kOddName = "render \"receipt\"\n\x01\\ \xff";

inline QString q(const std::string& s) { return QString::fromStdString(s); }

// A hand-built store: a shop service with a pod, its database, an external API and a gRPC service;
// traces with errors and a lost parent; linked and unlinked logs; a gauge, two sums and a histogram.
// Built in two phases so incremental export has a seam to cut at.
struct Fixture
{
    TelemetryStore store;
    TelemetryCounts firstHalf;
    TelemetryCounts all;
    TraceRecord traceA{0x4bf92f3577b34da6ull, 0xa3ce929d0e0e4736ull};
    TraceRecord traceB{0x0000000000000000ull, 0x00000000000000b2ull};

    Fixture()
    {
        store.setDeployment({"prod", "kunren-prod"});
        auto& s = store.strings();
        auto service = [&](const char* name, const char* ns, const char* system, ServiceKind kind) {
            return store.addService({s.intern(name), s.intern(ns), s.intern(system), static_cast<std::uint8_t>(kind)});
        };
        const ServiceIndex checkout = service("checkout", "shop", "", ServiceKind::Http);
        const ServiceIndex db = service("orders-db", "data", "postgresql", ServiceKind::Database);
        const ServiceIndex card = service("card-api", "", "acquirer-api", ServiceKind::External);
        const ServiceIndex pricing = service("pricing", "shop", "", ServiceKind::Grpc);
        const ResourceId pod = store.addResource({checkout, s.intern("checkout-7d9f8-abcde"), s.intern("1.2.3"),
                                                  s.intern("node-shop-01"), s.intern("ap-northeast-1")});
        const ResourceId checkoutSvc = store.addResource(
            {checkout, kNoString, s.intern("1.2.3"), kNoString, kNoString});
        const ResourceId dbSvc = store.addResource({db, kNoString, kNoString, kNoString, kNoString});
        store.addResource({card, kNoString, kNoString, kNoString, kNoString});
        const ResourceId pricingPod = store.addResource(
            {pricing, s.intern("pricing-55-xyz12"), s.intern("2.0.0"), s.intern("node-shop-02"), kNoString});

        OperationInfo server;
        server.service = checkout;
        server.kind = SpanKind::Server;
        server.name = s.intern("POST /api/orders");
        server.method = s.intern("POST");
        server.route = s.intern("/api/orders");
        const OperationId serverOp = store.addOperation(server);
        OperationInfo insert;
        insert.service = checkout;
        insert.peer = db;
        insert.kind = SpanKind::Client;
        insert.name = s.intern("INSERT orders");
        insert.dbOperation = s.intern("INSERT");
        insert.dbCollection = s.intern("orders");
        insert.dbQueryText = s.intern("INSERT INTO orders VALUES ($1, $2, $3)");
        const OperationId insertOp = store.addOperation(insert);
        OperationInfo authorize;
        authorize.service = checkout;
        authorize.peer = card;
        authorize.kind = SpanKind::Client;
        authorize.name = s.intern("POST /v2/authorize");
        authorize.method = s.intern("POST");
        authorize.route = s.intern("/v2/authorize");
        const OperationId authorizeOp = store.addOperation(authorize);
        OperationInfo render;
        render.service = checkout;
        render.kind = SpanKind::Internal;
        render.name = s.intern(kOddName);
        const OperationId renderOp = store.addOperation(render);
        OperationInfo price;
        price.service = pricing;
        price.kind = SpanKind::Server;
        price.name = s.intern("pricing.v1.PricingService/GetPrice");
        price.route = price.name;
        const OperationId priceOp = store.addOperation(price);

        const ErrorId timeout = store.internError(
            {s.intern("java.net.SocketTimeoutException"), s.intern(kErrorMessage),
             s.intern("\tat com.shop.Client.call(Client.java:42)\n\tat com.shop.Checkout.pay(Checkout.java:7)")});
        std::vector<TelemetryStore::KeyValue> request{{s.intern("customer.tier"), s.intern("pro")},
                                                      {s.intern("region"), s.intern("ap-northeast-1")}};
        std::sort(request.begin(), request.end());
        const AttributeSetId requestAttrs = store.internAttributes(request);

        // Trace A at 1.5 s: a failed order; the database insert succeeded, the card API timed out.
        traceA.start = 1500 * kMillisecond;
        traceA.attributes = requestAttrs;
        const TraceIndex a = store.beginTrace(traceA);
        traceA = store.trace(a);
        store.addSpan(span(a, serverOp, pod, 0, 250000, kNoParent, 503, SpanStatus::Error, timeout));
        store.addSpan(span(a, insertOp, pod, 1000, 5000, 0, 200, SpanStatus::Unset, 0));
        store.addSpan(span(a, authorizeOp, pod, 10000, 230000, 0, 0, SpanStatus::Error, timeout));
        SpanRecord tagless = span(a, renderOp, pod, 240000, 1000, 0, 0, SpanStatus::Unset, 0);
        tagless.flags = SpanFlags::TagsDropped;
        store.addSpan(tagless);

        // Trace B at 2 s: a request whose caller lost the context (orphan parent), answered 404.
        traceB.start = 2 * kSecond;
        traceB.attributes = requestAttrs;
        const TraceIndex b = store.beginTrace(traceB);
        traceB = store.trace(b);
        SpanRecord orphan = span(b, serverOp, pod, 0, 3000, kNoParent, 404, SpanStatus::Unset, 0);
        orphan.flags = SpanFlags::ParentMissing | SpanFlags::TagsDropped;
        store.addSpan(orphan);

        const StringId failed = s.intern("order {order_id} failed for {customer}: {error} ({order_id})");
        const StringId args0[] = {s.intern("o-42"), s.intern("ACME \"Corp\""), s.intern("boom\n"), s.intern("o-42")};
        LogRecord l0;
        l0.time = 1600 * kMillisecond;
        l0.resource = pod;
        l0.templ = failed;
        l0.error = timeout;
        l0.trace = a;
        l0.span = 0;
        l0.severity = Severity::Error;
        store.addLog(l0, args0);
        LogRecord l1;
        l1.time = 2500 * kMillisecond;
        l1.resource = checkoutSvc;
        l1.templ = s.intern("cache warmed in {duration_ms}ms");
        l1.severity = Severity::Info;
        const StringId args1[] = {s.intern("12")};
        store.addLog(l1, args1);

        SeriesInfo gauge{s.intern("db.client.connections.usage"), s.intern("{connection}"), MetricType::Gauge, false,
                         dbSvc};
        const SeriesId g = store.addSeries(gauge);
        auto sumSeries = [&](const char* op) {
            std::vector<TelemetryStore::KeyValue> attrs{{s.intern("operation"), s.intern(op)}};
            SeriesInfo info{
                s.intern("service.request.count"), s.intern("{request}"), MetricType::Sum, true, checkoutSvc,
                store.internAttributes(attrs)};
            return store.addSeries(info);
        };
        const SeriesId sum1 = sumSeries("POST /api/orders");
        const SeriesId sum2 = sumSeries("GET /api/orders");
        SeriesInfo hist{s.intern("service.request.duration"), s.intern("s"), MetricType::Histogram, false, checkoutSvc};
        hist.bounds = store.addBucketBounds({0.1, 0.5, 1.0});
        const SeriesId h = store.addSeries(hist);
        store.addPoint(g, 10 * kSecond, 7.5);
        store.addPoint(sum1, 10 * kSecond, 100);
        store.addPoint(sum2, 10 * kSecond, 3);
        const std::uint32_t buckets0[] = {2, 0, 1, 0};
        store.addHistogramPoint(h, 10 * kSecond, 3, 0.9, buckets0);
        store.publish(10 * kSecond);
        firstHalf = store.counts();

        // Second half: a gRPC failure at 12 s (next batch window), an unlinked log with bad bytes, more points.
        TraceRecord c{0x1111222233334444ull, 0x5555666677778888ull};
        c.start = 12 * kSecond;
        const TraceIndex ci = store.beginTrace(c);
        store.addSpan(span(ci, priceOp, pricingPod, 0, 9000, kNoParent, 0, SpanStatus::Error, 0));
        LogRecord l2;
        l2.time = 13 * kSecond;
        l2.resource = pod;
        l2.templ = s.intern("bad bytes {payload}");
        l2.severity = Severity::Warn;
        const StringId args2[] = {s.intern("\xff\xfe ok \xe2\x82\xac")};
        store.addLog(l2, args2);
        store.addPoint(g, 20 * kSecond, 9);
        store.addPoint(sum1, 20 * kSecond, 250);
        store.addPoint(sum2, 20 * kSecond, 4);
        const std::uint32_t buckets1[] = {1, 1, 1, 1};
        store.addHistogramPoint(h, 20 * kSecond, 4, 3.2, buckets1);
        store.publish(20 * kSecond);
        all = store.counts();
    }

    static SpanRecord span(TraceIndex t, OperationId op, ResourceId r, std::uint32_t offset, std::uint32_t duration,
                           std::uint16_t parent, std::uint16_t http, SpanStatus status, ErrorId error)
    {
        SpanRecord s;
        s.trace = t;
        s.operation = op;
        s.resource = r;
        s.startOffsetUs = offset;
        s.durationUs = duration;
        s.parent = parent;
        s.httpStatus = http;
        s.status = status;
        s.error = error;
        return s;
    }
};

inline OtlpExportOptions options()
{
    OtlpExportOptions o;
    o.startsAtUnixNanos = kStartsAt;
    return o;
}

enum class Signal { Traces, Logs, Metrics };

inline std::string write(const TelemetryStore& store, Signal signal, const TelemetryCounts& from,
                         const TelemetryCounts& to, OtlpExportOptions o = options())
{
    OtlpJsonWriter writer(store, std::move(o));
    std::ostringstream out;
    const WriteResult r = signal == Signal::Traces ? writer.writeTraces(out, from, to)
                          : signal == Signal::Logs ? writer.writeLogs(out, from, to)
                                                   : writer.writeMetrics(out, from, to);
    if (!r.ok() || r.bytes != out.str().size())
        return "write failed: " + r.error;
    return out.str();
}

inline std::vector<json> parseLines(const std::string& text)
{
    std::vector<json> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);)
        lines.push_back(json::accept(line) ? json::parse(line) : json("unparseable: " + line));
    return lines;
}

inline bool isHex(const json& v, std::size_t length)
{
    if (!v.is_string())
        return false;
    const std::string s = v.get<std::string>();
    return s.size() == length && s.find_first_not_of("0123456789abcdef") == std::string::npos &&
           s.find_first_not_of('0') != std::string::npos;
}

inline bool isDecimalString(const json& v)
{
    if (!v.is_string())
        return false;
    const std::string s = v.get<std::string>();
    return !s.empty() && s.find_first_not_of("0123456789") == std::string::npos;
}

// Attributes as a map; a duplicate key is reported as the value "<duplicate>".
inline std::map<std::string, json> attrs(const json& list)
{
    std::map<std::string, json> m;
    for (const json& kv : list) {
        const auto key = kv.at("key").get<std::string>();
        m[key] = m.count(key) ? json("<duplicate>") : kv.at("value");
    }
    return m;
}

inline std::string str(const std::map<std::string, json>& a, const std::string& key)
{
    auto it = a.find(key);
    if (it == a.end() || !it->second.contains("stringValue"))
        return "<missing>";
    return it->second["stringValue"].get<std::string>();
}

inline std::string intValue(const std::map<std::string, json>& a, const std::string& key)
{
    auto it = a.find(key);
    if (it == a.end() || !it->second.contains("intValue") || !isDecimalString(it->second["intValue"]))
        return "<missing>";
    return it->second["intValue"].get<std::string>();
}

// Every record of one signal with its resource's attributes, flattened for comparisons.
struct Flat
{
    json resource;
    json record;
};

inline std::vector<Flat> flatten(const std::string& text, const char* resourceKey, const char* scopeKey,
                                 const char* recordKey)
{
    std::vector<Flat> out;
    for (const json& line : parseLines(text))
        for (const json& rs : line.at(resourceKey))
            for (const json& ss : rs.at(scopeKey))
                for (const json& r : ss.at(recordKey))
                    out.push_back({rs.at("resource"), r});
    return out;
}

inline std::vector<Flat> spans(const std::string& text)
{
    return flatten(text, "resourceSpans", "scopeSpans", "spans");
}
inline std::vector<Flat> logs(const std::string& text)
{
    return flatten(text, "resourceLogs", "scopeLogs", "logRecords");
}

// One entry per data point: resource, metric (without dataPoints) and the point.
inline std::vector<std::string> dataPoints(const std::string& text)
{
    std::vector<std::string> out;
    for (const Flat& m : flatten(text, "resourceMetrics", "scopeMetrics", "metrics")) {
        for (const char* type : {"gauge", "sum", "histogram"}) {
            if (!m.record.contains(type))
                continue;
            json metric = m.record;
            metric[type].erase("dataPoints");
            for (const json& p : m.record[type]["dataPoints"])
                out.push_back(m.resource.dump() + metric.dump() + p.dump());
        }
    }
    std::sort(out.begin(), out.end());
    return out;
}

inline std::vector<std::string> dumped(const std::vector<Flat>& records)
{
    std::vector<std::string> out;
    for (const Flat& f : records)
        out.push_back(f.resource.dump() + f.record.dump());
    std::sort(out.begin(), out.end());
    return out;
}

inline std::string hexOf(std::uint64_t v)
{
    char buf[17];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(v));
    return buf;
}

inline std::string ns(SimTime t) { return std::to_string(kStartsAt + t * 1000); }

} // namespace kunren::otlptest
