// Every class of error a topology file can have, one data row each (tst_scenarioerrors).
#include "ErrorRows.h"

#include <QtTest>

namespace kunren::test {

void addTopologyErrorRows()
{
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
}

} // namespace kunren::test
