// Scenario language: loading, schema validation, semantic checks and their precise diagnostics.
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

using namespace kunren;

namespace {

const QString kData = QStringLiteral(KUNREN_SCENARIO_TEST_DATA);
const QString kScenarios = QStringLiteral(KUNREN_SCENARIO_DIR);

std::filesystem::path dataPath(const char* name) { return std::filesystem::path(kData.toStdString()) / name; }

QString dump(const Diagnostics& diagnostics)
{
    QString out;
    for (const Diagnostic& d : diagnostics)
        out += QString::fromStdString(d.format()) + QLatin1Char('\n');
    return out;
}

Diagnostics load(bool topology, const QByteArray& text)
{
    const std::string_view view(text.constData(), static_cast<std::size_t>(text.size()));
    return topology ? loadTopologyText(view, dataPath("inline.topology.json")).diagnostics
                    : loadScenarioText(view, dataPath("inline.scenario.json")).diagnostics;
}

} // namespace

class TestScenarioLoader : public QObject
{
    Q_OBJECT

private slots:
    void reportsEachErrorClass_data();
    void reportsEachErrorClass();
    void reportsAllErrorsInOneFile();
    void topologyErrorsNameTheTopologyFile();
    void loadsShippedTopology();
    void loadsShippedScenario();
    void libraryValidates_data();
    void libraryValidates();
    void badInputsGiveDiagnostics_data();
    void badInputsGiveDiagnostics();
    void missingFileAndDirectory();
    void positionsOfValuesAndKeys();
    void diagnosticFormat();
    void schemaEnumsMatchModelNames();
    void embeddedSchemasMatchSourceFiles();
    void oneOfReportsTheClosestBranch();
    void isoTimes_data();
    void isoTimes();
    void listsAndResolvesLibrary();
    void detectsDocumentKind();
};

void TestScenarioLoader::reportsEachErrorClass_data()
{
    QTest::addColumn<bool>("topology");
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("message");

    // Rows are small documents; line and column are where the offending value (or key) starts.
    // Scenario rows use tests/data/scenarios/mini.topology.json.
    QTest::newRow("syntax missing comma") << true << QByteArrayLiteral(R"json({"format": "kunren.topology/1",
 "id": "t" "services": []})json") << 2 << 12 << QStringLiteral("") << QStringLiteral("expected ',' or '}' after object member");
    QTest::newRow("syntax trailing comma") << true << QByteArrayLiteral(R"json({"format": "kunren.topology/1",
 "id": "t",
})json") << 3 << 1 << QStringLiteral("") << QStringLiteral("trailing commas are not allowed");
    QTest::newRow("syntax NaN") << true << QByteArrayLiteral(R"json({"format": "kunren.topology/1", "id": NaN})json") << 1 << 39 << QStringLiteral("") << QStringLiteral("invalid value 'NaN'");
    QTest::newRow("syntax unterminated string") << true << QByteArrayLiteral(R"json({"format": "kunren.topology/1", "id": "t
})json") << 1 << 41 << QStringLiteral("") << QStringLiteral("control character U+000A (LF) must be escaped");
    QTest::newRow("unknown property") << true << QByteArrayLiteral(R"json({"format": "kunren.topology/1", "id": "t",
 "services": [
  {"name": "api", "kind": "http", "deployment": {"replica": 2}, "endpoints": [{"name": "GET /a", "steps": [{"call": {"service": "db", "endpoint": "q"}}]}]},
  {"name": "db", "kind": "database", "endpoints": [{"name": "q"}]}
 ]
})json") << 3 << 50 << QStringLiteral("/services/0/deployment/replica") << QStringLiteral("unknown property \"replica\"; did you mean \"replicas\"?");
    QTest::newRow("unknown top-level property") << true << QByteArrayLiteral(R"json({"format": "kunren.topology/1", "id": "t", "servics": 1,
 "services": [
  {"name": "db", "kind": "database", "endpoints": [{"name": "q"}]}
 ]
})json") << 1 << 44 << QStringLiteral("/servics") << QStringLiteral("unknown property \"servics\"");
    QTest::newRow("missing required") << true << QByteArrayLiteral(R"json({"format": "kunren.topology/1", "id": "t",
 "services": [
  {"name": "db", "endpoints": []}
 ]
})json") << 3 << 3 << QStringLiteral("/services/0") << QStringLiteral("missing required property \"kind\"");
    QTest::newRow("wrong type") << true << QByteArrayLiteral(R"json({"format": "kunren.topology/1", "id": "t",
 "services": [
  {"name": "api", "kind": "http", "deployment": {"replicas": "2"}, "endpoints": [{"name": "GET /a", "steps": [{"call": {"service": "db", "endpoint": "q"}}]}]},
  {"name": "db", "kind": "database", "endpoints": [{"name": "q"}]}
 ]
})json") << 3 << 62 << QStringLiteral("/services/0/deployment/replicas") << QStringLiteral("expected integer, found string");
    QTest::newRow("non-integral integer") << true << QByteArrayLiteral(R"json({"format": "kunren.topology/1", "id": "t",
 "services": [
  {"name": "api", "kind": "http", "deployment": {"replicas": 2.5}, "endpoints": [{"name": "GET /a", "steps": [{"call": {"service": "db", "endpoint": "q"}}]}]},
  {"name": "db", "kind": "database", "endpoints": [{"name": "q"}]}
 ]
})json") << 3 << 62 << QStringLiteral("/services/0/deployment/replicas") << QStringLiteral("expected an integer, found 2.5");
    QTest::newRow("unknown service kind") << true << QByteArrayLiteral(R"json({"format": "kunren.topology/1", "id": "t",
 "services": [
  {"name": "db", "kind": "databse"}
 ]
})json") << 3 << 26 << QStringLiteral("/services/0/kind") << QStringLiteral("unknown value \"databse\"; expected one of: http, grpc");
    QTest::newRow("bad duration") << true << QByteArrayLiteral(R"json({"format": "kunren.topology/1", "id": "t",
 "services": [
  {"name": "api", "kind": "http", "deployment": {"replicas": 2}, "endpoints": [{"name": "GET /a", "latency": {"p50": "5x"}, "steps": [{"call": {"service": "db", "endpoint": "q"}}]}]},
  {"name": "db", "kind": "database", "endpoints": [{"name": "q"}]}
 ]
})json") << 3 << 118 << QStringLiteral("/services/0/endpoints/0/latency/p50") << QStringLiteral("must be a duration");
    QTest::newRow("duration of wrong type") << true << QByteArrayLiteral(R"json({"format": "kunren.topology/1", "id": "t",
 "services": [
  {"name": "api", "kind": "http", "deployment": {"replicas": 2}, "endpoints": [{"name": "GET /a", "latency": {"p50": true}, "steps": [{"call": {"service": "db", "endpoint": "q"}}]}]},
  {"name": "db", "kind": "database", "endpoints": [{"name": "q"}]}
 ]
})json") << 3 << 118 << QStringLiteral("/services/0/endpoints/0/latency/p50") << QStringLiteral("found boolean; must be a duration string");
    QTest::newRow("bad byte size") << true << QByteArrayLiteral(R"json({"format": "kunren.topology/1", "id": "t",
 "services": [
  {"name": "api", "kind": "http", "deployment": {"memory": {"limit": "5XB"}}, "endpoints": [{"name": "GET /a", "steps": [{"call": {"service": "db", "endpoint": "q"}}]}]},
  {"name": "db", "kind": "database", "endpoints": [{"name": "q"}]}
 ]
})json") << 3 << 70 << QStringLiteral("/services/0/deployment/memory/limit") << QStringLiteral("must be a byte size");
    QTest::newRow("probability above 1") << true << QByteArrayLiteral(R"json({"format": "kunren.topology/1", "id": "t",
 "services": [
  {"name": "api", "kind": "http", "deployment": {"replicas": 2}, "endpoints": [{"name": "GET /a", "errorRate": 1.5, "steps": [{"call": {"service": "db", "endpoint": "q"}}]}]},
  {"name": "db", "kind": "database", "endpoints": [{"name": "q"}]}
 ]
})json") << 3 << 112 << QStringLiteral("/services/0/endpoints/0/errorRate") << QStringLiteral("must be at most 1, found 1.5");
    QTest::newRow("negative probability") << true << QByteArrayLiteral(R"json({"format": "kunren.topology/1", "id": "t",
 "services": [
  {"name": "api", "kind": "http", "deployment": {"replicas": 2}, "endpoints": [{"name": "GET /a", "steps": [{"call": {"service": "db", "endpoint": "q", "probability": -0.1}}]}]},
  {"name": "db", "kind": "database", "endpoints": [{"name": "q"}]}
 ]
})json") << 3 << 168 << QStringLiteral("/services/0/endpoints/0/steps/0/call/probability") << QStringLiteral("must be at least 0");
    QTest::newRow("step with call and parallel") << true << QByteArrayLiteral(R"json({"format": "kunren.topology/1", "id": "t",
 "services": [
  {"name": "api", "kind": "http", "deployment": {"replicas": 2}, "endpoints": [{"name": "GET /a", "steps": [{"call": {"service": "db", "endpoint": "q"}, "parallel": []}]}]},
  {"name": "db", "kind": "database", "endpoints": [{"name": "q"}]}
 ]
})json") << 3 << 109 << QStringLiteral("/services/0/endpoints/0/steps/0") << QStringLiteral("must be a step with \"call\" or a step with \"parallel\"");
    QTest::newRow("bad call inside step") << true << QByteArrayLiteral(R"json({"format": "kunren.topology/1", "id": "t",
 "services": [
  {"name": "api", "kind": "http", "deployment": {"replicas": 2}, "endpoints": [{"name": "GET /a", "steps": [{"call": {"service": "db", "endpoint": "q", "retries": "x"}}]}]},
  {"name": "db", "kind": "database", "endpoints": [{"name": "q"}]}
 ]
})json") << 3 << 164 << QStringLiteral("/services/0/endpoints/0/steps/0/call/retries") << QStringLiteral("expected integer, found string");
    QTest::newRow("wrong format") << true << QByteArrayLiteral(R"json({"format": "kunren.scenario/1", "id": "t",
 "services": [
  {"name": "db", "kind": "database", "endpoints": [{"name": "q"}]}
 ]
})json") << 1 << 12 << QStringLiteral("/format") << QStringLiteral("must be \"kunren.topology/1\"");
    QTest::newRow("root not an object") << true << QByteArrayLiteral(R"json([1, 2])json") << 1 << 1 << QStringLiteral("") << QStringLiteral("expected object, found array");
    QTest::newRow("call to unknown service") << true << QByteArrayLiteral(R"json({"format": "kunren.topology/1", "id": "t",
 "services": [
  {"name": "api", "kind": "http", "deployment": {"replicas": 2}, "endpoints": [{"name": "GET /a", "steps": [{"call": {"service": "dbx", "endpoint": "q"}}]}]},
  {"name": "db", "kind": "database", "endpoints": [{"name": "q"}]}
 ]
})json") << 3 << 130 << QStringLiteral("/services/0/endpoints/0/steps/0/call/service") << QStringLiteral("unknown service \"dbx\"; did you mean \"db\"?");
    QTest::newRow("call to unknown endpoint") << true << QByteArrayLiteral(R"json({"format": "kunren.topology/1", "id": "t",
 "services": [
  {"name": "api", "kind": "http", "deployment": {"replicas": 2}, "endpoints": [{"name": "GET /a", "steps": [{"call": {"service": "db", "endpoint": "nope"}}]}]},
  {"name": "db", "kind": "database", "endpoints": [{"name": "q"}]}
 ]
})json") << 3 << 148 << QStringLiteral("/services/0/endpoints/0/steps/0/call/endpoint") << QStringLiteral("service \"db\" has no endpoint \"nope\" (its endpoints: \"q\")");
    QTest::newRow("parallel call to unknown service") << true << QByteArrayLiteral(R"json({"format": "kunren.topology/1", "id": "t",
 "services": [
  {"name": "api", "kind": "http", "deployment": {"replicas": 2}, "endpoints": [{"name": "GET /a", "steps": [{"parallel": [{"service": "db", "endpoint": "q"}, {"service": "zz", "endpoint": "q"}]}]}]},
  {"name": "db", "kind": "database", "endpoints": [{"name": "q"}]}
 ]
})json") << 3 << 171 << QStringLiteral("/services/0/endpoints/0/steps/0/parallel/1/service") << QStringLiteral("unknown service \"zz\"");
    QTest::newRow("onMiss unknown target") << true << QByteArrayLiteral(R"json({"format": "kunren.topology/1", "id": "t",
 "services": [
  {"name": "api", "kind": "http", "deployment": {"replicas": 2}, "endpoints": [{"name": "GET /a", "steps": [{"call": {"service": "c", "endpoint": "get", "onMiss": {"service": "db", "endpoint": "r"}}}]}]},
  {"name": "db", "kind": "database", "endpoints": [{"name": "q"}]},
  {"name": "c", "kind": "cache", "endpoints": [{"name": "get"}]}
 ]
})json") << 3 << 194 << QStringLiteral("/services/0/endpoints/0/steps/0/call/onMiss/endpoint") << QStringLiteral("service \"db\" has no endpoint \"r\"");
    QTest::newRow("onMiss on a call to a non-cache") << true << QByteArrayLiteral(R"json({"format": "kunren.topology/1", "id": "t",
 "services": [
  {"name": "api", "kind": "http", "deployment": {"replicas": 2}, "endpoints": [{"name": "GET /a", "steps": [{"call": {"service": "db", "endpoint": "q", "onMiss": {"service": "db", "endpoint": "q"}}}]}]},
  {"name": "db", "kind": "database", "endpoints": [{"name": "q"}]}
 ]
})json") << 3 << 163 << QStringLiteral("/services/0/endpoints/0/steps/0/call/onMiss") << QStringLiteral("onMiss only applies to calls to a cache");
    QTest::newRow("call cycle") << true << QByteArrayLiteral(R"json({"format": "kunren.topology/1", "id": "t",
 "services": [
  {"name": "a", "kind": "http", "endpoints": [{"name": "x", "steps": [{"call": {"service": "b", "endpoint": "y"}}]}]},
  {"name": "b", "kind": "http", "endpoints": [{"name": "y", "steps": [{"call": {"service": "a", "endpoint": "x"}}]}]}
 ]
})json") << 4 << 80 << QStringLiteral("/services/1/endpoints/0/steps/0/call") << QStringLiteral("call cycle: a (x) → b (y) → a (x)");
    QTest::newRow("self call cycle") << true << QByteArrayLiteral(R"json({"format": "kunren.topology/1", "id": "t",
 "services": [
  {"name": "a", "kind": "http", "endpoints": [{"name": "x", "steps": [{"call": {"service": "a", "endpoint": "x"}}]}]}
 ]
})json") << 3 << 80 << QStringLiteral("/services/0/endpoints/0/steps/0/call") << QStringLiteral("call cycle: a (x) → a (x)");
    QTest::newRow("duplicate service") << true << QByteArrayLiteral(R"json({"format": "kunren.topology/1", "id": "t",
 "services": [
  {"name": "db", "kind": "database", "endpoints": [{"name": "q"}]},
  {"name": "db", "kind": "database", "endpoints": [{"name": "q"}]}
 ]
})json") << 4 << 12 << QStringLiteral("/services/1/name") << QStringLiteral("duplicate service \"db\" (first defined at /services/0/name)");
    QTest::newRow("duplicate endpoint") << true << QByteArrayLiteral(R"json({"format": "kunren.topology/1", "id": "t",
 "services": [
  {"name": "db", "kind": "database", "endpoints": [{"name": "q"}, {"name": "q"}]}
 ]
})json") << 3 << 76 << QStringLiteral("/services/0/endpoints/1/name") << QStringLiteral("duplicate endpoint \"q\"");
    QTest::newRow("autoscaler min above max") << true << QByteArrayLiteral(R"json({"format": "kunren.topology/1", "id": "t",
 "services": [
  {"name": "api", "kind": "http", "deployment": {"replicas": 2, "autoscaler": {"min": 5, "max": 3}}, "endpoints": [{"name": "GET /a", "steps": [{"call": {"service": "db", "endpoint": "q"}}]}]},
  {"name": "db", "kind": "database", "endpoints": [{"name": "q"}]}
 ]
})json") << 3 << 87 << QStringLiteral("/services/0/deployment/autoscaler/min") << QStringLiteral("autoscaler min (5) is greater than max (3)");
    QTest::newRow("replicas outside autoscaler range") << true << QByteArrayLiteral(R"json({"format": "kunren.topology/1", "id": "t",
 "services": [
  {"name": "api", "kind": "http", "deployment": {"replicas": 9, "autoscaler": {"min": 1, "max": 3}}, "endpoints": [{"name": "GET /a", "steps": [{"call": {"service": "db", "endpoint": "q"}}]}]},
  {"name": "db", "kind": "database", "endpoints": [{"name": "q"}]}
 ]
})json") << 3 << 62 << QStringLiteral("/services/0/deployment/replicas") << QStringLiteral("replicas (9) must be within the autoscaler's range [1, 3]");
    QTest::newRow("memory request above limit") << true << QByteArrayLiteral(R"json({"format": "kunren.topology/1", "id": "t",
 "services": [
  {"name": "api", "kind": "http", "deployment": {"memory": {"request": "1Gi", "limit": "512Mi"}}, "endpoints": [{"name": "GET /a", "steps": [{"call": {"service": "db", "endpoint": "q"}}]}]},
  {"name": "db", "kind": "database", "endpoints": [{"name": "q"}]}
 ]
})json") << 3 << 72 << QStringLiteral("/services/0/deployment/memory/request") << QStringLiteral("memory request (1073741824 bytes) is above the limit");
    QTest::newRow("memory baseline above limit") << true << QByteArrayLiteral(R"json({"format": "kunren.topology/1", "id": "t",
 "services": [
  {"name": "api", "kind": "http", "deployment": {"memory": {"limit": "512Mi", "baseline": "600Mi"}}, "endpoints": [{"name": "GET /a", "steps": [{"call": {"service": "db", "endpoint": "q"}}]}]},
  {"name": "db", "kind": "database", "endpoints": [{"name": "q"}]}
 ]
})json") << 3 << 91 << QStringLiteral("/services/0/deployment/memory/baseline") << QStringLiteral("memory baseline");
    QTest::newRow("cpu request above limit") << true << QByteArrayLiteral(R"json({"format": "kunren.topology/1", "id": "t",
 "services": [
  {"name": "api", "kind": "http", "deployment": {"cpu": {"request": 2, "limit": 1}}, "endpoints": [{"name": "GET /a", "steps": [{"call": {"service": "db", "endpoint": "q"}}]}]},
  {"name": "db", "kind": "database", "endpoints": [{"name": "q"}]}
 ]
})json") << 3 << 69 << QStringLiteral("/services/0/deployment/cpu/request") << QStringLiteral("CPU request (2.0) is above the limit (1.0)");
    QTest::newRow("p99 below p50") << true << QByteArrayLiteral(R"json({"format": "kunren.topology/1", "id": "t",
 "services": [
  {"name": "api", "kind": "http", "deployment": {"replicas": 2}, "endpoints": [{"name": "GET /a", "latency": {"p50": "40ms", "p99": "10ms"}, "steps": [{"call": {"service": "db", "endpoint": "q"}}]}]},
  {"name": "db", "kind": "database", "endpoints": [{"name": "q"}]}
 ]
})json") << 3 << 133 << QStringLiteral("/services/0/endpoints/0/latency/p99") << QStringLiteral("p99 (10ms) is below p50 (40ms)");
    QTest::newRow("attribute weights sum to zero") << true << QByteArrayLiteral(R"json({"format": "kunren.topology/1", "id": "t",
 "services": [
  {"name": "db", "kind": "database", "endpoints": [{"name": "q"}]}
 ],
 "traffic": {"attributes": {"tier": {"free": 0, "pro": 0}}}
})json") << 5 << 37 << QStringLiteral("/traffic/attributes/tier") << QStringLiteral("the weights of attribute \"tier\" must add up to more than 0");
    QTest::newRow("traffic entry unknown endpoint") << true << QByteArrayLiteral(R"json({"format": "kunren.topology/1", "id": "t",
 "services": [
  {"name": "db", "kind": "database", "endpoints": [{"name": "q"}]}
 ],
 "traffic": {"entries": [{"service": "db", "endpoint": "zz", "rate": 1}]}
})json") << 5 << 56 << QStringLiteral("/traffic/entries/0/endpoint") << QStringLiteral("service \"db\" has no endpoint \"zz\"");
    QTest::newRow("traffic entry unknown service") << true << QByteArrayLiteral(R"json({"format": "kunren.topology/1", "id": "t",
 "services": [
  {"name": "db", "kind": "database", "endpoints": [{"name": "q"}]}
 ],
 "traffic": {"entries": [{"service": "nope", "endpoint": "zz", "rate": 1}]}
})json") << 5 << 38 << QStringLiteral("/traffic/entries/0/service") << QStringLiteral("unknown service \"nope\"");
    QTest::newRow("queue consumer not a worker") << true << QByteArrayLiteral(R"json({"format": "kunren.topology/1", "id": "t",
 "services": [
  {"name": "db", "kind": "database", "endpoints": [{"name": "q"}]},
  {"name": "q", "kind": "queue", "resource": {"consumer": "db", "consumerEndpoint": "q"}, "endpoints": [{"name": "t"}]}
 ]
})json") << 4 << 59 << QStringLiteral("/services/1/resource/consumer") << QStringLiteral("the consumer of a queue must be a worker service, and \"db\" is a database");
    QTest::newRow("queue consumer endpoint unknown") << true << QByteArrayLiteral(R"json({"format": "kunren.topology/1", "id": "t",
 "services": [
  {"name": "w", "kind": "worker", "endpoints": [{"name": "p"}]},
  {"name": "q", "kind": "queue", "resource": {"consumer": "w", "consumerEndpoint": "zz"}, "endpoints": [{"name": "t"}]}
 ]
})json") << 4 << 84 << QStringLiteral("/services/1/resource/consumerEndpoint") << QStringLiteral("service \"w\" has no endpoint \"zz\"");
    QTest::newRow("batch without schedule") << true << QByteArrayLiteral(R"json({"format": "kunren.topology/1", "id": "t",
 "services": [
  {"name": "b", "kind": "batch", "endpoints": [{"name": "p"}]}
 ]
})json") << 3 << 3 << QStringLiteral("/services/0") << QStringLiteral("a batch service needs a \"schedule\"");
    QTest::newRow("schedule endpoint unknown") << true << QByteArrayLiteral(R"json({"format": "kunren.topology/1", "id": "t",
 "services": [
  {"name": "b", "kind": "batch", "schedule": {"endpoint": "zz"}, "endpoints": [{"name": "p"}]}
 ]
})json") << 3 << 59 << QStringLiteral("/services/0/schedule/endpoint") << QStringLiteral("service \"b\" has no endpoint \"zz\"");
    QTest::newRow("log endpoint unknown") << true << QByteArrayLiteral(R"json({"format": "kunren.topology/1", "id": "t",
 "services": [
  {"name": "db", "kind": "database", "endpoints": [{"name": "q"}], "logs": [{"when": "slow", "endpoint": "zz", "text": "slow"}]}
 ]
})json") << 3 << 106 << QStringLiteral("/services/0/logs/0/endpoint") << QStringLiteral("service \"db\" has no endpoint \"zz\"");
    QTest::newRow("unknown fault kind") << false << QByteArrayLiteral(R"json({"format": "kunren.scenario/1", "id": "s", "title": {"en": "S"}, "topology": "mini.topology.json",
 "duration": "30m", "answer": {"component": "db", "mechanism": "capacity"},
 "faults": [{"id": "f", "kind": "slow-db", "service": "db"}]
})json") << 3 << 33 << QStringLiteral("/faults/0/kind") << QStringLiteral("unknown value \"slow-db\"; expected one of: latency, errors, bad-deploy, memory-leak");
    QTest::newRow("scenario missing answer") << false << QByteArrayLiteral(R"json({"format": "kunren.scenario/1", "id": "s", "title": {"en": "S"}, "topology": "mini.topology.json",
 "duration": "30m",
 "seed": 1
})json") << 1 << 1 << QStringLiteral("") << QStringLiteral("missing required property \"answer\"");
    QTest::newRow("bad difficulty") << false << QByteArrayLiteral(R"json({"format": "kunren.scenario/1", "id": "s", "title": {"en": "S"}, "topology": "mini.topology.json",
 "duration": "30m", "answer": {"component": "db", "mechanism": "capacity"},
 "difficulty": "easy"
})json") << 3 << 16 << QStringLiteral("/difficulty") << QStringLiteral("unknown value \"easy\"; expected one of: beginner, intermediate, advanced");
    QTest::newRow("fault unknown service") << false << QByteArrayLiteral(R"json({"format": "kunren.scenario/1", "id": "s", "title": {"en": "S"}, "topology": "mini.topology.json",
 "duration": "30m", "answer": {"component": "db", "mechanism": "capacity"},
 "faults": [{"id": "f", "kind": "latency", "service": "dbb"}]
})json") << 3 << 55 << QStringLiteral("/faults/0/service") << QStringLiteral("unknown service \"dbb\"; did you mean \"db\"?");
    QTest::newRow("fault unknown endpoint") << false << QByteArrayLiteral(R"json({"format": "kunren.scenario/1", "id": "s", "title": {"en": "S"}, "topology": "mini.topology.json",
 "duration": "30m", "answer": {"component": "db", "mechanism": "capacity"},
 "faults": [{"id": "f", "kind": "latency", "service": "db", "endpoint": "DROP a"}]
})json") << 3 << 73 << QStringLiteral("/faults/0/endpoint") << QStringLiteral("service \"db\" has no endpoint \"DROP a\"");
    QTest::newRow("fault starts after the end") << false << QByteArrayLiteral(R"json({"format": "kunren.scenario/1", "id": "s", "title": {"en": "S"}, "topology": "mini.topology.json",
 "duration": "30m", "answer": {"component": "db", "mechanism": "capacity"},
 "faults": [{"id": "f", "kind": "latency", "service": "db", "start": "31m"}]
})json") << 3 << 70 << QStringLiteral("/faults/0/start") << QStringLiteral("the fault starts at 31m, after the drill ends (30m)");
    QTest::newRow("fault ends after the end") << false << QByteArrayLiteral(R"json({"format": "kunren.scenario/1", "id": "s", "title": {"en": "S"}, "topology": "mini.topology.json",
 "duration": "30m", "answer": {"component": "db", "mechanism": "capacity"},
 "faults": [{"id": "f", "kind": "latency", "service": "db", "start": "20m", "duration": "15m"}]
})json") << 3 << 89 << QStringLiteral("/faults/0/duration") << QStringLiteral("the fault runs until 35m, after the drill ends (30m)");
    QTest::newRow("ramp longer than fault") << false << QByteArrayLiteral(R"json({"format": "kunren.scenario/1", "id": "s", "title": {"en": "S"}, "topology": "mini.topology.json",
 "duration": "30m", "answer": {"component": "db", "mechanism": "capacity"},
 "faults": [{"id": "f", "kind": "latency", "service": "db", "ramp": "10m", "duration": "5m"}]
})json") << 3 << 69 << QStringLiteral("/faults/0/ramp") << QStringLiteral("the ramp (10m) is longer than the fault (5m)");
    QTest::newRow("db fault on a cache") << false << QByteArrayLiteral(R"json({"format": "kunren.scenario/1", "id": "s", "title": {"en": "S"}, "topology": "mini.topology.json",
 "duration": "30m", "answer": {"component": "db", "mechanism": "capacity"},
 "faults": [{"id": "f", "kind": "db-connection-pool", "service": "cache", "magnitude": 0.5}]
})json") << 3 << 66 << QStringLiteral("/faults/0/service") << QStringLiteral("a db-connection-pool fault needs a database, and \"cache\" is a cache");
    QTest::newRow("cache failure on a database") << false << QByteArrayLiteral(R"json({"format": "kunren.scenario/1", "id": "s", "title": {"en": "S"}, "topology": "mini.topology.json",
 "duration": "30m", "answer": {"component": "db", "mechanism": "capacity"},
 "faults": [{"id": "f", "kind": "cache-failure", "service": "db"}]
})json") << 3 << 61 << QStringLiteral("/faults/0/service") << QStringLiteral("a cache-failure fault needs a cache");
    QTest::newRow("rate limit on a database") << false << QByteArrayLiteral(R"json({"format": "kunren.scenario/1", "id": "s", "title": {"en": "S"}, "topology": "mini.topology.json",
 "duration": "30m", "answer": {"component": "db", "mechanism": "capacity"},
 "faults": [{"id": "f", "kind": "external-rate-limit", "service": "db"}]
})json") << 3 << 67 << QStringLiteral("/faults/0/service") << QStringLiteral("an external-rate-limit fault needs an external, and \"db\" is a database");
    QTest::newRow("consumer lag on a database") << false << QByteArrayLiteral(R"json({"format": "kunren.scenario/1", "id": "s", "title": {"en": "S"}, "topology": "mini.topology.json",
 "duration": "30m", "answer": {"component": "db", "mechanism": "capacity"},
 "faults": [{"id": "f", "kind": "queue-consumer-lag", "service": "db"}]
})json") << 3 << 66 << QStringLiteral("/faults/0/service") << QStringLiteral("a queue-consumer-lag fault needs a queue");
    QTest::newRow("network fault without to") << false << QByteArrayLiteral(R"json({"format": "kunren.scenario/1", "id": "s", "title": {"en": "S"}, "topology": "mini.topology.json",
 "duration": "30m", "answer": {"component": "db", "mechanism": "capacity"},
 "faults": [{"id": "f", "kind": "network", "service": "api"}]
})json") << 3 << 13 << QStringLiteral("/faults/0") << QStringLiteral("a network fault needs \"to\"");
    QTest::newRow("unreachable to a service never called") << false << QByteArrayLiteral(R"json({"format": "kunren.scenario/1", "id": "s", "title": {"en": "S"}, "topology": "mini.topology.json",
 "duration": "30m", "answer": {"component": "db", "mechanism": "capacity"},
 "faults": [{"id": "f", "kind": "dependency-unreachable", "service": "api", "to": "w"}]
})json") << 3 << 83 << QStringLiteral("/faults/0/to") << QStringLiteral("\"api\" never calls \"w\"");
    QTest::newRow("bad deploy without version") << false << QByteArrayLiteral(R"json({"format": "kunren.scenario/1", "id": "s", "title": {"en": "S"}, "topology": "mini.topology.json",
 "duration": "30m", "answer": {"component": "db", "mechanism": "capacity"},
 "faults": [{"id": "f", "kind": "bad-deploy", "service": "api"}]
})json") << 3 << 13 << QStringLiteral("/faults/0") << QStringLiteral("a bad-deploy fault needs \"version\"");
    QTest::newRow("bad deploy on a database") << false << QByteArrayLiteral(R"json({"format": "kunren.scenario/1", "id": "s", "title": {"en": "S"}, "topology": "mini.topology.json",
 "duration": "30m", "answer": {"component": "db", "mechanism": "capacity"},
 "faults": [{"id": "f", "kind": "bad-deploy", "service": "db", "version": "2"}]
})json") << 3 << 58 << QStringLiteral("/faults/0/service") << QStringLiteral("needs a service with a deployment");
    QTest::newRow("memory leak on an external") << false << QByteArrayLiteral(R"json({"format": "kunren.scenario/1", "id": "s", "title": {"en": "S"}, "topology": "mini.topology.json",
 "duration": "30m", "answer": {"component": "db", "mechanism": "capacity"},
 "faults": [{"id": "f", "kind": "memory-leak", "service": "ext"}]
})json") << 3 << 59 << QStringLiteral("/faults/0/service") << QStringLiteral("a memory-leak fault needs a service with a deployment, and \"ext\" has none");
    QTest::newRow("traffic spike off the entry points") << false << QByteArrayLiteral(R"json({"format": "kunren.scenario/1", "id": "s", "title": {"en": "S"}, "topology": "mini.topology.json",
 "duration": "30m", "answer": {"component": "db", "mechanism": "capacity"},
 "faults": [{"id": "f", "kind": "traffic-spike", "service": "api"}]
})json") << 3 << 61 << QStringLiteral("/faults/0/service") << QStringLiteral("receives no entry traffic");
    QTest::newRow("unknown network mode") << false << QByteArrayLiteral(R"json({"format": "kunren.scenario/1", "id": "s", "title": {"en": "S"}, "topology": "mini.topology.json",
 "duration": "30m", "answer": {"component": "db", "mechanism": "capacity"},
 "faults": [{"id": "f", "kind": "network", "service": "api", "to": "ext", "mode": "jitter"}]
})json") << 3 << 83 << QStringLiteral("/faults/0/mode") << QStringLiteral("unknown mode \"jitter\" for network; expected one of: latency, loss, partition");
    QTest::newRow("fraction magnitude above 1") << false << QByteArrayLiteral(R"json({"format": "kunren.scenario/1", "id": "s", "title": {"en": "S"}, "topology": "mini.topology.json",
 "duration": "30m", "answer": {"component": "db", "mechanism": "capacity"},
 "faults": [{"id": "f", "kind": "cache-failure", "service": "cache", "magnitude": 3}]
})json") << 3 << 83 << QStringLiteral("/faults/0/magnitude") << QStringLiteral("is a fraction between 0 and 1, found 3");
    QTest::newRow("fault event unknown") << false << QByteArrayLiteral(R"json({"format": "kunren.scenario/1", "id": "s", "title": {"en": "S"}, "topology": "mini.topology.json",
 "duration": "30m", "answer": {"component": "db", "mechanism": "capacity"},
 "faults": [{"id": "f", "kind": "latency", "service": "db", "event": "deploy-1"}]
})json") << 3 << 70 << QStringLiteral("/faults/0/event") << QStringLiteral("unknown event \"deploy-1\"");
    QTest::newRow("slice attribute unknown") << false << QByteArrayLiteral(R"json({"format": "kunren.scenario/1", "id": "s", "title": {"en": "S"}, "topology": "mini.topology.json",
 "duration": "30m", "answer": {"component": "db", "mechanism": "capacity"},
 "faults": [{"id": "f", "kind": "errors", "service": "api", "magnitude": 0.2, "slice": {"attribute": "plan", "value": "pro"}}]
})json") << 3 << 102 << QStringLiteral("/faults/0/slice/attribute") << QStringLiteral("unknown traffic attribute \"plan\"");
    QTest::newRow("slice value unknown") << false << QByteArrayLiteral(R"json({"format": "kunren.scenario/1", "id": "s", "title": {"en": "S"}, "topology": "mini.topology.json",
 "duration": "30m", "answer": {"component": "db", "mechanism": "capacity"},
 "faults": [{"id": "f", "kind": "errors", "service": "api", "magnitude": 0.2, "slice": {"attribute": "tier", "value": "gold"}}]
})json") << 3 << 119 << QStringLiteral("/faults/0/slice/value") << QStringLiteral("attribute \"tier\" has no value \"gold\"");
    QTest::newRow("duplicate fault id") << false << QByteArrayLiteral(R"json({"format": "kunren.scenario/1", "id": "s", "title": {"en": "S"}, "topology": "mini.topology.json",
 "duration": "30m", "answer": {"component": "db", "mechanism": "capacity"},
 "faults": [{"id": "f", "kind": "latency", "service": "db"}, {"id": "f", "kind": "latency", "service": "api"}]
})json") << 3 << 69 << QStringLiteral("/faults/1/id") << QStringLiteral("duplicate fault id \"f\" (first defined at /faults/0/id)");
    QTest::newRow("duplicate runbook id") << false << QByteArrayLiteral(R"json({"format": "kunren.scenario/1", "id": "s", "title": {"en": "S"}, "topology": "mini.topology.json",
 "duration": "30m", "answer": {"component": "db", "mechanism": "capacity"},
 "runbooks": [{"id": "r", "title": {"en": "R"}, "body": {"en": "B"}}, {"id": "r", "title": {"en": "R"}, "body": {"en": "B"}}]
})json") << 3 << 78 << QStringLiteral("/runbooks/1/id") << QStringLiteral("duplicate runbook id \"r\"");
    QTest::newRow("event unknown service") << false << QByteArrayLiteral(R"json({"format": "kunren.scenario/1", "id": "s", "title": {"en": "S"}, "topology": "mini.topology.json",
 "duration": "30m", "answer": {"component": "db", "mechanism": "capacity"},
 "events": [{"id": "e", "kind": "note", "at": "1m", "service": "nope", "title": {"en": "E"}}]
})json") << 3 << 64 << QStringLiteral("/events/0/service") << QStringLiteral("unknown service \"nope\"");
    QTest::newRow("deploy event without version") << false << QByteArrayLiteral(R"json({"format": "kunren.scenario/1", "id": "s", "title": {"en": "S"}, "topology": "mini.topology.json",
 "duration": "30m", "answer": {"component": "db", "mechanism": "capacity"},
 "events": [{"id": "e", "kind": "deploy", "at": "1m", "service": "api", "title": {"en": "E"}}]
})json") << 3 << 13 << QStringLiteral("/events/0") << QStringLiteral("a deploy event needs \"version\"");
    QTest::newRow("event after the end") << false << QByteArrayLiteral(R"json({"format": "kunren.scenario/1", "id": "s", "title": {"en": "S"}, "topology": "mini.topology.json",
 "duration": "30m", "answer": {"component": "db", "mechanism": "capacity"},
 "events": [{"id": "e", "kind": "note", "at": "2h", "title": {"en": "E"}}]
})json") << 3 << 47 << QStringLiteral("/events/0/at") << QStringLiteral("after the drill ends");
    QTest::newRow("monitor unknown runbook") << false << QByteArrayLiteral(R"json({"format": "kunren.scenario/1", "id": "s", "title": {"en": "S"}, "topology": "mini.topology.json",
 "duration": "30m", "answer": {"component": "db", "mechanism": "capacity"},
 "monitors": [{"id": "m", "type": "metric", "name": {"en": "M"}, "runbook": "rb-x"}]
})json") << 3 << 77 << QStringLiteral("/monitors/0/runbook") << QStringLiteral("unknown runbook \"rb-x\"");
    QTest::newRow("monitor unknown service") << false << QByteArrayLiteral(R"json({"format": "kunren.scenario/1", "id": "s", "title": {"en": "S"}, "topology": "mini.topology.json",
 "duration": "30m", "answer": {"component": "db", "mechanism": "capacity"},
 "monitors": [{"id": "m", "type": "metric", "name": {"en": "M"}, "service": "apx"}]
})json") << 3 << 77 << QStringLiteral("/monitors/0/service") << QStringLiteral("unknown service \"apx\"; did you mean \"api\"?");
    QTest::newRow("answer component unknown") << false << QByteArrayLiteral(R"json({"format": "kunren.scenario/1", "id": "s", "title": {"en": "S"}, "topology": "mini.topology.json",
 "duration": "30m", "answer": {"component": "orders", "mechanism": "capacity"},
 "seed": 1
})json") << 2 << 45 << QStringLiteral("/answer/component") << QStringLiteral("unknown service \"orders\"");
    QTest::newRow("answer trigger unknown") << false << QByteArrayLiteral(R"json({"format": "kunren.scenario/1", "id": "s", "title": {"en": "S"}, "topology": "mini.topology.json",
 "duration": "30m", "answer": {"component": "db", "mechanism": "capacity", "trigger": "e9"},
 "seed": 1
})json") << 2 << 87 << QStringLiteral("/answer/trigger") << QStringLiteral("unknown event \"e9\"");
    QTest::newRow("hint after the end") << false << QByteArrayLiteral(R"json({"format": "kunren.scenario/1", "id": "s", "title": {"en": "S"}, "topology": "mini.topology.json",
 "duration": "30m", "answer": {"component": "db", "mechanism": "capacity"},
 "hints": [{"after": "40m", "text": {"en": "H"}}]
})json") << 3 << 22 << QStringLiteral("/hints/0/after") << QStringLiteral("after the drill ends");
    QTest::newRow("startsAt impossible date") << false << QByteArrayLiteral(R"json({"format": "kunren.scenario/1", "id": "s", "title": {"en": "S"}, "topology": "mini.topology.json",
 "duration": "30m", "answer": {"component": "db", "mechanism": "capacity"},
 "startsAt": "2026-02-30T10:00:00+09:00"
})json") << 3 << 14 << QStringLiteral("/startsAt") << QStringLiteral("invalid date or time");
    QTest::newRow("startsAt without offset") << false << QByteArrayLiteral(R"json({"format": "kunren.scenario/1", "id": "s", "title": {"en": "S"}, "topology": "mini.topology.json",
 "duration": "30m", "answer": {"component": "db", "mechanism": "capacity"},
 "startsAt": "2026-02-03T10:00:00"
})json") << 3 << 14 << QStringLiteral("/startsAt") << QStringLiteral("must be an ISO-8601 time with offset");
    QTest::newRow("scenario traffic unknown entry") << false << QByteArrayLiteral(R"json({"format": "kunren.scenario/1", "id": "s", "title": {"en": "S"}, "topology": "mini.topology.json",
 "duration": "30m", "answer": {"component": "db", "mechanism": "capacity"},
 "traffic": {"entries": [{"service": "lb", "endpoint": "GET /b", "rate": 1}]}
})json") << 3 << 56 << QStringLiteral("/traffic/entries/0/endpoint") << QStringLiteral("service \"lb\" has no endpoint \"GET /b\"");
    QTest::newRow("missing topology file") << false << QByteArrayLiteral(R"json({"format": "kunren.scenario/1", "id": "s", "title": {"en": "S"}, "topology": "nowhere.topology.json",
 "duration": "30m", "answer": {"component": "db", "mechanism": "capacity"},
 "seed": 1
})json") << 1 << 78 << QStringLiteral("/topology") << QStringLiteral("cannot load topology");
}

void TestScenarioLoader::reportsEachErrorClass()
{
    QFETCH(bool, topology);
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, pointer);
    QFETCH(QString, message);

    const Diagnostics diagnostics = load(topology, text);
    const auto it = std::find_if(diagnostics.begin(), diagnostics.end(), [&](const Diagnostic& d) {
        return QString::fromStdString(d.pointer) == pointer && QString::fromStdString(d.message).contains(message);
    });
    QVERIFY2(it != diagnostics.end(), qPrintable(QStringLiteral("no diagnostic at '%1' containing '%2'; got:\n%3")
                                                     .arg(pointer, message, dump(diagnostics))));
    QCOMPARE(it->line, line);
    QCOMPARE(it->column, column);
    QVERIFY(QString::fromStdString(it->file).endsWith(topology ? QStringLiteral("inline.topology.json")
                                                               : QStringLiteral("inline.scenario.json")));
}

void TestScenarioLoader::reportsAllErrorsInOneFile()
{
    // Three semantic errors in a topology: all are reported, in text order.
    const QByteArray topology = R"json({"format": "kunren.topology/1", "id": "t", "services": [
  {"name": "a", "kind": "http", "endpoints": [{"name": "x", "steps": [{"call": {"service": "nope", "endpoint": "y"}}]}]},
  {"name": "a", "kind": "database", "endpoints": [{"name": "q", "latency": {"p50": "9ms", "p99": "1ms"}}]}
]})json";
    const Diagnostics t = load(true, topology);
    QCOMPARE(t.size(), std::size_t(3));
    QCOMPARE(t[0].pointer, std::string("/services/0/endpoints/0/steps/0/call/service"));
    QCOMPARE(t[1].pointer, std::string("/services/1/name"));
    QCOMPARE(t[2].pointer, std::string("/services/1/endpoints/0/latency/p99"));
    QCOMPARE(t[2].line, 3);

    // Four schema errors in a scenario: all are reported, not just the first.
    const QByteArray scenario = R"json({"format": "kunren.scenario/1", "id": "s", "title": {"en": "S"},
 "topology": "mini.topology.json", "duration": "30 minutes", "difficulty": "hard",
 "faults": [{"id": "f", "kind": "latency", "service": "db", "magnitud": 2}],
 "answer": {"component": "db"}})json";
    const Diagnostics s = load(false, scenario);
    QCOMPARE(s.size(), std::size_t(4));
    QCOMPARE(s[0].pointer, std::string("/duration"));
    QCOMPARE(s[1].pointer, std::string("/difficulty"));
    QCOMPARE(s[2].pointer, std::string("/faults/0/magnitud"));
    QCOMPARE(s[3].pointer, std::string("/answer"));
    QVERIFY(QString::fromStdString(s[3].message).contains(QStringLiteral("\"mechanism\"")));

    // Semantic errors of a scenario all come too.
    const QByteArray semantic = R"json({"format": "kunren.scenario/1", "id": "s", "title": {"en": "S"},
 "topology": "mini.topology.json", "duration": "30m",
 "faults": [{"id": "f", "kind": "cache-failure", "service": "db", "start": "40m"},
            {"id": "f", "kind": "latency", "service": "zz"}],
 "answer": {"component": "yy", "mechanism": "capacity", "trigger": "none"}})json";
    const Diagnostics m = load(false, semantic);
    QCOMPARE(m.size(), std::size_t(6));
}

void TestScenarioLoader::topologyErrorsNameTheTopologyFile()
{
    const QByteArray scenario = R"json({"format": "kunren.scenario/1", "id": "s", "title": {"en": "S"},
 "topology": "broken.topology.json", "duration": "30m", "answer": {"component": "db", "mechanism": "capacity"}})json";
    const Diagnostics d = load(false, scenario);
    QCOMPARE(d.size(), std::size_t(1));
    QVERIFY(QString::fromStdString(d[0].file).endsWith(QStringLiteral("broken.topology.json")));
    QCOMPARE(d[0].pointer, std::string("/services/1/deployment/replicas"));
    QCOMPARE(d[0].line, 10);
    QCOMPARE(d[0].column, 33);
}

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
    const auto result = loadScenarioFile((kScenarios + QStringLiteral("/library/shop-slow-query.scenario.json")).toStdString());
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
    QCOMPARE(s.monitors.size(), std::size_t(1));
    QCOMPARE(s.monitors[0].route, RouteKind::Page);
    QCOMPARE(s.monitors[0].slo, 0.999);
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

void TestScenarioLoader::badInputsGiveDiagnostics_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("kinds"); // which loaders must report `message`: 3 both, 1 topology, 2 scenario

    QByteArray binary;
    for (int i = 0; i < 4096; ++i)
        binary.append(static_cast<char>((i * 7919 + 13) % 256));
    QTest::newRow("empty") << QByteArray() << 1 << QStringLiteral("the file is empty") << 3;
    QTest::newRow("whitespace") << QByteArray("  \n\t\n ") << 3 << QStringLiteral("the file is empty") << 3;
    QTest::newRow("binary") << binary << 1 << QString() << 3;
    QTest::newRow("nul bytes") << QByteArray("{\"id\": \0\0\0}", 11) << 1 << QStringLiteral("unexpected NUL byte") << 3;
    QTest::newRow("deep arrays") << QByteArray(100000, '[') << 1 << QStringLiteral("nesting is deeper than 256 levels") << 3;
    QTest::newRow("deep objects") << QByteArray("{\"a\":").repeated(100000) << 1 << QStringLiteral("nesting is deeper than 256 levels") << 3;
    QTest::newRow("deep but closed") << (QByteArray(300, '[') + QByteArray(300, ']')) << 1
                                     << QStringLiteral("nesting is deeper than 256 levels") << 3;
    QTest::newRow("invalid utf-8 in string") << QByteArray("{\"id\": \"a\xC3\x28\"}") << 1 << QStringLiteral("ill-formed UTF-8") << 3;
    QTest::newRow("invalid utf-8 outside") << QByteArray("{\"id\": \xFF}") << 1 << QStringLiteral("invalid value '\\xFF'") << 3;
    QTest::newRow("NaN") << QByteArray("{\"seed\": NaN}") << 1 << QStringLiteral("invalid value 'NaN'") << 3;
    QTest::newRow("Infinity") << QByteArray("{\"seed\": -Infinity}") << 1 << QStringLiteral("expected digit after '-'") << 3;
    QTest::newRow("huge float") << QByteArray("{\"seed\":\n 1e999}") << 2 << QStringLiteral("number is too large: 1e999") << 3;
    QTest::newRow("huge integer seed") << QByteArray("{\"format\": \"kunren.scenario/1\", \"seed\": 123456789012345678901234567890}")
                                       << 1 << QString() << 3;
    QTest::newRow("huge duration")
        << QByteArray("{\"format\": \"kunren.scenario/1\", \"id\": \"s\", \"title\": {\"en\": \"S\"}, \"topology\": \"mini.topology.json\",\n"
                      " \"duration\": 1e300, \"answer\": {\"component\": \"db\", \"mechanism\": \"x\"}}")
        << 2 << QStringLiteral("invalid or too large duration") << 2;
    QTest::newRow("comment") << QByteArray("// scenario\n{}") << 1 << QStringLiteral("invalid value") << 3;
    QTest::newRow("trailing garbage") << QByteArray("{}\n{}") << 2 << QStringLiteral("after the end of the JSON value") << 3;
    QTest::newRow("unterminated string") << QByteArray("{\"id\": \"abc") << 1 << QStringLiteral("unterminated string") << 3;
    QTest::newRow("truncated") << QByteArray("{\"id\": \"abc\",\n \"title\":") << 2 << QStringLiteral("unexpected end of file") << 3;
    QTest::newRow("20 MiB") << QByteArray(20 << 20, ' ') << 0 << QStringLiteral("file is too large") << 3;
    QTest::newRow("long string") << (QByteArray("{\"id\": \"") + QByteArray(2 << 20, 'x') + QByteArray("\"}")) << 1
                                 << QStringLiteral("invalid value") << 3;
    QByteArray manyErrors = "{\"services\": [";
    for (int i = 0; i < 500000; ++i)
        manyErrors += "1,";
    manyErrors += "1]}";
    QTest::newRow("half a million bad values") << manyErrors << 1 << QStringLiteral("too many errors; stopped after 100") << 1;
}

void TestScenarioLoader::badInputsGiveDiagnostics()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    QFETCH(QString, message);
    QFETCH(int, kinds);
    for (const bool topology : {false, true}) {
        const Diagnostics d = load(topology, text);
        QVERIFY(!d.empty());
        if (message.isEmpty() || !(kinds & (topology ? 1 : 2)))
            continue;
        const bool found = std::any_of(d.begin(), d.end(), [&](const Diagnostic& x) {
            return x.line == line && QString::fromStdString(x.message).contains(message);
        });
        QVERIFY2(found, qPrintable(dump(d).left(2000)));
    }
}

void TestScenarioLoader::missingFileAndDirectory()
{
    const auto missing = loadScenarioFile(dataPath("does-not-exist.scenario.json"));
    QVERIFY(!missing.value);
    QCOMPARE(missing.diagnostics.size(), std::size_t(1));
    QCOMPARE(missing.diagnostics[0].line, 0);
    QCOMPARE(missing.diagnostics[0].message, std::string("no such file"));
    QVERIFY(QString::fromStdString(missing.diagnostics[0].format()).endsWith(QStringLiteral("does-not-exist.scenario.json: error: no such file")));

    const auto directory = loadTopologyFile(kData.toStdString());
    QVERIFY(!directory.value);
    QCOMPARE(directory.diagnostics.size(), std::size_t(1));
    QVERIFY(QString::fromStdString(directory.diagnostics[0].message).contains(QStringLiteral("directory")));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile big(dir.filePath(QStringLiteral("big.scenario.json")));
    QVERIFY(big.open(QIODevice::WriteOnly));
    QVERIFY(big.resize(50 << 20));
    big.close();
    const auto tooBig = loadScenarioFile(big.fileName().toStdString());
    QCOMPARE(tooBig.diagnostics.size(), std::size_t(1));
    QVERIFY(QString::fromStdString(tooBig.diagnostics[0].message).contains(QStringLiteral("too large (50 MiB")));
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
    QCOMPARE(at("/b/7"), at("/b"));                      // unknown pointers fall back to their nearest ancestor

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
    QCOMPARE(faultKinds.size(), std::size_t(15));
    for (const auto& k : faultKinds)
        QVERIFY2(faultKindFromString(k.get<std::string>()), k.get<std::string>().c_str());
    for (const auto& k : scenario["$defs"]["event"]["properties"]["kind"]["enum"])
        QVERIFY2(eventKindFromString(k.get<std::string>()), k.get<std::string>().c_str());
}

void TestScenarioLoader::embeddedSchemasMatchSourceFiles()
{
    for (const auto& [name, embedded] : {std::pair("topology", topologySchemaText()), std::pair("scenario", scenarioSchemaText())}) {
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
        for (const Issue& i : validator.validate(nlohmann::json::parse(doc)))
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

void TestScenarioLoader::listsAndResolvesLibrary()
{
    const auto entries = listLibrary((kScenarios + QStringLiteral("/library")).toStdString());
    QVERIFY(!entries.empty());
    QVERIFY(std::is_sorted(entries.begin(), entries.end(), [](const auto& a, const auto& b) { return a.id < b.id; }));
    const auto slow = std::find_if(entries.begin(), entries.end(), [](const auto& e) { return e.id == "shop-slow-query"; });
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
    const auto byPath = resolveScenario((kScenarios + QStringLiteral("/library/shop-slow-query.scenario.json")).toStdString());
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

QTEST_GUILESS_MAIN(TestScenarioLoader)
#include "tst_scenarioloader.moc"
