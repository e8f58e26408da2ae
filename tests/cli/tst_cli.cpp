// kunren-cli as a user runs it: exit codes, output files, and reruns that are byte-identical.
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include "CliRun.h"

using kunren::test::cli;
using kunren::test::CliResult;

namespace {

QByteArray sha(const QString& file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result().toHex();
}

QString dataFile(const char* name) { return QStringLiteral(KUNREN_TEST_DATA "/") + QLatin1String(name); }

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listPrintsIdPathAndTitle()
    {
        const CliResult r = cli({QStringLiteral("list")});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(lines.size() >= 3);
        bool found = false;
        for (const QString& line : lines) {
            const QStringList cols = line.split(QLatin1Char('\t'));
            QCOMPARE(cols.size(), 3);
            QVERIFY(QFile::exists(cols[1]));
            found = found || (cols[0] == QLatin1String("shop-slow-query") && !cols[2].isEmpty());
        }
        QVERIFY(found);
    }

    void validateExitCodes_data()
    {
        QTest::addColumn<QStringList>("files");
        QTest::addColumn<int>("exitCode");
        const QString lib = QStringLiteral(KUNREN_SCENARIOS "/library/");
        QTest::newRow("valid") << QStringList{lib + QStringLiteral("shop-slow-query.scenario.json")} << 0;
        QTest::newRow("valid topology") << QStringList{QStringLiteral(KUNREN_SCENARIOS
                                                                      "/topologies/shop.topology.json")}
                                        << 0;
        QTest::newRow("one invalid") << QStringList{lib + QStringLiteral("shop-slow-query.scenario.json"),
                                                    dataFile("scenarios/broken.topology.json")}
                                     << 1;
        QTest::newRow("missing file") << QStringList{QStringLiteral("/nonexistent/x.scenario.json")} << 2;
        QTest::newRow("no files") << QStringList{} << 2;
    }

    void validateExitCodes()
    {
        QFETCH(QStringList, files);
        QFETCH(int, exitCode);
        const CliResult r = cli(QStringList{QStringLiteral("validate")} + files);
        QCOMPARE(r.exitCode, exitCode);
        if (exitCode == 1)
            QVERIFY2(r.err.contains(QLatin1String(": error: ")), qPrintable(r.err));
    }

    void runWritesOtlpFilesAndASummary()
    {
        QTemporaryDir dir;
        const CliResult r = cli({QStringLiteral("run"), QStringLiteral("shop-payment-bad-deploy"),
                                 QStringLiteral("--seed"), QStringLiteral("3"), QStringLiteral("--until"),
                                 QStringLiteral("8m"), QStringLiteral("--out"), dir.path()});
        QCOMPARE(r.exitCode, 0);
        for (const char* name : {"traces.jsonl", "logs.jsonl", "metrics.jsonl"}) {
            QFile f(dir.filePath(QLatin1String(name)));
            QVERIFY2(f.open(QIODevice::ReadOnly), name);
            const QByteArray first = f.readLine();
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(first, &error);
            QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
            const QString root = doc.object().keys().value(0);
            QVERIFY(root == QLatin1String("resourceSpans") || root == QLatin1String("resourceLogs") ||
                    root == QLatin1String("resourceMetrics"));
        }
        QFile summaryFile(dir.filePath(QStringLiteral("summary.json")));
        QVERIFY(summaryFile.open(QIODevice::ReadOnly));
        const QJsonObject summary = QJsonDocument::fromJson(summaryFile.readAll()).object();
        QCOMPARE(summary.value(QLatin1String("scenario")).toString(), QStringLiteral("shop-payment-bad-deploy"));
        QVERIFY(summary.value(QLatin1String("counts")).toObject().value(QLatin1String("spans")).toDouble() > 10000);
        QVERIFY(summary.value(QLatin1String("services")).toArray().size() >= 8);
        // The bad deploy is in the events, with the scenario's own words.
        bool deploy = false;
        for (const auto& e : summary.value(QLatin1String("events")).toArray())
            deploy = deploy || (e.toObject().value(QLatin1String("kind")).toString() == QLatin1String("deploy") &&
                                e.toObject().value(QLatin1String("service")).toString() == QLatin1String("payment"));
        QVERIFY(deploy);
        // The alert timeline is part of the summary: the payment error-rate monitor fired after the deploy.
        const QJsonObject alerts = summary.value(QLatin1String("alerts")).toObject();
        bool fired = false;
        for (const auto& t : alerts.value(QLatin1String("transitions")).toArray()) {
            const QJsonObject o = t.toObject();
            fired = fired || (o.value(QLatin1String("monitor")).toString() == QLatin1String("payment-error-rate") &&
                              o.value(QLatin1String("to")).toString() == QLatin1String("ALERT") &&
                              o.value(QLatin1String("atSeconds")).toDouble() > 360);
        }
        QVERIFY(fired);
        QVERIFY(!alerts.value(QLatin1String("notifications")).toArray().isEmpty());
        QVERIFY(alerts.value(QLatin1String("problems")).toArray().isEmpty());
    }

    void alertsPrintsOneLinePerTransition()
    {
        const CliResult r = cli({QStringLiteral("alerts"), QStringLiteral("shop-payment-bad-deploy"),
                                 QStringLiteral("--until"), QStringLiteral("15m"), QStringLiteral("--events")});
        QCOMPARE(r.exitCode, 0);
        for (const QString& line : r.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            QVERIFY2(line.contains(QLatin1String("note:")), qPrintable(line)); // notes only, no broken monitor
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(lines.size() >= 4);
        QVERIFY(lines[0].startsWith(QLatin1String("TIME")));
        // time, monitor, from→to, channel, value — in time order; the page reaches the war room and pager.
        bool page = false, channel = false, deploy = false;
        QString last;
        for (const QString& line : lines.mid(1)) {
            const QString time = line.section(QLatin1Char(' '), 0, 0);
            QVERIFY2(time >= last, qPrintable(line));
            last = time;
            page = page || (line.contains(QLatin1String("checkout-slo")) && line.contains(QStringLiteral("OK→ALERT")) &&
                            line.contains(QLatin1String("#war_room,pager")));
            channel = channel || (line.contains(QLatin1String("payment-error-rate")) &&
                                  line.contains(QLatin1String("#infra_alert")));
            deploy = deploy ||
                     (line.contains(QLatin1String("deploy")) && line.contains(QLatin1String("payment 5.1.0")));
        }
        QVERIFY(page);
        QVERIFY(channel);
        QVERIFY(deploy);
        // Deterministic: the same drill prints the same timeline.
        QCOMPARE(cli({QStringLiteral("alerts"), QStringLiteral("shop-payment-bad-deploy"), QStringLiteral("--until"),
                      QStringLiteral("15m"), QStringLiteral("--events")})
                     .out,
                 r.out);
    }

    void sameSeedGivesByteIdenticalFiles()
    {
        QTemporaryDir a, b, c;
        const QStringList base{QStringLiteral("run"), QStringLiteral("shop-slow-query"), QStringLiteral("--until"),
                               QStringLiteral("3m")};
        QCOMPARE(
            cli(base + QStringList{QStringLiteral("--seed"), QStringLiteral("11"), QStringLiteral("--out"), a.path()})
                .exitCode,
            0);
        QCOMPARE(
            cli(base + QStringList{QStringLiteral("--seed"), QStringLiteral("11"), QStringLiteral("--out"), b.path()})
                .exitCode,
            0);
        QCOMPARE(
            cli(base + QStringList{QStringLiteral("--seed"), QStringLiteral("12"), QStringLiteral("--out"), c.path()})
                .exitCode,
            0);
        for (const char* name : {"traces.jsonl", "logs.jsonl", "metrics.jsonl", "summary.json"}) {
            const QString n = QLatin1String(name);
            QVERIFY(!sha(a.filePath(n)).isEmpty());
            QCOMPARE(sha(a.filePath(n)), sha(b.filePath(n)));
        }
        QVERIFY(sha(a.filePath(QStringLiteral("traces.jsonl"))) != sha(c.filePath(QStringLiteral("traces.jsonl"))));
    }

    void badArgumentsSayWhatIsWrong_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown scenario") << QStringList{QStringLiteral("run"), QStringLiteral("no-such-drill")} << 2
                                          << QStringLiteral("no built-in scenario");
        QTest::newRow("bad until") << QStringList{QStringLiteral("run"), QStringLiteral("shop-slow-query"),
                                                  QStringLiteral("--until"), QStringLiteral("soon")}
                                   << 2 << QStringLiteral("--until");
        QTest::newRow("bad seed") << QStringList{QStringLiteral("run"), QStringLiteral("shop-slow-query"),
                                                 QStringLiteral("--seed"), QStringLiteral("-4")}
                                  << 2 << QStringLiteral("--seed");
        QTest::newRow("invalid scenario")
            << QStringList{QStringLiteral("run"), dataFile("scenarios/broken.topology.json")} << 1
            << QStringLiteral("error:");
        QTest::newRow("alerts without scenario")
            << QStringList{QStringLiteral("alerts")} << 2 << QStringLiteral("usage");
        QTest::newRow("alerts bad until") << QStringList{QStringLiteral("alerts"), QStringLiteral("shop-slow-query"),
                                                         QStringLiteral("--until"), QStringLiteral("later")}
                                          << 2 << QStringLiteral("--until");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << 2
                                         << QStringLiteral("unknown command");
        QTest::newRow("unwritable out") << QStringList{QStringLiteral("run"),     QStringLiteral("shop-slow-query"),
                                                       QStringLiteral("--until"), QStringLiteral("10s"),
                                                       QStringLiteral("--out"),   QStringLiteral("/proc/kunren-out")}
                                        << 2 << QStringLiteral("cannot write");
    }

    void badArgumentsSayWhatIsWrong()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const CliResult r = cli(args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
