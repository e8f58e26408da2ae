// The search syntax of domain-reference §5: valid queries give a canonical AST, bad ones an error with
// a column and a hint, never a crash and never a silent match-everything.
#include "query/QueryParser.h"

#include <QtTest>

using namespace kunren;

class TestQueryParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesValidQueries_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("canonical");
        auto row = [](const char* q, const char* c) {
            QTest::newRow(q) << QString::fromUtf8(q) << QString::fromUtf8(c);
        };
        row("", "*");
        row("   ", "*");
        row("*", "*");
        row("timeout", "timeout");
        row("service:checkout", "service:checkout");
        row("service:checkout status:error", "(service:checkout AND status:error)");
        row("service:checkout AND status:error", "(service:checkout AND status:error)");
        row("a OR b", "(a OR b)");
        row("a OR b c", "(a OR (b AND c))");
        row("a b OR c", "((a AND b) OR c)");
        row("(a OR b) c", "((a OR b) AND c)");
        row("-a", "-a");
        row("NOT a", "-a");
        row("NOT a b", "(-a AND b)");
        row("-(a OR b)", "-(a OR b)");
        row("a AND b AND c", "(a AND b AND c)");
        row("a OR b OR c", "(a OR b OR c)");
        row("\"connection refused\"", "\"connection refused\"");
        row("\"wild*card?\"", "\"wild*card?\"");
        row("check*", "check*");
        row("ch?ck", "ch?ck");
        row("he\\*llo", "he\\*llo");
        row("*:oom", "*:oom");
        row("@http.status_code:500", "@http.status_code:500");
        row("@http.status_code:>=500", "@http.status_code:>=500");
        row("@http.status_code:<400", "@http.status_code:<400");
        row("@http.status_code:[400 TO 499]", "@http.status_code:[400 TO 499]");
        row("@latency:[* TO 10]", "@latency:<=10");
        row("-@http.status_code:*", "-@http.status_code:*");
        row("env:(prod OR test)", "(env:prod OR env:test)");
        row("service:(a OR b) status:error", "((service:a OR service:b) AND status:error)");
        row("duration:>200ms", "duration:>200000000");
        row("duration:>=1s", "duration:>=1000000000");
        row("duration:[1ms TO 2ms]", "duration:[1000000 TO 2000000]");
        row("duration:<5us", "duration:<5000");
        row("@customer.tier:pro", "@customer.tier:pro");
        row("@url:http://x:8080/a", "@url:http\\://x\\:8080/a");
        row("check-out", "check-out");
        row("service:check-out", "service:check-out");
        row("message:\"order placed\"", "message:\"order placed\"");
        row("service:\"my service\"", "service:\"my service\"");
        row("\"and\"", "\"and\"");
        row("\\AND", "\\AND");
        row("@x:1.5", "@x:1.5");
        row("a -b", "(a AND -b)");
        row("((a))", "a");
        row("NOT NOT a", "--a");
    }

    void parsesValidQueries()
    {
        QFETCH(QString, query);
        QFETCH(QString, canonical);
        const std::string text = query.toStdString();
        const ParsedQuery p = parseQuery(text);
        QVERIFY2(p.ok(), p.error ? p.error->format().c_str() : "");
        QCOMPARE(QString::fromStdString(toString(p.root)), canonical);
        // Canonical text parses to the same tree.
        const ParsedQuery again = parseQuery(toString(p.root));
        QVERIFY(again.ok());
        QCOMPARE(QString::fromStdString(toString(again.root)), canonical);
    }

    void rejectsBadQueries_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        auto row = [](const char* q, int c, const char* m) {
            QTest::newRow(q) << QString::fromUtf8(q) << c << QString::fromUtf8(m);
        };
        row("service:checkout (a OR", 23, "expected a term after OR");
        row("(service:checkout OR b", 23, "unbalanced parenthesis");
        row("service:checkout a) b", 19, "unbalanced parenthesis");
        row(")", 1, "unbalanced parenthesis");
        row("a and b", 3, "unknown operator 'and'");
        row("a or b", 3, "unknown operator 'or'");
        row("not a", 1, "unknown operator 'not'");
        row("service:", 9, "expected a value after 'service:'");
        row("service: checkout", 9, "expected a value after 'service:'");
        row("@http.status_code:>", 20, "expected a number after '>'");
        row("@http.status_code:>abc", 20, "expected a number");
        row("@x:[5 TO 1]", 4, "empty range");
        row("@x:[1 TO]", 9, "expected a number");
        row("@x:[1 5]", 7, "expected TO");
        row("@x:[1 TO 5", 11, "expected ']'");
        row("\"unterminated", 1, "unterminated quoted phrase");
        row("a AND", 6, "expected a term after AND");
        row("AND a", 1, "expected a term before AND");
        row("a OR OR b", 6, "expected a term after OR");
        row("()", 1, "empty parentheses");
        row("a NOT", 6, "expected a term after 'NOT'");
        row("@:x", 2, "expected an attribute name");
        row(":x", 1, "expected a field name");
        row("trailing\\", 9, "escapes nothing");
        row("service:()", 9, "empty value list");
        row("env:(prod OR test", 18, "unbalanced parenthesis");
        row("a\x01", 2, "control character");
        row("ser*ice:x", 1, "wildcards are not allowed");
        row("NOT", 4, "expected a term after");
    }

    void rejectsBadQueries()
    {
        QFETCH(QString, query);
        QFETCH(int, column);
        QFETCH(QString, message);
        const ParsedQuery p = parseQuery(query.toStdString());
        QVERIFY2(!p.ok(), toString(p.root).c_str());
        QVERIFY2(QString::fromStdString(p.error->message).contains(message), p.error->format().c_str());
        QCOMPARE(p.error->column, column);
        QVERIFY(!p.error->format().empty());
    }

    void deepNestingIsAnErrorNotACrash()
    {
        const std::string deep = std::string(10000, '(') + "a" + std::string(10000, ')');
        const ParsedQuery p = parseQuery(deep);
        QVERIFY(!p.ok());
        QVERIFY(QString::fromStdString(p.error->message).contains(QStringLiteral("nested too deeply")));
        const ParsedQuery negations = parseQuery(std::string(10000, '-') + "a");
        QVERIFY(!negations.ok());
    }

    // Whatever parses has a canonical text that parses back to itself, at the nesting limit too: implicit AND
    // and OR nest without parentheses, which the canonical text spells out (the fuzzer found `* ` + 64 `-`).
    void theCanonicalTextOfADeepQueryParsesAgain()
    {
        for (int n = 60; n <= 70; ++n) {
            for (const std::string& query : {"* " + std::string(static_cast<std::size_t>(n), '-') + "a",
                                             "x OR y " + std::string(static_cast<std::size_t>(n), '-') + "a",
                                             std::string(static_cast<std::size_t>(n), '(') + "a b" +
                                                 std::string(static_cast<std::size_t>(n), ')')}) {
                const ParsedQuery p = parseQuery(query);
                if (!p.ok()) {
                    QVERIFY(p.error->message.find("nested too deeply") != std::string::npos);
                    continue;
                }
                const std::string canonical = toString(p.root);
                const ParsedQuery again = parseQuery(canonical);
                QVERIFY2(again.ok(), canonical.c_str());
                QCOMPARE(toString(again.root), canonical);
            }
        }
    }

    void numbersTakeTimeUnits()
    {
        QCOMPARE(parseQueryNumber("200ms").value_or(-1), 200e6);
        QCOMPARE(parseQueryNumber("2m").value_or(-1), 120e9);
        QCOMPARE(parseQueryNumber("7").value_or(-1), 7.0);
        QVERIFY(!parseQueryNumber("7x"));
        QVERIFY(!parseQueryNumber(""));
    }
};

QTEST_GUILESS_MAIN(TestQueryParser)
#include "tst_queryparser.moc"
