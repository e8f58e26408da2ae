// kunren-cli's drill commands as a user runs them: score a log, keep drills in a database, report.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include "CliRun.h"

using kunren::test::cli;
using kunren::test::CliResult;

namespace {

// A trainee who finds the bad payment deploy, rolls it back and resolves its issue.
const char* kGoodLog =
    "{\"at\":0,\"type\":\"drill.start\",\"scenario\":\"shop-payment-bad-deploy\",\"seed\":7}\n"
    "{\"at\":420,\"type\":\"alert.ack\",\"alert\":\"checkout-slo\"}\n"
    "{\"at\":430,\"type\":\"view.open\",\"view\":\"traces\"}\n"
    "{\"at\":460,\"type\":\"query.run\",\"view\":\"traces\",\"query\":\"service:checkout status:error\"}\n"
    "{\"at\":600,\"type\":\"view.open\",\"view\":\"events\"}\n"
    "{\"at\":660,\"type\":\"hypothesis.submit\",\"component\":\"payment\",\"mechanism\":\"bad-deploy\","
    "\"trigger\":\"payment-deploy\",\"evidence\":[\"event:payment-deploy\"]}\n"
    "{\"at\":700,\"type\":\"mitigation.apply\",\"action\":\"rollback\",\"target\":\"payment\"}\n"
    "{\"at\":1000,\"type\":\"issue.transition\",\"issue\":\"9c2f4e1a0b7d3358\",\"state\":\"RESOLVED\","
    "\"title\":\"payment IllegalArgumentException\"}\n"
    "{\"at\":1200,\"type\":\"drill.end\",\"reason\":\"resolved\"}\n";

QString write(const QTemporaryDir& dir, const char* name, const char* text)
{
    const QString path = dir.filePath(QLatin1String(name));
    QFile f(path);
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(text);
    return path;
}

QJsonDocument json(const QString& text) { return QJsonDocument::fromJson(text.toUtf8()); }

} // namespace

class TestCliDrills : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scorePrintsTheBreakdown()
    {
        QTemporaryDir dir;
        const CliResult r = cli(
            {QStringLiteral("score"), QStringLiteral("shop-payment-bad-deploy"), write(dir, "good.jsonl", kGoodLog)});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject s = json(r.out).object();
        QCOMPARE(s.value(QLatin1String("verdict")).toString(), QStringLiteral("correct"));
        QVERIFY(s.value(QLatin1String("total")).toDouble() > 60);
        QCOMPARE(s.value(QLatin1String("earned")).toArray().size(), 6);
        QVERIFY(s.value(QLatin1String("mitigations")).toArray()[0].toObject().value(QLatin1String("applied")).toBool());
        QCOMPARE(s.value(QLatin1String("investigation")).toObject().value(QLatin1String("tools")).toArray().size(), 2);
    }

    void aBadLogSaysWhereAndExitsOne()
    {
        QTemporaryDir dir;
        const QString path = write(
            dir, "bad.jsonl",
            "{\"at\":0,\"type\":\"drill.start\",\"scenario\":\"shop-payment-bad-deploy\",\"seed\":7}\n"
            "{\"at\":5,\"type\":\"hypothesis.submit\",\"component\":\"payment\",\"mechanism\":\"oops\"}\n");
        const CliResult r = cli({QStringLiteral("score"), QStringLiteral("shop-payment-bad-deploy"), path});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(path + QStringLiteral(":2:58: error: /mechanism: unknown mechanism \"oops\"")),
                 qPrintable(r.err));
        const CliResult wrongScenario = cli(
            {QStringLiteral("score"), QStringLiteral("shop-slow-query"), write(dir, "good.jsonl", kGoodLog)});
        QCOMPARE(wrongScenario.exitCode, 1);
        QVERIFY(wrongScenario.err.contains(QStringLiteral("the log is of scenario 'shop-payment-bad-deploy'")));
        QCOMPARE(cli({QStringLiteral("score"), QStringLiteral("shop-payment-bad-deploy")}).exitCode, 2);
    }

    void drillsGoIntoTheDatabaseAndComeOutAsHistoryAndRetros()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("kunren.db"));
        const QString log = write(dir, "good.jsonl", kGoodLog);
        const CliResult imported = cli({QStringLiteral("import"), QStringLiteral("--db"), db,
                                        QStringLiteral("--trainee"), QStringLiteral("Aiko"), QStringLiteral("--team"),
                                        QStringLiteral("payments"), QStringLiteral("shop-payment-bad-deploy"), log});
        QCOMPARE(imported.exitCode, 0);
        QCOMPARE(json(imported.out).object().value(QLatin1String("drill")).toInt(), 1);
        const CliResult scored = cli({QStringLiteral("score"), QStringLiteral("shop-payment-bad-deploy"), log});
        QCOMPARE(json(imported.out).object().value(QLatin1String("total")).toDouble(),
                 json(scored.out).object().value(QLatin1String("total")).toDouble());

        const CliResult history = cli({QStringLiteral("history"), QStringLiteral("--db"), db,
                                       QStringLiteral("--trainee"), QStringLiteral("Aiko")});
        QCOMPARE(history.exitCode, 0);
        QCOMPARE(json(history.out).array().size(), 1);
        QCOMPARE(json(history.out).array()[0].toObject().value(QLatin1String("state")).toString(),
                 QStringLiteral("ended"));

        const CliResult board = cli({QStringLiteral("history"), QStringLiteral("--db"), db,
                                     QStringLiteral("--scenario"), QStringLiteral("shop-payment-bad-deploy")});
        QCOMPARE(json(board.out).array()[0].toObject().value(QLatin1String("trainee")).toString(),
                 QStringLiteral("Aiko"));

        const CliResult report = cli({QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--team"),
                                      QStringLiteral("payments")});
        QCOMPARE(report.exitCode, 0);
        QCOMPARE(json(report.out).object().value(QLatin1String("scored")).toInt(), 1);
        QCOMPARE(json(report.out)
                     .object()
                     .value(QLatin1String("rootCauseSeconds"))
                     .toObject()
                     .value(QLatin1String("median"))
                     .toDouble(),
                 300.0);

        const CliResult retro = cli(
            {QStringLiteral("retro"), QStringLiteral("--db"), db, QStringLiteral("--drill"), QStringLiteral("1")});
        QCOMPARE(retro.exitCode, 0);
        for (const char* heading : {"## Summary", "## Impact", "## Root cause", "## Detection", "## Resolution",
                                    "### Where we got lucky", "## Action items", "## Timeline"})
            QVERIFY2(retro.out.contains(QLatin1String(heading)), heading);
        QVERIFY(retro.out.contains(QStringLiteral("Rolling back payment from 5.1.0 to 5.0.3")));
        QVERIFY2(retro.out.contains(QStringLiteral("Moved issue payment IllegalArgumentException to Resolved")),
                 qPrintable(retro.out));
    }

    void aForeignFileIsNotADatabase()
    {
        QTemporaryDir dir;
        const QString path = write(dir, "notes.txt", "my notes\n");
        const CliResult r = cli({QStringLiteral("history"), QStringLiteral("--db"), path});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("not an SQLite file")) &&
                     r.err.contains(QStringLiteral("left untouched")),
                 qPrintable(r.err));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("my notes\n"));
    }
};

QTEST_GUILESS_MAIN(TestCliDrills)
#include "tst_clidrills.moc"
