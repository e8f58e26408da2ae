// The action log's JSON-lines form: what the app writes, what `kunren-cli score` reads.
#include "drill/ActionLogJson.h"
#include "scenario/ScenarioLoader.h"

#include <QtTest>

#include <fstream>
#include <sstream>

using namespace kunren;

namespace {

std::vector<std::string> messages(const ActionLogRead& r)
{
    std::vector<std::string> out;
    for (const Diagnostic& d : r.diagnostics)
        out.push_back(d.format());
    return out;
}

bool contains(const std::vector<std::string>& all, std::string_view text)
{
    for (const auto& m : all)
        if (m.find(text) != std::string::npos)
            return true;
    return false;
}

QByteArray joined(const std::vector<std::string>& all)
{
    std::string out;
    for (const auto& m : all)
        out += m + "\n";
    return QByteArray::fromStdString(out);
}

} // namespace

class TestActionLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyActionTypeRoundTrips()
    {
        const std::vector<DrillAction> log = {
            DrillAction::start(0, "shop-slow-query", 42),
            DrillAction::ackAlert(61500 * kMillisecond, "checkout-slo"),
            DrillAction::openView(62 * kSecond, "traces"),
            DrillAction::runQuery(70 * kSecond, "logs", "service:checkout \"timed out\""),
            DrillAction::takeHint(80 * kSecond, 1),
            DrillAction::submitHypothesis(90 * kSecond,
                                          {"orders-db", "resource-exhaustion", "", {"span:ab/cd", "event:x"}}),
            DrillAction::applyMitigation(95 * kSecond, "raise-limit", "orders-db"),
            DrillAction::applyMitigation(96 * kSecond, "none", ""),
            DrillAction::addNote(97 * kSecond, "注文が遅い — INSERT orders"),
            DrillAction::transitionIssue(98 * kSecond, 0x9c2f4e1a0b7d3358ULL, "RESOLVED",
                                         "payment IllegalArgumentException: amount"),
            DrillAction::transitionIssue(99 * kSecond, 0x00000000000000ffULL, "FOR_REVIEW"),
            DrillAction::end(100 * kSecond, "resolved"),
        };
        const std::string text = actionLogToJsonl(log);
        const ActionLogRead back = parseActionLog(text, "log.jsonl");
        QVERIFY2(back.ok(), joined(messages(back)));
        QVERIFY(back.actions == log);
        QVERIFY(text.find("{\"at\":61.5,\"type\":\"alert.ack\",\"alert\":\"checkout-slo\"}") != std::string::npos);
        QVERIFY(text.find("{\"at\":0,\"type\":\"drill.start\",\"scenario\":\"shop-slow-query\",\"seed\":42}") == 0);
        // The fingerprint as a string of 16 hex digits (JSON numbers above 2^53 do not survive most readers).
        QVERIFY(
            text.find("{\"at\":98,\"type\":\"issue.transition\",\"issue\":\"9c2f4e1a0b7d3358\",\"state\":\"RESOLVED\","
                      "\"title\":\"payment IllegalArgumentException: amount\"}") != std::string::npos);
        QVERIFY(
            text.find(
                "{\"at\":99,\"type\":\"issue.transition\",\"issue\":\"00000000000000ff\",\"state\":\"FOR_REVIEW\"}") !=
            std::string::npos);
    }

    // issue.transition names the issue by its fingerprint and the state it moved to, as error tracking spells
    // them; anything else is an error at the field, with its line and column.
    void issueTransitionsAreChecked()
    {
        const std::string text =
            "{\"at\": 0, \"type\": \"drill.start\", \"scenario\": \"s\", \"seed\": 1}\n"
            "{\"at\": 1, \"type\": \"issue.transition\", \"issue\": \"9C2F4E1A0B7D3358\", \"state\": "
            "\"REVIEWED\"}\n"                                                                             // 2: fine
            "{\"at\": 2, \"type\": \"issue.transition\", \"issue\": \"9c2f\", \"state\": \"RESOLVED\"}\n" // 3
            "{\"at\": 3, \"type\": \"issue.transition\", \"issue\": 11254, \"state\": \"RESOLVED\"}\n"    // 4
            "{\"at\": 4, \"type\": \"issue.transition\", \"issue\": \"9c2f4e1a0b7d335g\", \"state\": "
            "\"RESOLVED\"}\n" // 5
            "{\"at\": 5, \"type\": \"issue.transition\", \"issue\": \"9c2f4e1a0b7d3358\", \"state\": "
            "\"resolved\"}\n"                                                                // 6
            "{\"at\": 6, \"type\": \"issue.transition\", \"state\": \"IGNORED\"}\n"          // 7
            "{\"at\": 7, \"type\": \"issue.transition\", \"issue\": \"9c2f4e1a0b7d3358\"}\n" // 8
            "{\"at\": 8, \"type\": \"issue.transition\", \"issue\": \"9c2f4e1a0b7d3358\", \"state\": "
            "\"IGNORED\", \"title\": 5}\n"; // 9
        const ActionLogRead r = parseActionLog(text, "drill.jsonl");
        const auto all = messages(r);
        QVERIFY2(
            contains(all, "drill.jsonl:3:39: error: /issue: must be the issue's fingerprint: 16 hexadecimal digits"),
            joined(all));
        QVERIFY2(contains(all, "drill.jsonl:4:39: error: /issue: must be a string"), joined(all));
        QVERIFY2(contains(all, "drill.jsonl:5:39: error: /issue: must be the issue's fingerprint"), joined(all));
        QVERIFY2(contains(all,
                          "drill.jsonl:6:68: error: /state: unknown issue state \"resolved\" (expected FOR_REVIEW, "
                          "REVIEWED, RESOLVED or IGNORED)"),
                 joined(all));
        QVERIFY2(contains(all, "drill.jsonl:7:1: error: /issue: missing required field \"issue\""), joined(all));
        QVERIFY2(contains(all, "drill.jsonl:8:1: error: /state: missing required field \"state\""), joined(all));
        QVERIFY2(contains(all, "drill.jsonl:9:88: error: /title: must be a string"), joined(all));
        QCOMPARE(r.diagnostics.size(), std::size_t{7});
        QCOMPARE(r.actions.size(), std::size_t{2});
        QCOMPARE(r.actions[1].issue, std::uint64_t{0x9c2f4e1a0b7d3358ULL});
        QCOMPARE(r.actions[1].state, std::string("REVIEWED"));
    }

    void badLinesAreReportedWithFileLineAndColumn()
    {
        const std::string text =
            "{\"at\": 0, \"type\": \"drill.start\", \"scenario\": \"s\", \"seed\": 1}\n"
            "{\"at\": 5, \"type\": \"view.open\", \"view\": \"logs\"\n" // 2: unterminated
            "{\"at\": 6, \"type\": \"hypothesis.submit\", \"component\": \"db\", \"mechanism\": \"slow-db\"}\n" // 3
            "\n"
            "{\"at\": -1, \"type\": \"note.add\", \"text\": \"x\"}\n"                                   // 5
            "{\"at\": 7, \"type\": \"coffee.make\"}\n"                                                  // 6
            "{\"at\": 8, \"type\": \"mitigation.apply\", \"action\": \"reboot\", \"target\": \"db\"}\n" // 7
            "{\"at\": 6, \"type\": \"note.add\", \"text\": \"ok\"}\n"                                   // 8
            "{\"at\": 2, \"type\": \"note.add\", \"text\": \"late\"}\n"                                 // 9: backwards
            "[1, 2]\n"                                                                                  // 10
            "{\"at\": 9, \"type\": \"hint.take\", \"hint\": \"first\"}\n";                              // 11
        const ActionLogRead r = parseActionLog(text, "drill.jsonl");
        const auto all = messages(r);
        QVERIFY2(contains(all, "drill.jsonl:2:46: error: invalid JSON: syntax error"), joined(all));
        QVERIFY2(contains(all, "drill.jsonl:3:59: error: /mechanism: unknown mechanism \"slow-db\""), joined(all));
        QVERIFY2(contains(all, "drill.jsonl:5:2: error: /at: must be a non-negative number"), joined(all));
        QVERIFY2(contains(all, "drill.jsonl:6:11: error: /type: unknown action type \"coffee.make\""), joined(all));
        QVERIFY2(contains(all, "drill.jsonl:7:39: error: /action: unknown mitigation \"reboot\""), joined(all));
        QVERIFY2(contains(all, "drill.jsonl:9:2: error: /at: time goes backwards"), joined(all));
        QVERIFY2(contains(all, "drill.jsonl:10:1: error: an action must be a JSON object"), joined(all));
        QVERIFY2(contains(all, "drill.jsonl:11:32: error: /hint: must be a non-negative integer"), joined(all));
        QCOMPARE(r.diagnostics.size(), std::size_t{8});
    }

    // A number no double holds (found by the fuzzer: it used to escape the parser as an exception).
    void aNumberOutOfRangeIsAnErrorNotACrash()
    {
        const ActionLogRead r = parseActionLog(
            "{\"at\": 0, \"type\": \"drill.start\", \"scenario\": \"s\", \"seed\": 1}\n"
            "{\"at\": 41e330, \"type\": \"view.open\", \"view\": \"logs\"}\n",
            "drill.jsonl");
        const auto all = messages(r);
        QVERIFY2(contains(all, "drill.jsonl:2:8: error: invalid JSON: the number 41e330 is out of range"), joined(all));
        QCOMPARE(r.diagnostics.size(), std::size_t{1});
    }

    void theLogMustBeInOrder()
    {
        const std::string text = "{\"at\": 0, \"type\": \"note.add\", \"text\": \"a\"}\n"
                                 "{\"at\": 1, \"type\": \"drill.start\", \"scenario\": \"s\", \"seed\": 1}\n"
                                 "{\"at\": 2, \"type\": \"drill.end\"}\n"
                                 "{\"at\": 3, \"type\": \"note.add\", \"text\": \"after\"}\n";
        const auto all = messages(parseActionLog(text, "x.jsonl"));
        QVERIFY2(contains(all, "x.jsonl:2:11: error: /type: drill.start must be the first action"), joined(all));
        QVERIFY2(contains(all, "x.jsonl:4:11: error: /type: no action may follow drill.end"), joined(all));
    }

    void aMissingFileIsAnIoError()
    {
        const ActionLogRead r = readActionLogFile("/nonexistent/drill.jsonl");
        QCOMPARE(r.diagnostics.size(), std::size_t{1});
        QCOMPARE(r.diagnostics[0].line, 0);
    }

    void scenariosMustUseTheMechanismTaxonomy()
    {
        const auto path = builtinScenarioDir() / "library" / "shop-slow-query.scenario.json";
        std::ifstream in(path);
        std::stringstream buffer;
        buffer << in.rdbuf();
        std::string text = buffer.str();
        const auto pos = text.find("\"resource-exhaustion\"");
        QVERIFY(pos != std::string::npos);
        text.replace(pos, std::string("\"resource-exhaustion\"").size(), "\"slow-db\"");
        const auto loaded = loadScenarioText(text, path);
        QVERIFY(!loaded.ok());
        bool found = false;
        for (const Diagnostic& d : loaded.diagnostics)
            found = found || d.pointer == "/answer/mechanism";
        QVERIFY(found);
    }
};

QTEST_GUILESS_MAIN(TestActionLog)
#include "tst_actionlog.moc"
