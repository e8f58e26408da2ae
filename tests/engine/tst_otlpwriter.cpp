// The OTLP/JSON exporter: encoding rules (domain reference §4), semantic-convention names, escaping,
// determinism and incremental export, checked by parsing every line it writes.
#include "OtlpTestSupport.h"

#include "TestTopology.h"
#include "export/JsonEscape.h"

#include "export/OtlpJsonWriter.h"
#include "scenario/Topology.h"
#include "sim/Simulator.h"
#include "telemetry/TelemetryStore.h"

#include <QtTest>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <set>
#include <sstream>

using namespace kunren;
using nlohmann::json;

using namespace kunren::otlptest;

class TestOtlpWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void escapesStringsAndRepairsUtf8()
    {
        const std::vector<std::pair<std::string, std::string>> cases{
            {"plain", "plain"},
            {"q\"b\\s/", "q\"b\\s/"},
            {std::string("nl\ncr\rtab\tbs\bff\fnul\0x\x1f", 22), std::string("nl\ncr\rtab\tbs\bff\fnul\0x\x1f", 22)},
            {"caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80",
             "caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80"}, // é € 😀 pass through
            {"a\xff"
             "b",
             "a\xef\xbf\xbd"
             "b"},                                                    // stray byte
            {"\xc0\x80", "\xef\xbf\xbd\xef\xbf\xbd"},                 // overlong NUL: two ill-formed bytes
            {"\xed\xa0\x80", "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd"}, // surrogate
            {"x\xe2\x82", "x\xef\xbf\xbd"},                           // truncated at the end: one U+FFFD
            {"\xe2\x82"
             "z",
             "\xef\xbf\xbd"
             "z"},                                    // truncated before ASCII
            {"\xf5\x80", "\xef\xbf\xbd\xef\xbf\xbd"}, // beyond U+10FFFF
        };
        for (const auto& [in, expected] : cases) {
            std::string quoted;
            appendJsonString(quoted, in);
            QVERIFY2(json::accept(quoted), quoted.c_str());
            QCOMPARE(q(json::parse(quoted).get<std::string>()), q(expected));
            // Control characters never appear raw in the output.
            QVERIFY(std::none_of(quoted.begin(), quoted.end(),
                                 [](char c) { return static_cast<unsigned char>(c) < 0x20; }));
        }
        std::string control;
        appendJsonEscaped(control, "\x01\n\"");
        QCOMPARE(q(control), QStringLiteral("\\u0001\\n\\\""));
    }

    void tracesFollowTheOtlpJsonEncoding()
    {
        Fixture f;
        const std::string text = write(f.store, Signal::Traces, {}, f.all);
        const auto lines = parseLines(text);
        // Batches of 10 s: traces A and B (1.5 s, 2 s) in one request, C (12 s) in the next.
        QCOMPARE(lines.size(), std::size_t{2});
        QVERIFY(text.ends_with("\n"));
        const auto all = spans(text);
        QCOMPARE(all.size(), std::size_t{6});
        std::set<std::string> spanIds;
        int roots = 0;
        for (const Flat& s : all) {
            const json& r = s.record;
            QVERIFY2(isHex(r["traceId"], 32), r.dump().c_str());
            QVERIFY2(isHex(r["spanId"], 16), r.dump().c_str());
            QVERIFY(spanIds.insert(r["spanId"].get<std::string>()).second);
            if (r.contains("parentSpanId"))
                QVERIFY(isHex(r["parentSpanId"], 16));
            else
                ++roots;
            QVERIFY(r["kind"].is_number_integer());
            QVERIFY(r["kind"].get<int>() >= 1 && r["kind"].get<int>() <= 5);
            QVERIFY(isDecimalString(r["startTimeUnixNano"]));
            QVERIFY(isDecimalString(r["endTimeUnixNano"]));
            QVERIFY(std::stoll(r["endTimeUnixNano"].get<std::string>()) >=
                    std::stoll(r["startTimeUnixNano"].get<std::string>()));
            QVERIFY(r["status"]["code"].is_number_integer());
            for (const json& kv : r["attributes"])
                if (kv["value"].contains("intValue"))
                    QVERIFY(isDecimalString(kv["value"]["intValue"]));
        }
        QCOMPARE(roots, 2); // A's root and C's root; B's span has a parent that was never recorded

        const json& root = all[0].record;
        QCOMPARE(q(root["traceId"].get<std::string>()), QStringLiteral("4bf92f3577b34da6a3ce929d0e0e4736"));
        QCOMPARE(q(root["spanId"].get<std::string>()), q(hexOf(TelemetryStore::spanId(f.traceA, 0))));
        QVERIFY(!root.contains("parentSpanId"));
        QCOMPARE(root["kind"].get<int>(), 2);
        QCOMPARE(q(root["startTimeUnixNano"].get<std::string>()), q(ns(1500 * kMillisecond)));
        QCOMPARE(q(root["endTimeUnixNano"].get<std::string>()), q(ns(1750 * kMillisecond)));
        QCOMPARE(root["status"]["code"].get<int>(), 2);
        QCOMPARE(q(root["status"]["message"].get<std::string>()),
                 q(std::string("Read \"timed\" out\nline2\ttab\x01 ctrl \xef\xbf\xbd( bad")));
        const json& child = all[1].record;
        QCOMPARE(q(child["parentSpanId"].get<std::string>()), q(hexOf(TelemetryStore::spanId(f.traceA, 0))));
        QCOMPARE(child["kind"].get<int>(), 3);
        QCOMPARE(child["status"]["code"].get<int>(), 0);
        // The all-zero high half of trace B's id still gives a valid, non-zero trace id.
        QCOMPARE(q(all[4].record["traceId"].get<std::string>()), QStringLiteral("000000000000000000000000000000b2"));
        // Odd characters in a span name survive the round trip.
        QCOMPARE(q(all[3].record["name"].get<std::string>()),
                 q(std::string("render \"receipt\"\n\x01\\ \xef\xbf\xbd")));
    }

    void spanAttributesUseCurrentSemanticConventions()
    {
        Fixture f;
        const auto all = spans(write(f.store, Signal::Traces, {}, f.all));
        QCOMPARE(all.size(), std::size_t{6});

        const auto server = attrs(all[0].record["attributes"]);
        QCOMPARE(q(str(server, "http.request.method")), QStringLiteral("POST"));
        QCOMPARE(q(str(server, "http.route")), QStringLiteral("/api/orders"));
        QCOMPARE(q(str(server, "url.path")), QStringLiteral("/api/orders"));
        QCOMPARE(q(str(server, "url.scheme")), QStringLiteral("http"));
        QCOMPARE(q(intValue(server, "http.response.status_code")), QStringLiteral("503"));
        QCOMPARE(q(str(server, "error.type")), QStringLiteral("503"));
        QCOMPARE(q(str(server, "customer.tier")), QStringLiteral("pro"));
        QCOMPARE(q(str(server, "region")), QStringLiteral("ap-northeast-1"));
        const json& events = all[0].record["events"];
        QCOMPARE(events.size(), std::size_t{1});
        QCOMPARE(q(events[0]["name"].get<std::string>()), QStringLiteral("exception"));
        QVERIFY(isDecimalString(events[0]["timeUnixNano"]));
        const auto exception = attrs(events[0]["attributes"]);
        QCOMPARE(q(str(exception, "exception.type")), QStringLiteral("java.net.SocketTimeoutException"));
        QVERIFY(str(exception, "exception.message").starts_with("Read \"timed\" out\nline2\t"));
        QVERIFY(str(exception, "exception.stacktrace").starts_with("\tat com.shop.Client.call"));

        const auto dbSpan = attrs(all[1].record["attributes"]);
        QCOMPARE(q(str(dbSpan, "db.system.name")), QStringLiteral("postgresql"));
        QCOMPARE(q(str(dbSpan, "db.operation.name")), QStringLiteral("INSERT"));
        QCOMPARE(q(str(dbSpan, "db.collection.name")), QStringLiteral("orders"));
        QCOMPARE(q(str(dbSpan, "db.query.text")), QStringLiteral("INSERT INTO orders VALUES ($1, $2, $3)"));
        QCOMPARE(q(str(dbSpan, "server.address")), QStringLiteral("orders-db"));
        QCOMPARE(q(str(dbSpan, "service.peer.name")), QStringLiteral("orders-db"));
        QVERIFY(!dbSpan.count("error.type"));
        QVERIFY(!all[1].record.contains("events"));

        const auto external = attrs(all[2].record["attributes"]);
        QCOMPARE(q(str(external, "http.request.method")), QStringLiteral("POST"));
        QCOMPARE(q(str(external, "server.address")), QStringLiteral("card-api"));
        QCOMPARE(q(intValue(external, "server.port")), QStringLiteral("443"));
        QCOMPARE(q(str(external, "url.full")), QStringLiteral("https://card-api/v2/authorize"));
        QCOMPARE(q(str(external, "error.type")), QStringLiteral("java.net.SocketTimeoutException"));
        QVERIFY(!external.count("http.response.status_code")); // timed out: no response
        QCOMPARE(all[2].record["status"]["code"].get<int>(), 2);

        // Broken propagation drops the request's attributes.
        const auto tagless = attrs(all[3].record["attributes"]);
        QVERIFY(!tagless.count("customer.tier"));
        QCOMPARE(all[3].record["kind"].get<int>(), 1);

        // A 404 is the client's fault: the server span stays UNSET and carries no error.type.
        const auto notFound = attrs(all[4].record["attributes"]);
        QCOMPARE(q(intValue(notFound, "http.response.status_code")), QStringLiteral("404"));
        QVERIFY(!notFound.count("error.type"));
        QCOMPARE(all[4].record["status"]["code"].get<int>(), 0);

        const auto grpc = attrs(all[5].record["attributes"]);
        QCOMPARE(q(str(grpc, "rpc.system.name")), QStringLiteral("grpc"));
        QCOMPARE(q(str(grpc, "rpc.method")), QStringLiteral("pricing.v1.PricingService/GetPrice"));
        QCOMPARE(q(str(grpc, "rpc.response.status_code")), QStringLiteral("UNKNOWN"));
        QCOMPARE(q(str(grpc, "error.type")), QStringLiteral("UNKNOWN"));
        QCOMPARE(all[5].record["status"]["code"].get<int>(), 2);
        QVERIFY(!all[5].record["status"].contains("message"));
    }

    void deprecatedNamesNeverAppear()
    {
        Fixture f;
        const std::string text = write(f.store, Signal::Traces, {}, f.all) + write(f.store, Signal::Logs, {}, f.all) +
                                 write(f.store, Signal::Metrics, {}, f.all);
        for (const char* old :
             {"\"http.method\"", "\"http.status_code\"", "\"http.url\"", "\"http.target\"", "\"db.statement\"",
              "\"db.system\"", "\"db.operation\"", "\"deployment.environment\"", "\"peer.service\"", "\"rpc.system\"",
              "\"rpc.service\"", "\"rpc.grpc.status_code\"", "\"messaging.operation\"", "\"net.peer.name\""})
            QVERIFY2(text.find(old) == std::string::npos, old);
    }

    void resourcesDescribePodsServicesAndExternals()
    {
        Fixture f;
        const auto all = spans(write(f.store, Signal::Traces, {}, f.all));
        const auto pod = attrs(all[0].resource["attributes"]);
        QCOMPARE(q(str(pod, "service.name")), QStringLiteral("checkout"));
        QCOMPARE(q(str(pod, "service.namespace")), QStringLiteral("shop"));
        QCOMPARE(q(str(pod, "service.version")), QStringLiteral("1.2.3"));
        QCOMPARE(q(str(pod, "service.instance.id")), QStringLiteral("checkout-7d9f8-abcde"));
        QCOMPARE(q(str(pod, "deployment.environment.name")), QStringLiteral("prod"));
        QCOMPARE(q(str(pod, "k8s.cluster.name")), QStringLiteral("kunren-prod"));
        QCOMPARE(q(str(pod, "k8s.namespace.name")), QStringLiteral("shop"));
        QCOMPARE(q(str(pod, "k8s.pod.name")), QStringLiteral("checkout-7d9f8-abcde"));
        QCOMPARE(q(str(pod, "k8s.deployment.name")), QStringLiteral("checkout"));
        QCOMPARE(q(str(pod, "k8s.container.name")), QStringLiteral("checkout"));
        QCOMPARE(q(str(pod, "k8s.node.name")), QStringLiteral("node-shop-01"));
        QCOMPARE(q(str(pod, "cloud.region")), QStringLiteral("ap-northeast-1"));
        for (const auto& [key, value] : pod)
            QVERIFY2(value != json("<duplicate>"), key.c_str());

        const std::string text = write(f.store, Signal::Metrics, {}, f.all) + write(f.store, Signal::Logs, {}, f.all);
        bool sawServiceLevel = false;
        for (const json& line : parseLines(text)) {
            const json& list = line.contains("resourceMetrics") ? line["resourceMetrics"] : line["resourceLogs"];
            for (const json& rs : list) {
                QCOMPARE(q(rs["schemaUrl"].get<std::string>()),
                         QStringLiteral("https://opentelemetry.io/schemas/1.44.0"));
                const auto a = attrs(rs["resource"]["attributes"]);
                if (str(a, "service.instance.id") != "<missing>")
                    continue;
                sawServiceLevel = true;
                QVERIFY(!a.count("k8s.pod.name"));
                QVERIFY(!a.count("k8s.node.name"));
                QVERIFY(a.count("service.name"));
            }
        }
        QVERIFY(sawServiceLevel);

        // An external API is nothing Kubernetes: a span recorded on its resource has no k8s.* attributes.
        TelemetryStore& st = f.store;
        TraceRecord t{7, 8};
        t.start = 30 * kSecond;
        const TraceIndex ti = st.beginTrace(t);
        st.addSpan(Fixture::span(ti, 1, 3, 0, 10, kNoParent, 0, SpanStatus::Unset, 0));
        st.publish(30 * kSecond);
        const auto ext = spans(write(st, Signal::Traces, f.all, st.counts()));
        QCOMPARE(ext.size(), std::size_t{1});
        const auto e = attrs(ext[0].resource["attributes"]);
        QCOMPARE(q(str(e, "service.name")), QStringLiteral("card-api"));
        for (const auto& [key, value] : e)
            QVERIFY2(!key.starts_with("k8s."), key.c_str());
    }

    // A message's consumer span links to the span that published it, in the export as in the store.
    void consumerSpansLinkToTheirProducer()
    {
        Simulator sim(test::scenarioWith({}, 3 * kMinute));
        sim.runUntil(2 * kMinute);
        const std::string text = write(sim.telemetry(), Signal::Traces, {}, sim.telemetry().counts());
        std::set<std::string> spans; // traceId/spanId of every exported span
        std::vector<json> links;
        int consumers = 0;
        for (const json& line : parseLines(text))
            for (const json& rs : line["resourceSpans"])
                for (const json& ss : rs["scopeSpans"])
                    for (const json& sp : ss["spans"]) {
                        spans.insert(sp["traceId"].get<std::string>() + "/" + sp["spanId"].get<std::string>());
                        if (sp["kind"] == 5 && !sp.contains("parentSpanId")) {
                            ++consumers;
                            QVERIFY2(sp.contains("links") && sp["links"].size() == 1, sp.dump().c_str());
                            links.push_back(sp["links"][0]);
                        } else {
                            QVERIFY(!sp.contains("links"));
                        }
                    }
        QVERIFY(consumers > 20);
        for (const json& l : links) {
            QVERIFY(isHex(l["traceId"], 32) && isHex(l["spanId"], 16));
            QVERIFY2(spans.count(l["traceId"].get<std::string>() + "/" + l["spanId"].get<std::string>()),
                     l.dump().c_str());
        }
    }

    void parentMissingPointsAtASpanThatDoesNotExist()
    {
        Fixture f;
        const auto all = spans(write(f.store, Signal::Traces, {}, f.all));
        std::set<std::string> idsInTraceB;
        const json* orphan = nullptr;
        for (const Flat& s : all)
            if (s.record["traceId"] == "000000000000000000000000000000b2") {
                idsInTraceB.insert(s.record["spanId"].get<std::string>());
                orphan = &s.record;
            }
        QVERIFY(orphan != nullptr);
        QVERIFY(orphan->contains("parentSpanId"));
        QVERIFY(isHex((*orphan)["parentSpanId"], 16));
        QVERIFY(!idsInTraceB.count((*orphan)["parentSpanId"].get<std::string>()));
        // Nor any span the trace could hold.
        for (std::uint32_t i = 0; i < 0xFFFF; ++i)
            QVERIFY(hexOf(TelemetryStore::spanId(f.traceB, i)) != (*orphan)["parentSpanId"].get<std::string>());
    }

    void logsRenderTemplatesAndLinkTraces()
    {
        Fixture f;
        const auto all = logs(write(f.store, Signal::Logs, {}, f.all));
        QCOMPARE(all.size(), std::size_t{3});
        for (const Flat& l : all) {
            const int n = l.record["severityNumber"].get<int>();
            QVERIFY(n >= 1 && n <= 24);
            const std::string text = l.record["severityText"].get<std::string>();
            const char* expected = n <= 4    ? "TRACE"
                                   : n <= 8  ? "DEBUG"
                                   : n <= 12 ? "INFO"
                                   : n <= 16 ? "WARN"
                                   : n <= 20 ? "ERROR"
                                             : "FATAL";
            QCOMPARE(q(text), q(expected));
            QVERIFY(isDecimalString(l.record["timeUnixNano"]));
            QVERIFY(isDecimalString(l.record["observedTimeUnixNano"]));
        }
        // Sorted by resource within a request: the pod's error log, then the service-level info log.
        const json& error = all[0].record;
        QCOMPARE(error["severityNumber"].get<int>(), 17);
        QCOMPARE(q(error["body"]["stringValue"].get<std::string>()),
                 QStringLiteral("order o-42 failed for ACME \"Corp\": boom\n (o-42)"));
        QCOMPARE(q(error["timeUnixNano"].get<std::string>()), q(ns(1600 * kMillisecond)));
        QCOMPARE(q(error["traceId"].get<std::string>()), QStringLiteral("4bf92f3577b34da6a3ce929d0e0e4736"));
        QCOMPARE(q(error["spanId"].get<std::string>()), q(hexOf(TelemetryStore::spanId(f.traceA, 0))));
        QCOMPARE(error["flags"].get<int>(), 1);
        const auto a = attrs(error["attributes"]);
        QCOMPARE(q(str(a, "order_id")), QStringLiteral("o-42"));
        QCOMPARE(q(str(a, "customer")), QStringLiteral("ACME \"Corp\""));
        QCOMPARE(q(str(a, "error")), QStringLiteral("boom\n"));
        QCOMPARE(q(str(a, "exception.type")), QStringLiteral("java.net.SocketTimeoutException"));
        QVERIFY(a.count("exception.message") && a.count("exception.stacktrace"));

        const json& info = all[1].record;
        QCOMPARE(q(info["severityText"].get<std::string>()), QStringLiteral("INFO"));
        QCOMPARE(q(info["body"]["stringValue"].get<std::string>()), QStringLiteral("cache warmed in 12ms"));
        QVERIFY(!info.contains("traceId"));
        QVERIFY(!info.contains("spanId"));
        QVERIFY(!info.contains("flags"));
        QCOMPARE(q(str(attrs(info["attributes"]), "duration_ms")), QStringLiteral("12"));
        QVERIFY(!attrs(all[1].resource["attributes"]).count("k8s.pod.name"));

        // Invalid UTF-8 in an argument becomes U+FFFD; valid multi-byte text stays.
        const json& bad = all[2].record;
        QCOMPARE(q(bad["severityText"].get<std::string>()), QStringLiteral("WARN"));
        QCOMPARE(q(bad["body"]["stringValue"].get<std::string>()),
                 q(std::string("bad bytes \xef\xbf\xbd\xef\xbf\xbd ok \xe2\x82\xac")));
    }

    void metricsFollowTheOtlpJsonEncoding()
    {
        Fixture f;
        const std::string text = write(f.store, Signal::Metrics, {}, f.all);
        const auto lines = parseLines(text);
        QCOMPARE(lines.size(), std::size_t{2}); // windows [10 s, 20 s) and [20 s, 30 s)
        int gauges = 0, sums = 0, histograms = 0;
        for (const json& line : lines) {
            for (const json& rs : line["resourceMetrics"]) {
                std::set<std::string> names;
                for (const json& m : rs["scopeMetrics"][0]["metrics"]) {
                    // One entry per metric and resource: series are data points with their own attributes.
                    QVERIFY(names.insert(m["name"].get<std::string>()).second);
                    if (m.contains("gauge")) {
                        ++gauges;
                        QCOMPARE(q(m["unit"].get<std::string>()), QStringLiteral("{connection}"));
                        for (const json& p : m["gauge"]["dataPoints"]) {
                            QVERIFY(isDecimalString(p["timeUnixNano"]));
                            QVERIFY(p["asDouble"].is_number());
                        }
                    }
                    if (m.contains("sum")) {
                        ++sums;
                        QCOMPARE(m["sum"]["aggregationTemporality"].get<int>(), 2);
                        QCOMPARE(m["sum"]["isMonotonic"].get<bool>(), true);
                        QCOMPARE(m["sum"]["dataPoints"].size(), std::size_t{2});
                        std::set<std::string> ops;
                        for (const json& p : m["sum"]["dataPoints"]) {
                            QCOMPARE(q(p["startTimeUnixNano"].get<std::string>()), q(std::to_string(kStartsAt)));
                            QVERIFY(isDecimalString(p["asInt"]));
                            ops.insert(str(attrs(p["attributes"]), "operation"));
                        }
                        QCOMPARE(ops.size(), std::size_t{2});
                    }
                    if (m.contains("histogram")) {
                        ++histograms;
                        QCOMPARE(m["histogram"]["aggregationTemporality"].get<int>(), 1);
                        for (const json& p : m["histogram"]["dataPoints"]) {
                            const json& counts = p["bucketCounts"];
                            QCOMPARE(counts.size(), p["explicitBounds"].size() + 1);
                            std::uint64_t total = 0;
                            for (const json& c : counts) {
                                QVERIFY(isDecimalString(c));
                                total += std::stoull(c.get<std::string>());
                            }
                            QVERIFY(isDecimalString(p["count"]));
                            QCOMPARE(total, std::stoull(p["count"].get<std::string>()));
                            QVERIFY(p["sum"].is_number());
                            const auto t = std::stoll(p["timeUnixNano"].get<std::string>());
                            QCOMPARE(t - std::stoll(p["startTimeUnixNano"].get<std::string>()), 10 * kSecond * 1000);
                        }
                    }
                }
            }
        }
        QCOMPARE(gauges, 2);
        QCOMPARE(sums, 2);
        QCOMPARE(histograms, 2);
        // Values: a fractional gauge stays a double; counts are exact integers.
        const json& first = lines[0];
        QVERIFY(first.dump().find("\"asDouble\":7.5") != std::string::npos);
        QVERIFY(first.dump().find("\"asInt\":\"100\"") != std::string::npos);
        QVERIFY(text.find("\"explicitBounds\":[0.1,0.5,1]") != std::string::npos);
        QVERIFY(text.find("\"bucketCounts\":[\"2\",\"0\",\"1\",\"0\"]") != std::string::npos);
    }

    void outputIsByteForByteDeterministic()
    {
        Fixture f1;
        Fixture f2;
        for (Signal s : {Signal::Traces, Signal::Logs, Signal::Metrics}) {
            const std::string a = write(f1.store, s, {}, f1.all);
            QVERIFY(!a.starts_with("write failed"));
            QCOMPARE(q(write(f2.store, s, {}, f2.all)), q(a));
        }
        // The same writer writing twice (with warm caches) writes the same bytes.
        OtlpJsonWriter writer(f1.store, options());
        std::ostringstream x, y;
        writer.writeTraces(x, f1.all);
        writer.writeTraces(y, f1.all);
        QCOMPARE(q(x.str()), q(y.str()));
    }

    void incrementalExportsAddUpToAFullExport()
    {
        Fixture f;
        QVERIFY(f.firstHalf.spans > 0 && f.firstHalf.spans < f.all.spans);
        const std::string full = write(f.store, Signal::Traces, {}, f.all);
        const std::string first = write(f.store, Signal::Traces, {}, f.firstHalf);
        const std::string second = write(f.store, Signal::Traces, f.firstHalf, f.all);
        QVERIFY(!first.empty() && !second.empty());
        QCOMPARE(dumped(spans(first + second)), dumped(spans(full)));
        QCOMPARE(dumped(logs(write(f.store, Signal::Logs, {}, f.firstHalf) +
                             write(f.store, Signal::Logs, f.firstHalf, f.all))),
                 dumped(logs(write(f.store, Signal::Logs, {}, f.all))));
        QCOMPARE(dataPoints(write(f.store, Signal::Metrics, {}, f.firstHalf) +
                            write(f.store, Signal::Metrics, f.firstHalf, f.all)),
                 dataPoints(write(f.store, Signal::Metrics, {}, f.all)));
        // An empty range writes nothing at all.
        QVERIFY(write(f.store, Signal::Traces, f.all, f.all).empty());
    }

    void requestsAreCutBySize()
    {
        Fixture f;
        OtlpExportOptions o = options();
        o.maxRecordsPerRequest = 1;
        const std::string text = write(f.store, Signal::Logs, {}, f.all, o);
        QCOMPARE(parseLines(text).size(), std::size_t{3});
        // Whole traces stay together even when they exceed the cap.
        const auto traceLines = parseLines(write(f.store, Signal::Traces, {}, f.all, o));
        QCOMPARE(traceLines.size(), std::size_t{3});
        QCOMPARE(dumped(spans(write(f.store, Signal::Traces, {}, f.all, o))),
                 dumped(spans(write(f.store, Signal::Traces, {}, f.all))));
    }

    void reportsSinkErrors()
    {
        Fixture f;
        std::FILE* readOnly = std::fopen("/dev/null", "r");
        QVERIFY(readOnly != nullptr);
        OtlpJsonWriter writer(f.store, options());
        const WriteResult r = writer.writeTraces(readOnly, f.all);
        std::fclose(readOnly);
        QVERIFY(!r.ok());
        QVERIFY(!r.error.empty());

        std::ostringstream broken;
        broken.setstate(std::ios::badbit);
        QVERIFY(!writer.writeLogs(broken, f.all).ok());
    }
};

QTEST_GUILESS_MAIN(TestOtlpWriter)
#include "tst_otlpwriter.moc"
