// Scenario language: every class of error is reported with its file, line, column and pointer,
// and hostile input never crashes the loader.
#include "ErrorRows.h"
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

    addTopologyErrorRows();
    addScenarioErrorRows();
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
