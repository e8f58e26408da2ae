// Scenario language: loading the shipped files into the model, positions, schemas and the library.
#include "LoaderTestSupport.h"

#include "core/EditDistance.h"
#include "scenario/CallGraph.h"
#include "scenario/DocumentKind.h"
#include "scenario/IsoTime.h"
#include "scenario/JsonPositions.h"
#include "scenario/ScenarioLoader.h"
#include "scenario/SchemaValidator.h"
#include "scenario/Schemas.h"

#include <nlohmann/json.hpp>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <cstdlib>
#include <set>

using namespace kunren;
using namespace kunren::test;

class TestScenarioLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void callGraphEdges();
    void editDistanceCounts();
    void loadsShippedTopology();
    void loadsShippedScenario();
    void libraryValidates_data();
    void libraryValidates();
    void positionsOfValuesAndKeys();
    void diagnosticFormat();
    void schemaEnumsMatchModelNames();
    void embeddedSchemasMatchSourceFiles();
    void oneOfReportsTheClosestBranch();
    void isoTimes_data();
    void isoTimes();
    void listsAndResolvesLibrary();
    void aCopiedScenarioFindsItsBuiltInTopology();
    void detectsDocumentKind();
};

void TestScenarioLoader::loadsShippedTopology()
{
    const auto result = loadTopologyFile((kScenarios + QStringLiteral("/topologies/shop.topology.json")).toStdString());
    QVERIFY2(result.ok(), qPrintable(dump(result.diagnostics)));
    const Topology& t = *result.value;
    QCOMPARE(t.id, std::string("shop"));
    QCOMPARE(t.title.ja, std::string("小さなウェブショップ"));
    QCOMPARE(t.cluster, std::string("shop-prod-tokyo"));
    QCOMPARE(t.services.size(), std::size_t(12));

    const ServiceSpec* frontend = t.service("frontend");
    QVERIFY(frontend && frontend->deployment && frontend->deployment->autoscaler);
    QCOMPARE(frontend->kind, ServiceKind::Http);
    QCOMPARE(frontend->ns, std::string("web"));
    QCOMPARE(frontend->language, std::string("node"));
    QCOMPARE(frontend->deployment->replicas, 3);
    QCOMPARE(frontend->deployment->memoryRequest, std::int64_t(256) << 20);
    QCOMPARE(frontend->deployment->memoryBaseline, std::int64_t(190) << 20);
    QCOMPARE(frontend->deployment->cpuLimit, 0.5);
    QCOMPARE(frontend->deployment->autoscaler->maxReplicas, 6);
    QCOMPARE(frontend->deployment->autoscaler->targetCpu, 0.7);
    QCOMPARE(frontend->logs.size(), std::size_t(2));
    QCOMPARE(frontend->logs[1].when, LogTemplate::When::Error);
    QCOMPARE(frontend->logs[0].probability, 0.2);

    const EndpointSpec* home = t.endpoint("frontend", "GET /");
    QVERIFY(home);
    QCOMPARE(home->latency.p50, 8 * kMillisecond);
    QCOMPARE(home->latency.p99, 40 * kMillisecond);
    QCOMPARE(home->cpuPerRequest, 0.003);
    QCOMPARE(home->errorRate, 0.0002);
    QCOMPARE(home->steps.size(), std::size_t(1));
    QVERIFY(home->steps[0].parallel);
    QCOMPARE(home->steps[0].calls.size(), std::size_t(2));
    QCOMPARE(home->steps[0].calls[0].service, std::string("catalog"));
    QCOMPARE(home->steps[0].calls[0].retries, 1);
    QCOMPARE(home->steps[0].calls[0].timeout, 2 * kSecond);
    QCOMPARE(home->steps[0].calls[1].onFailure, CallSpec::OnFailure::Degrade);
    QCOMPARE(home->steps[0].calls[0].onFailure, CallSpec::OnFailure::Fail);

    const EndpointSpec* orders = t.endpoint("checkout", "POST /orders");
    QVERIFY(orders);
    QCOMPARE(orders->steps.size(), std::size_t(4));
    QVERIFY(!orders->steps[0].parallel);
    QCOMPARE(orders->steps[2].calls[0].endpoint, std::string("INSERT orders"));
    QVERIFY(orders->steps[3].parallel);

    const EndpointSpec* products = t.endpoint("catalog", "GET /products");
    QVERIFY(products && products->steps.size() == 1);
    const auto onMiss = products->steps[0].calls[0].onMiss;
    QVERIFY(onMiss);
    QCOMPARE(onMiss->first, std::string("orders-db"));
    QCOMPARE(onMiss->second, std::string("SELECT products"));
    QCOMPARE(products->steps[0].calls[0].timeout, 200 * kMillisecond);

    const EndpointSpec* productCache = t.endpoint("cache", "GET product:*");
    QVERIFY(productCache);
    QCOMPARE(productCache->latency.p50, 400 * kMicrosecond);
    QCOMPARE(productCache->hitRatio, 0.92);
    QCOMPARE(t.service("cache")->resource.memory, std::int64_t(1) << 30);
    QCOMPARE(t.service("orders-db")->resource.maxConnections, 100);
    QCOMPARE(t.service("card-acquirer")->resource.rateLimit, 200.0);
    QVERIFY(!t.service("card-acquirer")->deployment);
    const ResourceSpec& queue = t.service("order-events")->resource;
    QCOMPARE(queue.consumer, std::string("fulfillment"));
    QCOMPARE(queue.consumerEndpoint, std::string("process orders.created"));
    QCOMPARE(queue.consumers, 2);
    QCOMPARE(queue.consumerRate, 40.0);
    const auto& errors = t.service("cart")->errors;
    QCOMPARE(errors.size(), std::size_t(1));
    QCOMPARE(errors[0].stack.size(), std::size_t(2));
    QCOMPARE(errors[0].rate, 0.0003);

    QCOMPARE(t.traffic.entries.size(), std::size_t(2));
    QCOMPARE(t.traffic.entries[0].rate, 30.0);
    QCOMPARE(t.traffic.entries[1].endpoint, std::string("POST /checkout"));
    QCOMPARE(t.traffic.attributes.size(), std::size_t(3));
    const auto tier = std::find_if(t.traffic.attributes.begin(), t.traffic.attributes.end(),
                                   [](const TrafficAttribute& a) { return a.key == "customer.tier"; });
    QVERIFY(tier != t.traffic.attributes.end());
    QCOMPARE(tier->values.size(), std::size_t(3));
    double sum = 0;
    for (const auto& [value, weight] : tier->values)
        sum += weight;
    QCOMPARE(sum, 1.0);
    QCOMPARE(t.traffic.peakHour, 20.0);
    QCOMPARE(t.traffic.dailyPeak, 1.3);
    QCOMPARE(t.traffic.dailyTrough, 0.4);
}

void TestScenarioLoader::loadsShippedScenario()
{
    const auto result = loadScenarioFile(
        (kScenarios + QStringLiteral("/library/shop-slow-query.scenario.json")).toStdString());
    QVERIFY2(result.ok(), qPrintable(dump(result.diagnostics)));
    const Scenario& s = *result.value;
    QCOMPARE(s.id, std::string("shop-slow-query"));
    QCOMPARE(s.difficulty, std::string("beginner"));
    QCOMPARE(s.duration, 30 * kMinute);
    QCOMPARE(s.seed, std::uint64_t(42));
    QCOMPARE(s.startsAtUnixNanos, std::int64_t(1772413200) * 1'000'000'000);
    QCOMPARE(s.utcOffsetMinutes, 540);
    QVERIFY(s.topology);
    QCOMPARE(s.topology->id, std::string("shop"));
    QVERIFY(QString::fromStdString(s.topology->sourcePath).endsWith(QStringLiteral("topologies/shop.topology.json")));
    QCOMPARE(s.traffic.entries.size(), s.topology->traffic.entries.size()); // copied from the topology
    QCOMPARE(s.faults.size(), std::size_t(1));
    QCOMPARE(s.faults[0].kind, FaultKind::Latency);
    QCOMPARE(s.faults[0].endpoint, std::string("INSERT orders"));
    QCOMPARE(s.faults[0].start, 5 * kMinute);
    QCOMPARE(s.faults[0].ramp, 3 * kMinute);
    QCOMPARE(s.faults[0].duration, SimDuration(0));
    QCOMPARE(s.faults[0].magnitude, 60.0);
    QCOMPARE(s.events.size(), std::size_t(1));
    QCOMPARE(s.events[0].kind, EventKind::Deploy);
    QCOMPARE(s.events[0].at, 3 * kMinute);
    QCOMPARE(s.events[0].version, std::string("2.3.2"));
    QCOMPARE(s.monitors.size(), std::size_t(2));
    QCOMPARE(s.monitors[0].route, RouteKind::Page);
    QCOMPARE(s.monitors[0].slo, 0.999);
    QCOMPARE(s.monitors[1].critical, std::optional<double>(1.0));
    QCOMPARE(s.monitors[0].window, 5 * kMinute);
    QCOMPARE(s.monitors[0].runbook, std::string("rb-checkout"));
    QCOMPARE(s.runbooks.size(), std::size_t(1));
    QCOMPARE(s.hints.size(), std::size_t(3));
    QCOMPARE(s.hints[1].after, 12 * kMinute);
    QCOMPARE(s.answer.component, std::string("orders-db"));
    QCOMPARE(s.answer.mitigation, std::string("raise-limit"));
    QVERIFY(s.answer.trigger.empty());
    QCOMPARE(s.targets.rootCause, 15 * kMinute);
    QCOMPARE(s.teaches.size(), std::size_t(3));
}

void TestScenarioLoader::libraryValidates_data()
{
    QTest::addColumn<QString>("path");
    for (const QString& folder : {QStringLiteral("/library"), QStringLiteral("/topologies")}) {
        QDirIterator it(kScenarios + folder, {QStringLiteral("*.json")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
        }
    }
}

void TestScenarioLoader::libraryValidates()
{
    QFETCH(QString, path);
    const std::filesystem::path p = path.toStdString();
    const Diagnostics d = path.endsWith(QStringLiteral(".topology.json")) ? loadTopologyFile(p).diagnostics
                                                                          : loadScenarioFile(p).diagnostics;
    QVERIFY2(d.empty(), qPrintable(dump(d)));
}

void TestScenarioLoader::positionsOfValuesAndKeys()
{
    const std::string text = "{\"a\": 1,\n  \"b\": [true, {\"c/d\": \"é\", \"e~\": null}],\n \"ü\": \"x\"}";
    const JsonPositions positions(text);
    auto at = [&](const char* pointer) {
        const auto* p = positions.find(pointer);
        return p ? std::tuple(p->line, p->column, p->keyLine, p->keyColumn) : std::tuple(0, 0, 0, 0);
    };
    QCOMPARE(at(""), std::tuple(1, 1, 1, 1));
    QCOMPARE(at("/a"), std::tuple(1, 7, 1, 2));
    QCOMPARE(at("/b"), std::tuple(2, 8, 2, 3));
    QCOMPARE(at("/b/0"), std::tuple(2, 9, 2, 9));
    QCOMPARE(at("/b/1"), std::tuple(2, 15, 2, 15));
    QCOMPARE(at("/b/1/c~1d"), std::tuple(2, 23, 2, 16));
    QCOMPARE(at("/b/1/e~0"), std::tuple(2, 34, 2, 28));
    QCOMPARE(at("/\xC3\xBC"), std::tuple(3, 7, 3, 2)); // columns count code points: "ü" is one
    QCOMPARE(at("/b/7"), at("/b"));                    // unknown pointers fall back to their nearest ancestor

    const std::unordered_set<std::string> only{"", "/b"};
    const JsonPositions some(text, &only);
    QCOMPARE(some.size(), std::size_t(2));
}

void TestScenarioLoader::diagnosticFormat()
{
    QCOMPARE(Diagnostic({"f.json", 3, 7, "/a/0", "bad"}).format(), std::string("f.json:3:7: error: /a/0: bad"));
    QCOMPARE(Diagnostic({"f.json", 3, 7, "", "syntax"}).format(), std::string("f.json:3:7: error: syntax"));
    QCOMPARE(Diagnostic({"f.json", 0, 0, "", "no such file"}).format(), std::string("f.json: error: no such file"));
}

void TestScenarioLoader::schemaEnumsMatchModelNames()
{
    const auto topology = nlohmann::json::parse(topologySchemaText());
    const auto scenario = nlohmann::json::parse(scenarioSchemaText());
    const auto& serviceKinds = topology["$defs"]["service"]["properties"]["kind"]["enum"];
    QCOMPARE(serviceKinds.size(), std::size_t(9));
    for (const auto& k : serviceKinds)
        QVERIFY2(serviceKindFromString(k.get<std::string>()), k.get<std::string>().c_str());
    const auto& faultKinds = scenario["$defs"]["fault"]["properties"]["kind"]["enum"];
    QCOMPARE(faultKinds.size(), std::size_t(16));
    for (const auto& k : faultKinds)
        QVERIFY2(faultKindFromString(k.get<std::string>()), k.get<std::string>().c_str());
    for (const auto& k : scenario["$defs"]["event"]["properties"]["kind"]["enum"])
        QVERIFY2(eventKindFromString(k.get<std::string>()), k.get<std::string>().c_str());
}

void TestScenarioLoader::embeddedSchemasMatchSourceFiles()
{
    for (const auto& [name, embedded] :
         {std::pair("topology", topologySchemaText()), std::pair("scenario", scenarioSchemaText())}) {
        QFile file(kScenarios + QStringLiteral("/schema/%1.schema.json").arg(QLatin1String(name)));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray(embedded.data(), static_cast<qsizetype>(embedded.size())));
    }
}

void TestScenarioLoader::oneOfReportsTheClosestBranch()
{
    const SchemaValidator validator(nlohmann::json::parse(R"json({
      "$defs": {"d": {"oneOf": [
        {"title": "a word", "type": "string", "pattern": "^[a-z]+$", "patternErrorMessage": "must be lowercase"},
        {"title": "a count", "type": "integer", "minimum": 0}]}},
      "type": "object", "properties": {"v": {"$ref": "#/$defs/d"}}, "additionalProperties": false})json"));
    auto messages = [&](const char* doc) {
        std::string out;
        for (const ValidationIssue& i : validator.validate(nlohmann::json::parse(doc)))
            out += i.pointer + ": " + i.message + "\n";
        return out;
    };
    QCOMPARE(messages(R"({"v": "abc"})"), std::string());
    QCOMPARE(messages(R"({"v": 3})"), std::string());
    QCOMPARE(messages(R"({"v": "ABC"})"), std::string("/v: invalid value \"ABC\": must be lowercase\n"));
    QCOMPARE(messages(R"({"v": -1})"), std::string("/v: must be at least 0, found -1\n"));
    QCOMPARE(messages(R"({"v": true})"), std::string("/v: found boolean; must be a word or a count\n"));
    QCOMPARE(messages(R"({"w": 1})"), std::string("/w: unknown property \"w\"\n"));
}

void TestScenarioLoader::isoTimes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<int>("offset");
    QTest::newRow("offset") << QStringLiteral("2026-03-02T10:00:00+09:00") << true << qint64(1772413200) << 540;
    QTest::newRow("zulu") << QStringLiteral("1970-01-01T00:00:00Z") << true << qint64(0) << 0;
    QTest::newRow("negative offset") << QStringLiteral("2024-02-29T23:30-05:30") << true << qint64(1709269200) << -330;
    QTest::newRow("fraction") << QStringLiteral("2000-01-01T00:00:01.5Z") << true << qint64(946684801) << 0;
    QTest::newRow("no leap day") << QStringLiteral("2025-02-29T00:00:00Z") << false << qint64(0) << 0;
    QTest::newRow("hour 24") << QStringLiteral("2025-01-01T24:00:00Z") << false << qint64(0) << 0;
    QTest::newRow("no offset") << QStringLiteral("2025-01-01T10:00:00") << false << qint64(0) << 0;
    QTest::newRow("far future") << QStringLiteral("9999-01-01T00:00:00Z") << false << qint64(0) << 0;
    QTest::newRow("garbage") << QStringLiteral("yesterday") << false << qint64(0) << 0;
}

void TestScenarioLoader::isoTimes()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(qint64, seconds);
    QFETCH(int, offset);
    const auto t = parseIsoTime(text.toStdString());
    QCOMPARE(t.has_value(), valid);
    if (valid) {
        QCOMPARE(t->unixNanos / 1'000'000'000, seconds);
        QCOMPARE(t->utcOffsetMinutes, offset);
    }
}

// A facilitator copies a library drill into a folder of their own: its "../topologies/shop.topology.json"
// means the built-in shop. A topology found nowhere is reported with every place looked at.
void TestScenarioLoader::aCopiedScenarioFindsItsBuiltInTopology()
{
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("my-drill.scenario.json"));
    QVERIFY(QFile::copy(kScenarios + QStringLiteral("/library/shop-slow-query.scenario.json"), copy));
    const auto loaded = loadScenarioFile(copy.toStdString());
    QVERIFY2(loaded.ok(), loaded.diagnostics.empty() ? "" : loaded.diagnostics.front().format().c_str());
    QCOMPARE(loaded.value->topology->id, std::string("shop"));

    // By id, too.
    QFile f(copy);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QByteArray text = f.readAll();
    f.close();
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(QByteArray(text).replace("\"../topologies/shop.topology.json\"", "\"shop\""));
    f.close();
    QVERIFY(loadScenarioFile(copy.toStdString()).ok());

    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(
        QByteArray(text).replace("\"../topologies/shop.topology.json\"", "\"../topologies/warehouse.topology.json\""));
    f.close();
    const auto missing = loadScenarioFile(copy.toStdString());
    QVERIFY(!missing.ok());
    const std::string message = missing.diagnostics.front().format();
    QVERIFY2(message.find("my-drill.scenario.json:6:") != std::string::npos, message.c_str());
    QVERIFY2(message.find("cannot find topology \"../topologies/warehouse.topology.json\"") != std::string::npos,
             message.c_str());
    QVERIFY2(message.find(dir.path().toStdString()) != std::string::npos, message.c_str()); // where it looked first,
    QVERIFY2(message.find("scenarios/topologies/warehouse.topology.json") != std::string::npos,
             message.c_str()); // then
}

void TestScenarioLoader::listsAndResolvesLibrary()
{
    const auto entries = listLibrary((kScenarios + QStringLiteral("/library")).toStdString());
    QVERIFY(!entries.empty());
    QVERIFY(std::is_sorted(entries.begin(), entries.end(), [](const auto& a, const auto& b) { return a.id < b.id; }));
    const auto slow = std::find_if(entries.begin(), entries.end(),
                                   [](const auto& e) { return e.id == "shop-slow-query"; });
    QVERIFY(slow != entries.end());
    QCOMPARE(slow->difficulty, std::string("beginner"));
    QCOMPARE(slow->duration, 30 * kMinute);
    QVERIFY(!slow->title.en.empty());

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("library")));
    QFile::copy(kScenarios + QStringLiteral("/library/shop-slow-query.scenario.json"),
                dir.filePath(QStringLiteral("library/copy.scenario.json")));
    QFile junk(dir.filePath(QStringLiteral("library/junk.scenario.json")));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write("{ not json");
    junk.close();
    qputenv("KUNREN_SCENARIOS", dir.path().toUtf8());
    QCOMPARE(QString::fromStdString(builtinScenarioDir().string()), dir.path());
    QCOMPARE(listLibrary(builtinScenarioDir() / "library").size(), std::size_t(1)); // junk is skipped
    const auto resolved = resolveScenario("shop-slow-query");
    QVERIFY(resolved);
    QCOMPARE(resolved->filename().string(), std::string("copy.scenario.json"));
    const auto byPath = resolveScenario(
        (kScenarios + QStringLiteral("/library/shop-slow-query.scenario.json")).toStdString());
    QVERIFY(byPath);
    QVERIFY(!resolveScenario("no-such-scenario"));
    qunsetenv("KUNREN_SCENARIOS");
    QCOMPARE(QString::fromStdString(builtinScenarioDir().string()), kScenarios);
}

void TestScenarioLoader::detectsDocumentKind()
{
    QCOMPARE(detectDocumentKind(R"({"format": "kunren.topology/1"})", "x.json"), DocumentKind::Topology);
    QCOMPARE(detectDocumentKind(R"({"format": "kunren.scenario/1"})", "x.topology.json"), DocumentKind::Scenario);
    QCOMPARE(detectDocumentKind("{ broken", "x.topology.json"), DocumentKind::Topology);
    QCOMPARE(detectDocumentKind("{}", "x.json"), DocumentKind::Scenario);
}

// One walk over the call graph, two meanings: a queue's delivery to its consumer is a dependency but not a
// call; a cache miss's fallback is a call.
void TestScenarioLoader::callGraphEdges()
{
    const auto result = loadTopologyFile(
        (kScenarios + QStringLiteral("/topologies/platform.topology.json")).toStdString());
    QVERIFY(result.ok());
    int queues = 0, misses = 0;
    for (const ServiceSpec& s : result.value->services) {
        const std::vector<std::string> callees = calleesOf(s, CallEdges::Calls);
        QCOMPARE(std::set<std::string>(callees.begin(), callees.end()).size(), callees.size()); // each once
        if (s.kind == ServiceKind::Queue && !s.resource.consumer.empty()) {
            ++queues;
            QVERIFY(!sendsWorkTo(s, s.resource.consumer, CallEdges::Calls));
            QVERIFY(sendsWorkTo(s, s.resource.consumer, CallEdges::CallsAndDeliveries));
        }
        forEachCall(s, [&](const EndpointSpec&, const CallSpec& c) {
            QVERIFY(sendsWorkTo(s, c.service, CallEdges::Calls));
            if (c.onMiss) {
                ++misses;
                QVERIFY(sendsWorkTo(s, c.onMiss->first, CallEdges::Calls));
            }
        });
        QVERIFY(!sendsWorkTo(s, "no-such-component", CallEdges::CallsAndDeliveries));
    }
    QVERIFY(queues > 0);
    QVERIFY(misses > 0);
}

void TestScenarioLoader::editDistanceCounts()
{
    QCOMPARE(editDistance("", ""), std::size_t(0));
    QCOMPARE(editDistance("payment", "payment"), std::size_t(0));
    QCOMPARE(editDistance("payment", "paymnet"), std::size_t(2));
    QCOMPARE(editDistance("checkout", "chekout"), std::size_t(1));
    QCOMPARE(editDistance("", "abc"), std::size_t(3));
    QCOMPARE(editDistance("timeOut", "timeout"), std::size_t(1));
    QCOMPARE(editDistance("timeOut", "timeout", LetterCase::Ignored), std::size_t(0));
}

QTEST_GUILESS_MAIN(TestScenarioLoader)
#include "tst_scenarioloader.moc"
