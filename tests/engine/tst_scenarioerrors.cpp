// Scenario language: every class of error is reported with its file, line, column and pointer,
// and hostile input never crashes the loader.
#include "LoaderTestSupport.h"

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
using namespace kunren::test;

class TestScenarioErrors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reportsEachErrorClass_data();
    void reportsEachErrorClass();
    void reportsAllErrorsInOneFile();
    void topologyErrorsNameTheTopologyFile();
    void badInputsGiveDiagnostics_data();
    void badInputsGiveDiagnostics();
    void missingFileAndDirectory();
};

void TestScenarioErrors::reportsEachErrorClass_data()
{
    QTest::addColumn<bool>("topology");
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("message");

    // Rows are small documents; line and column are where the offending value (or key) starts.
    // Scenario rows use tests/data/scenarios/mini.topology.json.
    QTest::newRow("syntax missing comma")
        << true << QByteArrayLiteral(R"json({"format": "kunren.topology/1",
 "id": "t" "services": []})json")
        << 2 << 12 << QStringLiteral("") << QStringLiteral("expected ',' or '}' after object member");
    QTest::newRow("syntax trailing comma") << true << QByteArrayLiteral(R"json({"format": "kunren.topology/1",
 "id": "t",
})json") << 3 << 1 << QStringLiteral("") << QStringLiteral("trailing commas are not allowed");
    QTest::newRow("syntax NaN") << true << QByteArrayLiteral(R"json({"format": "kunren.topology/1", "id": NaN})json")
                                << 1 << 39 << QStringLiteral("") << QStringLiteral("invalid value 'NaN'");
    QTest::newRow("syntax unterminated string") << true
                                                << QByteArrayLiteral(R"json({"format": "kunren.topology/1", "id": "t
})json") << 1 << 41 << QStringLiteral("") << QStringLiteral("control character U+000A (LF) must be escaped");
    QTest::newRow("unknown property") << true << QByteArrayLiteral(R"json({"format": "kunren.topology/1", "id": "t",
 "services": [
  {"name": "api", "kind": "http", "deployment": {"replica": 2}, "endpoints": [{"name": "GET /a", "steps": [{"call": {"service": "db", "endpoint": "q"}}]}]},
  {"name": "db", "kind": "database", "endpoints": [{"name": "q"}]}
 ]
})json") << 3 << 50 << QStringLiteral("/services/0/deployment/replica")
                                      << QStringLiteral("unknown property \"replica\"; did you mean \"replicas\"?");
    QTest::newRow("unknown top-level property")
        << true << QByteArrayLiteral(R"json({"format": "kunren.topology/1", "id": "t", "servics": 1,
 "services": [
  {"name": "db", "kind": "database", "endpoints": [{"name": "q"}]}
 ]
})json") << 1
        << 44 << QStringLiteral("/servics") << QStringLiteral("unknown property \"servics\"");
    QTest::newRow("missing required") << true << QByteArrayLiteral(R"json({"format": "kunren.topology/1", "id": "t",
 "services": [
  {"name": "db", "endpoints": []}
 ]
})json") << 3 << 3 << QStringLiteral("/services/0")
                                      << QStringLiteral("missing required property \"kind\"");
    QTest::newRow("wrong type") << true << QByteArrayLiteral(R"json({"format": "kunren.topology/1", "id": "t",
 "services": [
  {"name": "api", "kind": "http", "deployment": {"replicas": "2"}, "endpoints": [{"name": "GET /a", "steps": [{"call": {"service": "db", "endpoint": "q"}}]}]},
  {"name": "db", "kind": "database", "endpoints": [{"name": "q"}]}
 ]
})json") << 3 << 62 << QStringLiteral("/services/0/deployment/replicas")
                                << QStringLiteral("expected integer, found string");
    QTest::newRow("non-integral integer") << true << QByteArrayLiteral(R"json({"format": "kunren.topology/1", "id": "t",
 "services": [
  {"name": "api", "kind": "http", "deployment": {"replicas": 2.5}, "endpoints": [{"name": "GET /a", "steps": [{"call": {"service": "db", "endpoint": "q"}}]}]},
  {"name": "db", "kind": "database", "endpoints": [{"name": "q"}]}
 ]
})json") << 3 << 62 << QStringLiteral("/services/0/deployment/replicas")
                                          << QStringLiteral("expected an integer, found 2.5");
    QTest::newRow("unknown service kind") << true << QByteArrayLiteral(R"json({"format": "kunren.topology/1", "id": "t",
 "services": [
  {"name": "db", "kind": "databse"}
 ]
})json") << 3 << 26 << QStringLiteral("/services/0/kind")
                                          << QStringLiteral("unknown value \"databse\"; expected one of: http, grpc");
    QTest::newRow("bad duration") << true << QByteArrayLiteral(R"json({"format": "kunren.topology/1", "id": "t",
 "services": [
  {"name": "api", "kind": "http", "deployment": {"replicas": 2}, "endpoints": [{"name": "GET /a", "latency": {"p50": "5x"}, "steps": [{"call": {"service": "db", "endpoint": "q"}}]}]},
  {"name": "db", "kind": "database", "endpoints": [{"name": "q"}]}
 ]
})json") << 3 << 118 << QStringLiteral("/services/0/endpoints/0/latency/p50")
                                  << QStringLiteral("must be a duration");
    QTest::newRow("duration of wrong type") << true
                                            << QByteArrayLiteral(R"json({"format": "kunren.topology/1", "id": "t",
 "services": [
  {"name": "api", "kind": "http", "deployment": {"replicas": 2}, "endpoints": [{"name": "GET /a", "latency": {"p50": true}, "steps": [{"call": {"service": "db", "endpoint": "q"}}]}]},
  {"name": "db", "kind": "database", "endpoints": [{"name": "q"}]}
 ]
})json") << 3 << 118 << QStringLiteral("/services/0/endpoints/0/latency/p50")
                                            << QStringLiteral("found boolean; must be a duration string");
    QTest::newRow("bad byte size") << true << QByteArrayLiteral(R"json({"format": "kunren.topology/1", "id": "t",
 "services": [
  {"name": "api", "kind": "http", "deployment": {"memory": {"limit": "5XB"}}, "endpoints": [{"name": "GET /a", "steps": [{"call": {"service": "db", "endpoint": "q"}}]}]},
  {"name": "db", "kind": "database", "endpoints": [{"name": "q"}]}
 ]
})json") << 3 << 70 << QStringLiteral("/services/0/deployment/memory/limit")
                                   << QStringLiteral("must be a byte size");
    QTest::newRow("probability above 1") << true << QByteArrayLiteral(R"json({"format": "kunren.topology/1", "id": "t",
 "services": [
  {"name": "api", "kind": "http", "deployment": {"replicas": 2}, "endpoints": [{"name": "GET /a", "errorRate": 1.5, "steps": [{"call": {"service": "db", "endpoint": "q"}}]}]},
  {"name": "db", "kind": "database", "endpoints": [{"name": "q"}]}
 ]
})json") << 3 << 112 << QStringLiteral("/services/0/endpoints/0/errorRate")
                                         << QStringLiteral("must be at most 1, found 1.5");
    QTest::newRow("negative probability") << true << QByteArrayLiteral(R"json({"format": "kunren.topology/1", "id": "t",
 "services": [
  {"name": "api", "kind": "http", "deployment": {"replicas": 2}, "endpoints": [{"name": "GET /a", "steps": [{"call": {"service": "db", "endpoint": "q", "probability": -0.1}}]}]},
  {"name": "db", "kind": "database", "endpoints": [{"name": "q"}]}
 ]
})json") << 3 << 168 << QStringLiteral("/services/0/endpoints/0/steps/0/call/probability")
                                          << QStringLiteral("must be at least 0");
    QTest::newRow("step with call and parallel")
        << true << QByteArrayLiteral(R"json({"format": "kunren.topology/1", "id": "t",
 "services": [
  {"name": "api", "kind": "http", "deployment": {"replicas": 2}, "endpoints": [{"name": "GET /a", "steps": [{"call": {"service": "db", "endpoint": "q"}, "parallel": []}]}]},
  {"name": "db", "kind": "database", "endpoints": [{"name": "q"}]}
 ]
})json") << 3
        << 109 << QStringLiteral("/services/0/endpoints/0/steps/0")
        << QStringLiteral("must be a step with \"call\" or a step with \"parallel\"");
    QTest::newRow("bad call inside step") << true << QByteArrayLiteral(R"json({"format": "kunren.topology/1", "id": "t",
 "services": [
  {"name": "api", "kind": "http", "deployment": {"replicas": 2}, "endpoints": [{"name": "GET /a", "steps": [{"call": {"service": "db", "endpoint": "q", "retries": "x"}}]}]},
  {"name": "db", "kind": "database", "endpoints": [{"name": "q"}]}
 ]
})json") << 3 << 164 << QStringLiteral("/services/0/endpoints/0/steps/0/call/retries")
                                          << QStringLiteral("expected integer, found string");
    QTest::newRow("wrong format") << true << QByteArrayLiteral(R"json({"format": "kunren.scenario/1", "id": "t",
 "services": [
  {"name": "db", "kind": "database", "endpoints": [{"name": "q"}]}
 ]
})json") << 1 << 12 << QStringLiteral("/format")
                                  << QStringLiteral("must be \"kunren.topology/1\"");
    QTest::newRow("root not an object") << true << QByteArrayLiteral(R"json([1, 2])json") << 1 << 1
                                        << QStringLiteral("/") << QStringLiteral("expected object, found array");
    QTest::newRow("call to unknown service") << true
                                             << QByteArrayLiteral(R"json({"format": "kunren.topology/1", "id": "t",
 "services": [
  {"name": "api", "kind": "http", "deployment": {"replicas": 2}, "endpoints": [{"name": "GET /a", "steps": [{"call": {"service": "dbx", "endpoint": "q"}}]}]},
  {"name": "db", "kind": "database", "endpoints": [{"name": "q"}]}
 ]
})json") << 3 << 130 << QStringLiteral("/services/0/endpoints/0/steps/0/call/service")
                                             << QStringLiteral("unknown service \"dbx\"; did you mean \"db\"?");
    QTest::newRow("call to unknown endpoint")
        << true << QByteArrayLiteral(R"json({"format": "kunren.topology/1", "id": "t",
 "services": [
  {"name": "api", "kind": "http", "deployment": {"replicas": 2}, "endpoints": [{"name": "GET /a", "steps": [{"call": {"service": "db", "endpoint": "nope"}}]}]},
  {"name": "db", "kind": "database", "endpoints": [{"name": "q"}]}
 ]
})json") << 3
        << 148 << QStringLiteral("/services/0/endpoints/0/steps/0/call/endpoint")
        << QStringLiteral("service \"db\" has no endpoint \"nope\" (its endpoints: \"q\")");
    QTest::newRow("parallel call to unknown service")
        << true << QByteArrayLiteral(R"json({"format": "kunren.topology/1", "id": "t",
 "services": [
  {"name": "api", "kind": "http", "deployment": {"replicas": 2}, "endpoints": [{"name": "GET /a", "steps": [{"parallel": [{"service": "db", "endpoint": "q"}, {"service": "zz", "endpoint": "q"}]}]}]},
  {"name": "db", "kind": "database", "endpoints": [{"name": "q"}]}
 ]
})json") << 3
        << 171 << QStringLiteral("/services/0/endpoints/0/steps/0/parallel/1/service")
        << QStringLiteral("unknown service \"zz\"");
    QTest::newRow("onMiss unknown target") << true
                                           << QByteArrayLiteral(R"json({"format": "kunren.topology/1", "id": "t",
 "services": [
  {"name": "api", "kind": "http", "deployment": {"replicas": 2}, "endpoints": [{"name": "GET /a", "steps": [{"call": {"service": "c", "endpoint": "get", "onMiss": {"service": "db", "endpoint": "r"}}}]}]},
  {"name": "db", "kind": "database", "endpoints": [{"name": "q"}]},
  {"name": "c", "kind": "cache", "endpoints": [{"name": "get"}]}
 ]
})json") << 3 << 194 << QStringLiteral("/services/0/endpoints/0/steps/0/call/onMiss/endpoint")
                                           << QStringLiteral("service \"db\" has no endpoint \"r\"");
    QTest::newRow("onMiss on a call to a non-cache")
        << true << QByteArrayLiteral(R"json({"format": "kunren.topology/1", "id": "t",
 "services": [
  {"name": "api", "kind": "http", "deployment": {"replicas": 2}, "endpoints": [{"name": "GET /a", "steps": [{"call": {"service": "db", "endpoint": "q", "onMiss": {"service": "db", "endpoint": "q"}}}]}]},
  {"name": "db", "kind": "database", "endpoints": [{"name": "q"}]}
 ]
})json") << 3
        << 163 << QStringLiteral("/services/0/endpoints/0/steps/0/call/onMiss")
        << QStringLiteral("onMiss only applies to calls to a cache");
    QTest::newRow("call cycle") << true << QByteArrayLiteral(R"json({"format": "kunren.topology/1", "id": "t",
 "services": [
  {"name": "a", "kind": "http", "endpoints": [{"name": "x", "steps": [{"call": {"service": "b", "endpoint": "y"}}]}]},
  {"name": "b", "kind": "http", "endpoints": [{"name": "y", "steps": [{"call": {"service": "a", "endpoint": "x"}}]}]}
 ]
})json") << 4 << 80 << QStringLiteral("/services/1/endpoints/0/steps/0/call")
                                << QStringLiteral("call cycle: a (x) → b (y) → a (x)");
    QTest::newRow("self call cycle") << true << QByteArrayLiteral(R"json({"format": "kunren.topology/1", "id": "t",
 "services": [
  {"name": "a", "kind": "http", "endpoints": [{"name": "x", "steps": [{"call": {"service": "a", "endpoint": "x"}}]}]}
 ]
})json") << 3 << 80 << QStringLiteral("/services/0/endpoints/0/steps/0/call")
                                     << QStringLiteral("call cycle: a (x) → a (x)");
    QTest::newRow("duplicate service") << true << QByteArrayLiteral(R"json({"format": "kunren.topology/1", "id": "t",
 "services": [
  {"name": "db", "kind": "database", "endpoints": [{"name": "q"}]},
  {"name": "db", "kind": "database", "endpoints": [{"name": "q"}]}
 ]
})json") << 4 << 12 << QStringLiteral("/services/1/name")
                                       << QStringLiteral(
                                              "duplicate service \"db\" (first defined at /services/0/name)");
    QTest::newRow("duplicate endpoint") << true << QByteArrayLiteral(R"json({"format": "kunren.topology/1", "id": "t",
 "services": [
  {"name": "db", "kind": "database", "endpoints": [{"name": "q"}, {"name": "q"}]}
 ]
})json") << 3 << 76 << QStringLiteral("/services/0/endpoints/1/name")
                                        << QStringLiteral("duplicate endpoint \"q\"");
    QTest::newRow("autoscaler min above max") << true
                                              << QByteArrayLiteral(R"json({"format": "kunren.topology/1", "id": "t",
 "services": [
  {"name": "api", "kind": "http", "deployment": {"replicas": 2, "autoscaler": {"min": 5, "max": 3}}, "endpoints": [{"name": "GET /a", "steps": [{"call": {"service": "db", "endpoint": "q"}}]}]},
  {"name": "db", "kind": "database", "endpoints": [{"name": "q"}]}
 ]
})json") << 3 << 87 << QStringLiteral("/services/0/deployment/autoscaler/min")
                                              << QStringLiteral("autoscaler min (5) is greater than max (3)");
    QTest::newRow("replicas outside autoscaler range")
        << true << QByteArrayLiteral(R"json({"format": "kunren.topology/1", "id": "t",
 "services": [
  {"name": "api", "kind": "http", "deployment": {"replicas": 9, "autoscaler": {"min": 1, "max": 3}}, "endpoints": [{"name": "GET /a", "steps": [{"call": {"service": "db", "endpoint": "q"}}]}]},
  {"name": "db", "kind": "database", "endpoints": [{"name": "q"}]}
 ]
})json") << 3
        << 62 << QStringLiteral("/services/0/deployment/replicas")
        << QStringLiteral("replicas (9) must be within the autoscaler's range [1, 3]");
    QTest::newRow("memory request above limit")
        << true << QByteArrayLiteral(R"json({"format": "kunren.topology/1", "id": "t",
 "services": [
  {"name": "api", "kind": "http", "deployment": {"memory": {"request": "1Gi", "limit": "512Mi"}}, "endpoints": [{"name": "GET /a", "steps": [{"call": {"service": "db", "endpoint": "q"}}]}]},
  {"name": "db", "kind": "database", "endpoints": [{"name": "q"}]}
 ]
})json") << 3
        << 72 << QStringLiteral("/services/0/deployment/memory/request")
        << QStringLiteral("memory request (1073741824 bytes) is above the limit");
    QTest::newRow("memory baseline above limit")
        << true << QByteArrayLiteral(R"json({"format": "kunren.topology/1", "id": "t",
 "services": [
  {"name": "api", "kind": "http", "deployment": {"memory": {"limit": "512Mi", "baseline": "600Mi"}}, "endpoints": [{"name": "GET /a", "steps": [{"call": {"service": "db", "endpoint": "q"}}]}]},
  {"name": "db", "kind": "database", "endpoints": [{"name": "q"}]}
 ]
})json") << 3
        << 91 << QStringLiteral("/services/0/deployment/memory/baseline") << QStringLiteral("memory baseline");
    QTest::newRow("cpu request above limit") << true
                                             << QByteArrayLiteral(R"json({"format": "kunren.topology/1", "id": "t",
 "services": [
  {"name": "api", "kind": "http", "deployment": {"cpu": {"request": 2, "limit": 1}}, "endpoints": [{"name": "GET /a", "steps": [{"call": {"service": "db", "endpoint": "q"}}]}]},
  {"name": "db", "kind": "database", "endpoints": [{"name": "q"}]}
 ]
})json") << 3 << 69 << QStringLiteral("/services/0/deployment/cpu/request")
                                             << QStringLiteral("CPU request (2.0) is above the limit (1.0)");
    QTest::newRow("p99 below p50") << true << QByteArrayLiteral(R"json({"format": "kunren.topology/1", "id": "t",
 "services": [
  {"name": "api", "kind": "http", "deployment": {"replicas": 2}, "endpoints": [{"name": "GET /a", "latency": {"p50": "40ms", "p99": "10ms"}, "steps": [{"call": {"service": "db", "endpoint": "q"}}]}]},
  {"name": "db", "kind": "database", "endpoints": [{"name": "q"}]}
 ]
})json") << 3 << 133 << QStringLiteral("/services/0/endpoints/0/latency/p99")
                                   << QStringLiteral("p99 (10ms) is below p50 (40ms)");
    QTest::newRow("attribute weights sum to zero")
        << true << QByteArrayLiteral(R"json({"format": "kunren.topology/1", "id": "t",
 "services": [
  {"name": "db", "kind": "database", "endpoints": [{"name": "q"}]}
 ],
 "traffic": {"attributes": {"tier": {"free": 0, "pro": 0}}}
})json") << 5
        << 37 << QStringLiteral("/traffic/attributes/tier")
        << QStringLiteral("the weights of attribute \"tier\" must add up to more than 0");
    QTest::newRow("attribute named like a derived one")
        << true << QByteArrayLiteral(R"json({"format": "kunren.topology/1", "id": "t",
 "services": [
  {"name": "db", "kind": "database", "endpoints": [{"name": "q"}]}
 ],
 "traffic": {"attributes": {"http.status_code": {"200": 1}}}
})json") << 5
        << 49 << QStringLiteral("/traffic/attributes/http.status_code")
        << QStringLiteral("attribute \"http.status_code\" is a name Kunren derives itself from the spans "
                          "(OpenTelemetry's); name the request attribute differently, e.g. \"app.http.status_code\"");
    QTest::newRow("traffic entry unknown endpoint")
        << true << QByteArrayLiteral(R"json({"format": "kunren.topology/1", "id": "t",
 "services": [
  {"name": "db", "kind": "database", "endpoints": [{"name": "q"}]}
 ],
 "traffic": {"entries": [{"service": "db", "endpoint": "zz", "rate": 1}]}
})json") << 5
        << 56 << QStringLiteral("/traffic/entries/0/endpoint")
        << QStringLiteral("service \"db\" has no endpoint \"zz\"");
    QTest::newRow("traffic entry unknown service")
        << true << QByteArrayLiteral(R"json({"format": "kunren.topology/1", "id": "t",
 "services": [
  {"name": "db", "kind": "database", "endpoints": [{"name": "q"}]}
 ],
 "traffic": {"entries": [{"service": "nope", "endpoint": "zz", "rate": 1}]}
})json") << 5
        << 38 << QStringLiteral("/traffic/entries/0/service") << QStringLiteral("unknown service \"nope\"");
    QTest::newRow("queue consumer not a worker")
        << true << QByteArrayLiteral(R"json({"format": "kunren.topology/1", "id": "t",
 "services": [
  {"name": "db", "kind": "database", "endpoints": [{"name": "q"}]},
  {"name": "q", "kind": "queue", "resource": {"consumer": "db", "consumerEndpoint": "q"}, "endpoints": [{"name": "t"}]}
 ]
})json") << 4
        << 59 << QStringLiteral("/services/1/resource/consumer")
        << QStringLiteral("the consumer of a queue must be a worker service, and \"db\" is a database");
    QTest::newRow("queue consumer endpoint unknown")
        << true << QByteArrayLiteral(R"json({"format": "kunren.topology/1", "id": "t",
 "services": [
  {"name": "w", "kind": "worker", "endpoints": [{"name": "p"}]},
  {"name": "q", "kind": "queue", "resource": {"consumer": "w", "consumerEndpoint": "zz"}, "endpoints": [{"name": "t"}]}
 ]
})json") << 4
        << 84 << QStringLiteral("/services/1/resource/consumerEndpoint")
        << QStringLiteral("service \"w\" has no endpoint \"zz\"");
    QTest::newRow("batch without schedule")
        << true << QByteArrayLiteral(R"json({"format": "kunren.topology/1", "id": "t",
 "services": [
  {"name": "b", "kind": "batch", "endpoints": [{"name": "p"}]}
 ]
})json") << 3
        << 3 << QStringLiteral("/services/0") << QStringLiteral("a batch service needs a \"schedule\"");
    QTest::newRow("schedule endpoint unknown") << true
                                               << QByteArrayLiteral(R"json({"format": "kunren.topology/1", "id": "t",
 "services": [
  {"name": "b", "kind": "batch", "schedule": {"endpoint": "zz"}, "endpoints": [{"name": "p"}]}
 ]
})json") << 3 << 59 << QStringLiteral("/services/0/schedule/endpoint")
                                               << QStringLiteral("service \"b\" has no endpoint \"zz\"");
    QTest::newRow("log endpoint unknown") << true << QByteArrayLiteral(R"json({"format": "kunren.topology/1", "id": "t",
 "services": [
  {"name": "db", "kind": "database", "endpoints": [{"name": "q"}], "logs": [{"when": "slow", "endpoint": "zz", "text": "slow"}]}
 ]
})json") << 3 << 106 << QStringLiteral("/services/0/logs/0/endpoint")
                                          << QStringLiteral("service \"db\" has no endpoint \"zz\"");
    QTest::newRow("unknown fault kind")
        << false
        << QByteArrayLiteral(
               R"json({"format": "kunren.scenario/1", "id": "s", "title": {"en": "S"}, "topology": "mini.topology.json",
 "duration": "30m", "answer": {"component": "db", "mechanism": "capacity"},
 "faults": [{"id": "f", "kind": "slow-db", "service": "db"}]
})json") << 3
        << 33 << QStringLiteral("/faults/0/kind")
        << QStringLiteral("unknown value \"slow-db\"; expected one of: latency, errors, bad-deploy, memory-leak");
    QTest::newRow("scenario missing answer")
        << false
        << QByteArrayLiteral(
               R"json({"format": "kunren.scenario/1", "id": "s", "title": {"en": "S"}, "topology": "mini.topology.json",
 "duration": "30m",
 "seed": 1
})json") << 1
        << 1 << QStringLiteral("/") << QStringLiteral("missing required property \"answer\"");
    QTest::newRow("bad difficulty")
        << false
        << QByteArrayLiteral(
               R"json({"format": "kunren.scenario/1", "id": "s", "title": {"en": "S"}, "topology": "mini.topology.json",
 "duration": "30m", "answer": {"component": "db", "mechanism": "capacity"},
 "difficulty": "easy"
})json") << 3
        << 16 << QStringLiteral("/difficulty")
        << QStringLiteral("unknown value \"easy\"; expected one of: beginner, intermediate, advanced");
    QTest::newRow("fault unknown service")
        << false
        << QByteArrayLiteral(
               R"json({"format": "kunren.scenario/1", "id": "s", "title": {"en": "S"}, "topology": "mini.topology.json",
 "duration": "30m", "answer": {"component": "db", "mechanism": "capacity"},
 "faults": [{"id": "f", "kind": "latency", "service": "dbb"}]
})json") << 3
        << 55 << QStringLiteral("/faults/0/service") << QStringLiteral("unknown service \"dbb\"; did you mean \"db\"?");
    QTest::newRow("fault unknown endpoint")
        << false
        << QByteArrayLiteral(
               R"json({"format": "kunren.scenario/1", "id": "s", "title": {"en": "S"}, "topology": "mini.topology.json",
 "duration": "30m", "answer": {"component": "db", "mechanism": "capacity"},
 "faults": [{"id": "f", "kind": "latency", "service": "db", "endpoint": "DROP a"}]
})json") << 3
        << 73 << QStringLiteral("/faults/0/endpoint") << QStringLiteral("service \"db\" has no endpoint \"DROP a\"");
    QTest::newRow("fault starts after the end")
        << false
        << QByteArrayLiteral(
               R"json({"format": "kunren.scenario/1", "id": "s", "title": {"en": "S"}, "topology": "mini.topology.json",
 "duration": "30m", "answer": {"component": "db", "mechanism": "capacity"},
 "faults": [{"id": "f", "kind": "latency", "service": "db", "start": "31m"}]
})json") << 3
        << 70 << QStringLiteral("/faults/0/start")
        << QStringLiteral("the fault starts at 31m, after the drill ends (30m)");
    QTest::newRow("fault ends after the end")
        << false
        << QByteArrayLiteral(
               R"json({"format": "kunren.scenario/1", "id": "s", "title": {"en": "S"}, "topology": "mini.topology.json",
 "duration": "30m", "answer": {"component": "db", "mechanism": "capacity"},
 "faults": [{"id": "f", "kind": "latency", "service": "db", "start": "20m", "duration": "15m"}]
})json") << 3
        << 89 << QStringLiteral("/faults/0/duration")
        << QStringLiteral("the fault runs until 35m, after the drill ends (30m)");
    QTest::newRow("ramp longer than fault")
        << false
        << QByteArrayLiteral(
               R"json({"format": "kunren.scenario/1", "id": "s", "title": {"en": "S"}, "topology": "mini.topology.json",
 "duration": "30m", "answer": {"component": "db", "mechanism": "capacity"},
 "faults": [{"id": "f", "kind": "latency", "service": "db", "ramp": "10m", "duration": "5m"}]
})json") << 3
        << 69 << QStringLiteral("/faults/0/ramp") << QStringLiteral("the ramp (10m) is longer than the fault (5m)");
    QTest::newRow("db fault on a cache")
        << false
        << QByteArrayLiteral(
               R"json({"format": "kunren.scenario/1", "id": "s", "title": {"en": "S"}, "topology": "mini.topology.json",
 "duration": "30m", "answer": {"component": "db", "mechanism": "capacity"},
 "faults": [{"id": "f", "kind": "db-connection-pool", "service": "cache", "magnitude": 0.5}]
})json") << 3
        << 66 << QStringLiteral("/faults/0/service")
        << QStringLiteral("a db-connection-pool fault needs a database, and \"cache\" is a cache");
    QTest::newRow("cache failure on a database")
        << false
        << QByteArrayLiteral(
               R"json({"format": "kunren.scenario/1", "id": "s", "title": {"en": "S"}, "topology": "mini.topology.json",
 "duration": "30m", "answer": {"component": "db", "mechanism": "capacity"},
 "faults": [{"id": "f", "kind": "cache-failure", "service": "db"}]
})json") << 3
        << 61 << QStringLiteral("/faults/0/service") << QStringLiteral("a cache-failure fault needs a cache");
    QTest::newRow("rate limit on a database")
        << false
        << QByteArrayLiteral(
               R"json({"format": "kunren.scenario/1", "id": "s", "title": {"en": "S"}, "topology": "mini.topology.json",
 "duration": "30m", "answer": {"component": "db", "mechanism": "capacity"},
 "faults": [{"id": "f", "kind": "external-rate-limit", "service": "db"}]
})json") << 3
        << 67 << QStringLiteral("/faults/0/service")
        << QStringLiteral("an external-rate-limit fault needs an external, and \"db\" is a database");
    QTest::newRow("consumer lag on a database")
        << false
        << QByteArrayLiteral(
               R"json({"format": "kunren.scenario/1", "id": "s", "title": {"en": "S"}, "topology": "mini.topology.json",
 "duration": "30m", "answer": {"component": "db", "mechanism": "capacity"},
 "faults": [{"id": "f", "kind": "queue-consumer-lag", "service": "db"}]
})json") << 3
        << 66 << QStringLiteral("/faults/0/service") << QStringLiteral("a queue-consumer-lag fault needs a queue");
    QTest::newRow("network fault without to")
        << false
        << QByteArrayLiteral(
               R"json({"format": "kunren.scenario/1", "id": "s", "title": {"en": "S"}, "topology": "mini.topology.json",
 "duration": "30m", "answer": {"component": "db", "mechanism": "capacity"},
 "faults": [{"id": "f", "kind": "network", "service": "api"}]
})json") << 3
        << 13 << QStringLiteral("/faults/0") << QStringLiteral("a network fault needs \"to\"");
    QTest::newRow("unreachable to a service never called")
        << false
        << QByteArrayLiteral(
               R"json({"format": "kunren.scenario/1", "id": "s", "title": {"en": "S"}, "topology": "mini.topology.json",
 "duration": "30m", "answer": {"component": "db", "mechanism": "capacity"},
 "faults": [{"id": "f", "kind": "dependency-unreachable", "service": "api", "to": "w"}]
})json") << 3
        << 83 << QStringLiteral("/faults/0/to") << QStringLiteral("\"api\" never calls \"w\"");
    QTest::newRow("bad deploy without version")
        << false
        << QByteArrayLiteral(
               R"json({"format": "kunren.scenario/1", "id": "s", "title": {"en": "S"}, "topology": "mini.topology.json",
 "duration": "30m", "answer": {"component": "db", "mechanism": "capacity"},
 "faults": [{"id": "f", "kind": "bad-deploy", "service": "api"}]
})json") << 3
        << 13 << QStringLiteral("/faults/0") << QStringLiteral("a bad-deploy fault needs \"version\"");
    QTest::newRow("bad deploy on a database")
        << false
        << QByteArrayLiteral(
               R"json({"format": "kunren.scenario/1", "id": "s", "title": {"en": "S"}, "topology": "mini.topology.json",
 "duration": "30m", "answer": {"component": "db", "mechanism": "capacity"},
 "faults": [{"id": "f", "kind": "bad-deploy", "service": "db", "version": "2"}]
})json") << 3
        << 58 << QStringLiteral("/faults/0/service") << QStringLiteral("needs a service with a deployment");
    QTest::newRow("memory leak on an external")
        << false
        << QByteArrayLiteral(
               R"json({"format": "kunren.scenario/1", "id": "s", "title": {"en": "S"}, "topology": "mini.topology.json",
 "duration": "30m", "answer": {"component": "db", "mechanism": "capacity"},
 "faults": [{"id": "f", "kind": "memory-leak", "service": "ext"}]
})json") << 3
        << 59 << QStringLiteral("/faults/0/service")
        << QStringLiteral("a memory-leak fault needs a service with a deployment, and \"ext\" has none");
    QTest::newRow("traffic spike off the entry points")
        << false
        << QByteArrayLiteral(
               R"json({"format": "kunren.scenario/1", "id": "s", "title": {"en": "S"}, "topology": "mini.topology.json",
 "duration": "30m", "answer": {"component": "db", "mechanism": "capacity"},
 "faults": [{"id": "f", "kind": "traffic-spike", "service": "api"}]
})json") << 3
        << 61 << QStringLiteral("/faults/0/service") << QStringLiteral("receives no entry traffic");
    QTest::newRow("unknown network mode")
        << false
        << QByteArrayLiteral(
               R"json({"format": "kunren.scenario/1", "id": "s", "title": {"en": "S"}, "topology": "mini.topology.json",
 "duration": "30m", "answer": {"component": "db", "mechanism": "capacity"},
 "faults": [{"id": "f", "kind": "network", "service": "api", "to": "ext", "mode": "jitter"}]
})json") << 3
        << 83 << QStringLiteral("/faults/0/mode")
        << QStringLiteral("unknown mode \"jitter\" for network; expected one of: latency, loss, partition");
    QTest::newRow("fraction magnitude above 1")
        << false
        << QByteArrayLiteral(
               R"json({"format": "kunren.scenario/1", "id": "s", "title": {"en": "S"}, "topology": "mini.topology.json",
 "duration": "30m", "answer": {"component": "db", "mechanism": "capacity"},
 "faults": [{"id": "f", "kind": "cache-failure", "service": "cache", "magnitude": 3}]
})json") << 3
        << 83 << QStringLiteral("/faults/0/magnitude") << QStringLiteral("is a fraction between 0 and 1, found 3");
    QTest::newRow("fault event unknown")
        << false
        << QByteArrayLiteral(
               R"json({"format": "kunren.scenario/1", "id": "s", "title": {"en": "S"}, "topology": "mini.topology.json",
 "duration": "30m", "answer": {"component": "db", "mechanism": "capacity"},
 "faults": [{"id": "f", "kind": "latency", "service": "db", "event": "deploy-1"}]
})json") << 3
        << 70 << QStringLiteral("/faults/0/event") << QStringLiteral("unknown event \"deploy-1\"");
    QTest::newRow("slice attribute unknown")
        << false
        << QByteArrayLiteral(
               R"json({"format": "kunren.scenario/1", "id": "s", "title": {"en": "S"}, "topology": "mini.topology.json",
 "duration": "30m", "answer": {"component": "db", "mechanism": "capacity"},
 "faults": [{"id": "f", "kind": "errors", "service": "api", "magnitude": 0.2, "slice": {"attribute": "plan", "value": "pro"}}]
})json") << 3
        << 102 << QStringLiteral("/faults/0/slice/attribute") << QStringLiteral("unknown traffic attribute \"plan\"");
    QTest::newRow("slice value unknown")
        << false
        << QByteArrayLiteral(
               R"json({"format": "kunren.scenario/1", "id": "s", "title": {"en": "S"}, "topology": "mini.topology.json",
 "duration": "30m", "answer": {"component": "db", "mechanism": "capacity"},
 "faults": [{"id": "f", "kind": "errors", "service": "api", "magnitude": 0.2, "slice": {"attribute": "tier", "value": "gold"}}]
})json") << 3
        << 119 << QStringLiteral("/faults/0/slice/value") << QStringLiteral("attribute \"tier\" has no value \"gold\"");
    QTest::newRow("duplicate fault id")
        << false
        << QByteArrayLiteral(
               R"json({"format": "kunren.scenario/1", "id": "s", "title": {"en": "S"}, "topology": "mini.topology.json",
 "duration": "30m", "answer": {"component": "db", "mechanism": "capacity"},
 "faults": [{"id": "f", "kind": "latency", "service": "db"}, {"id": "f", "kind": "latency", "service": "api"}]
})json") << 3
        << 69 << QStringLiteral("/faults/1/id")
        << QStringLiteral("duplicate fault id \"f\" (first defined at /faults/0/id)");
    QTest::newRow("duplicate runbook id")
        << false
        << QByteArrayLiteral(
               R"json({"format": "kunren.scenario/1", "id": "s", "title": {"en": "S"}, "topology": "mini.topology.json",
 "duration": "30m", "answer": {"component": "db", "mechanism": "capacity"},
 "runbooks": [{"id": "r", "title": {"en": "R"}, "body": {"en": "B"}}, {"id": "r", "title": {"en": "R"}, "body": {"en": "B"}}]
})json") << 3
        << 78 << QStringLiteral("/runbooks/1/id") << QStringLiteral("duplicate runbook id \"r\"");
    QTest::newRow("event unknown service")
        << false
        << QByteArrayLiteral(
               R"json({"format": "kunren.scenario/1", "id": "s", "title": {"en": "S"}, "topology": "mini.topology.json",
 "duration": "30m", "answer": {"component": "db", "mechanism": "capacity"},
 "events": [{"id": "e", "kind": "note", "at": "1m", "service": "nope", "title": {"en": "E"}}]
})json") << 3
        << 64 << QStringLiteral("/events/0/service") << QStringLiteral("unknown service \"nope\"");
    QTest::newRow("deploy event without version")
        << false
        << QByteArrayLiteral(
               R"json({"format": "kunren.scenario/1", "id": "s", "title": {"en": "S"}, "topology": "mini.topology.json",
 "duration": "30m", "answer": {"component": "db", "mechanism": "capacity"},
 "events": [{"id": "e", "kind": "deploy", "at": "1m", "service": "api", "title": {"en": "E"}}]
})json") << 3
        << 13 << QStringLiteral("/events/0") << QStringLiteral("a deploy event needs \"version\"");
    QTest::newRow("event after the end")
        << false
        << QByteArrayLiteral(
               R"json({"format": "kunren.scenario/1", "id": "s", "title": {"en": "S"}, "topology": "mini.topology.json",
 "duration": "30m", "answer": {"component": "db", "mechanism": "capacity"},
 "events": [{"id": "e", "kind": "note", "at": "2h", "title": {"en": "E"}}]
})json") << 3
        << 47 << QStringLiteral("/events/0/at") << QStringLiteral("after the drill ends");
    QTest::newRow("monitor unknown runbook")
        << false
        << QByteArrayLiteral(
               R"json({"format": "kunren.scenario/1", "id": "s", "title": {"en": "S"}, "topology": "mini.topology.json",
 "duration": "30m", "answer": {"component": "db", "mechanism": "capacity"},
 "monitors": [{"id": "m", "type": "metric", "name": {"en": "M"}, "runbook": "rb-x"}]
})json") << 3
        << 77 << QStringLiteral("/monitors/0/runbook") << QStringLiteral("unknown runbook \"rb-x\"");
    QTest::newRow("monitor unknown service")
        << false
        << QByteArrayLiteral(
               R"json({"format": "kunren.scenario/1", "id": "s", "title": {"en": "S"}, "topology": "mini.topology.json",
 "duration": "30m", "answer": {"component": "db", "mechanism": "capacity"},
 "monitors": [{"id": "m", "type": "metric", "name": {"en": "M"}, "service": "apx"}]
})json") << 3
        << 77 << QStringLiteral("/monitors/0/service")
        << QStringLiteral("unknown service \"apx\"; did you mean \"api\"?");
    QTest::newRow("answer component unknown")
        << false
        << QByteArrayLiteral(
               R"json({"format": "kunren.scenario/1", "id": "s", "title": {"en": "S"}, "topology": "mini.topology.json",
 "duration": "30m", "answer": {"component": "orders", "mechanism": "capacity"},
 "seed": 1
})json") << 2
        << 45 << QStringLiteral("/answer/component") << QStringLiteral("unknown service \"orders\"");
    QTest::newRow("answer trigger unknown")
        << false
        << QByteArrayLiteral(
               R"json({"format": "kunren.scenario/1", "id": "s", "title": {"en": "S"}, "topology": "mini.topology.json",
 "duration": "30m", "answer": {"component": "db", "mechanism": "capacity", "trigger": "e9"},
 "seed": 1
})json") << 2
        << 87 << QStringLiteral("/answer/trigger") << QStringLiteral("unknown event \"e9\"");
    QTest::newRow("hint after the end")
        << false
        << QByteArrayLiteral(
               R"json({"format": "kunren.scenario/1", "id": "s", "title": {"en": "S"}, "topology": "mini.topology.json",
 "duration": "30m", "answer": {"component": "db", "mechanism": "capacity"},
 "hints": [{"after": "40m", "text": {"en": "H"}}]
})json") << 3
        << 22 << QStringLiteral("/hints/0/after") << QStringLiteral("after the drill ends");
    QTest::newRow("startsAt impossible date")
        << false
        << QByteArrayLiteral(
               R"json({"format": "kunren.scenario/1", "id": "s", "title": {"en": "S"}, "topology": "mini.topology.json",
 "duration": "30m", "answer": {"component": "db", "mechanism": "capacity"},
 "startsAt": "2026-02-30T10:00:00+09:00"
})json") << 3
        << 14 << QStringLiteral("/startsAt") << QStringLiteral("invalid date or time");
    QTest::newRow("startsAt without offset")
        << false
        << QByteArrayLiteral(
               R"json({"format": "kunren.scenario/1", "id": "s", "title": {"en": "S"}, "topology": "mini.topology.json",
 "duration": "30m", "answer": {"component": "db", "mechanism": "capacity"},
 "startsAt": "2026-02-03T10:00:00"
})json") << 3
        << 14 << QStringLiteral("/startsAt") << QStringLiteral("must be an ISO-8601 time with offset");
    QTest::newRow("scenario traffic unknown entry")
        << false
        << QByteArrayLiteral(
               R"json({"format": "kunren.scenario/1", "id": "s", "title": {"en": "S"}, "topology": "mini.topology.json",
 "duration": "30m", "answer": {"component": "db", "mechanism": "capacity"},
 "traffic": {"entries": [{"service": "lb", "endpoint": "GET /b", "rate": 1}]}
})json") << 3
        << 56 << QStringLiteral("/traffic/entries/0/endpoint")
        << QStringLiteral("service \"lb\" has no endpoint \"GET /b\"");
    QTest::newRow("missing topology file")
        << false
        << QByteArrayLiteral(
               R"json({"format": "kunren.scenario/1", "id": "s", "title": {"en": "S"}, "topology": "nowhere.topology.json",
 "duration": "30m", "answer": {"component": "db", "mechanism": "capacity"},
 "seed": 1
})json") << 1
        << 78 << QStringLiteral("/topology") << QStringLiteral("cannot find topology");
}

void TestScenarioErrors::reportsEachErrorClass()
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

void TestScenarioErrors::reportsAllErrorsInOneFile()
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

void TestScenarioErrors::topologyErrorsNameTheTopologyFile()
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

void TestScenarioErrors::badInputsGiveDiagnostics_data()
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
    QTest::newRow("deep arrays") << QByteArray(100000, '[') << 1 << QStringLiteral("nesting is deeper than 256 levels")
                                 << 3;
    QTest::newRow("deep objects") << QByteArray("{\"a\":").repeated(100000) << 1
                                  << QStringLiteral("nesting is deeper than 256 levels") << 3;
    QTest::newRow("deep but closed") << (QByteArray(300, '[') + QByteArray(300, ']')) << 1
                                     << QStringLiteral("nesting is deeper than 256 levels") << 3;
    QTest::newRow("invalid utf-8 in string")
        << QByteArray("{\"id\": \"a\xC3\x28\"}") << 1 << QStringLiteral("ill-formed UTF-8") << 3;
    QTest::newRow("invalid utf-8 outside")
        << QByteArray("{\"id\": \xFF}") << 1 << QStringLiteral("invalid value '\\xFF'") << 3;
    QTest::newRow("NaN") << QByteArray("{\"seed\": NaN}") << 1 << QStringLiteral("invalid value 'NaN'") << 3;
    QTest::newRow("Infinity") << QByteArray("{\"seed\": -Infinity}") << 1 << QStringLiteral("expected digit after '-'")
                              << 3;
    QTest::newRow("huge float") << QByteArray("{\"seed\":\n 1e999}") << 2
                                << QStringLiteral("number is too large: 1e999") << 3;
    QTest::newRow("huge integer seed")
        << QByteArray("{\"format\": \"kunren.scenario/1\", \"seed\": 123456789012345678901234567890}") << 1 << QString()
        << 3;
    QTest::newRow("huge duration")
        << QByteArray("{\"format\": \"kunren.scenario/1\", \"id\": \"s\", \"title\": {\"en\": \"S\"}, \"topology\": "
                      "\"mini.topology.json\",\n"
                      " \"duration\": 1e300, \"answer\": {\"component\": \"db\", \"mechanism\": \"capacity\"}}")
        << 2 << QStringLiteral("invalid or too large duration") << 2;
    QTest::newRow("comment") << QByteArray("// scenario\n{}") << 1 << QStringLiteral("invalid value") << 3;
    QTest::newRow("trailing garbage") << QByteArray("{}\n{}") << 2 << QStringLiteral("after the end of the JSON value")
                                      << 3;
    QTest::newRow("unterminated string") << QByteArray("{\"id\": \"abc") << 1 << QStringLiteral("unterminated string")
                                         << 3;
    QTest::newRow("truncated") << QByteArray("{\"id\": \"abc\",\n \"title\":") << 2
                               << QStringLiteral("unexpected end of file") << 3;
    QTest::newRow("20 MiB") << QByteArray(20 << 20, ' ') << 0 << QStringLiteral("file is too large") << 3;
    QTest::newRow("long string") << (QByteArray("{\"id\": \"") + QByteArray(2 << 20, 'x') + QByteArray("\"}")) << 1
                                 << QStringLiteral("invalid value") << 3;
    QByteArray manyErrors = "{\"services\": [";
    for (int i = 0; i < 500000; ++i)
        manyErrors += "1,";
    manyErrors += "1]}";
    QTest::newRow("half a million bad values")
        << manyErrors << 1 << QStringLiteral("too many errors; stopped after 100") << 1;
}

void TestScenarioErrors::badInputsGiveDiagnostics()
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

void TestScenarioErrors::missingFileAndDirectory()
{
    const auto missing = loadScenarioFile(dataPath("does-not-exist.scenario.json"));
    QVERIFY(!missing.value);
    QCOMPARE(missing.diagnostics.size(), std::size_t(1));
    QCOMPARE(missing.diagnostics[0].line, 0);
    QCOMPARE(missing.diagnostics[0].message, std::string("no such file"));
    QVERIFY(QString::fromStdString(missing.diagnostics[0].format())
                .endsWith(QStringLiteral("does-not-exist.scenario.json: error: no such file")));

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

QTEST_GUILESS_MAIN(TestScenarioErrors)
#include "tst_scenarioerrors.moc"
