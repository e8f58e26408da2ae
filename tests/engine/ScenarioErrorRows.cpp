// Every class of error a scenario file can have, one data row each (tst_scenarioerrors). The rows use
// tests/data/scenarios/mini.topology.json.
#include "ErrorRows.h"

#include <QtTest>

namespace kunren::test {

void addScenarioErrorRows()
{
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

} // namespace kunren::test
