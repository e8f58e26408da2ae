// The drill database: event-sourced logs that survive a round trip and a killed app, migrations, and
// damaged or newer files that are reported and never overwritten.
#include "DrillTestSupport.h"

#include "TelemetryProbe.h"

#include "drill/ActionLogJson.h"
#include "drill/ActionSink.h"
#include "drill/DrillRecorder.h"
#include "drill/DrillScore.h"
#include "sim/Simulator.h"
#include "store/DatabaseActionSink.h"
#include "store/DrillDatabase.h"
#include "store/DrillHistory.h"
#include "store/Migrations.h"

#include <sqlite3.h>

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <filesystem>
#include <fstream>
#include <sstream>

using namespace kunren;
using namespace kunren::test;

namespace {

std::filesystem::path at(const QTemporaryDir& dir, const char* name)
{
    return std::filesystem::path(dir.path().toStdString()) / name;
}

std::string bytes(const std::filesystem::path& p)
{
    std::ifstream in(p, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

void writeBytes(const std::filesystem::path& p, const std::string& data)
{
    std::ofstream out(p, std::ios::binary | std::ios::trunc);
    out << data;
}

std::unique_ptr<DrillDatabase> openOrFail(const std::filesystem::path& p)
{
    auto opened = DrillDatabase::open(p);
    if (!opened.db)
        qWarning("%s", opened.error.c_str());
    return std::move(opened.db);
}

// Runs SQL on a database file with the plain C API (to build files this version would not write).
void rawSql(const std::filesystem::path& p, const char* sql)
{
    sqlite3* db = nullptr;
    sqlite3_open(p.c_str(), &db);
    char* error = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &error) != SQLITE_OK) {
        qWarning("%s", error);
        sqlite3_free(error);
    }
    sqlite3_close(db);
}

std::vector<DrillAction> quickLog()
{
    return drillLog(hypothesis("inventory", "bad-deploy"), 3 * kMinute, 4 * kMinute);
}

} // namespace

class TestDrillStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aLogSurvivesTheDatabaseAndScoresTheSame()
    {
        QTemporaryDir dir;
        auto db = openOrFail(at(dir, "kunren.db"));
        QVERIFY(db);
        QCOMPARE(db->schemaVersion(), kDrillSchemaVersion);
        const auto log = quickLog();
        const auto trainee = db->addTrainee("Aiko", "payments");
        // Live: the drill row and drill.start first, then every action as it happens.
        const auto drill = db->startDrill(trainee, "test-scenario", 7);
        for (std::size_t i = 1; i < log.size(); ++i)
            db->appendAction(drill, log[i]);
        const auto stored = db->actions(drill);
        QVERIFY(stored == log);
        QVERIFY(db->drill(drill)->endedMs.has_value()); // drill.end closed it
        auto sc = std::shared_ptr<const Scenario>(badDeployDrill());
        const DrillScore fromLog = scoreDrill(sc, log);
        const DrillScore fromDb = scoreDrill(sc, stored);
        QCOMPARE(scoreToJson(fromDb).dump(), scoreToJson(fromLog).dump());
        // …and back out to JSONL, unchanged.
        QCOMPARE(actionLogToJsonl(stored), actionLogToJsonl(log));
        db->saveScore(drill, *sc, stored, fromDb);
        const auto saved = db->score(drill);
        QVERIFY(saved);
        QCOMPARE(saved->total, fromLog.total);
        QCOMPARE(saved->verdict, std::string("correct"));
        QCOMPARE(*saved->rootCauseSeconds, 120.0);
        QCOMPARE(saved->breakdownJson, scoreToJson(fromLog).dump());
    }

    void anImportedLogIsTheSameLog()
    {
        QTemporaryDir dir;
        auto db = openOrFail(at(dir, "kunren.db"));
        const auto log = quickLog();
        const auto id = db->importDrill(db->addTrainee("Ben"), log);
        QVERIFY(db->actions(id) == log);
        QCOMPARE(db->drill(id)->scenarioId, std::string("test-scenario"));
        QCOMPARE(db->drill(id)->seed, std::uint64_t{7});
        QVERIFY(db->interruptedDrills().empty());
    }

    void anInterruptedDrillIsFoundAndClosedWithItsNotes()
    {
        QTemporaryDir dir;
        const auto path = at(dir, "kunren.db");
        std::int64_t drill = 0;
        {
            auto db = openOrFail(path);
            drill = db->startDrill(db->addTrainee("Chie"), "test-scenario", 7);
            db->appendAction(drill, DrillAction::openView(30 * kSecond, "logs"));
            db->appendAction(drill, DrillAction::addNote(45 * kSecond, "checkout errors started at 10:05"));
        } // the app goes away without drill.end
        auto db = openOrFail(path);
        const auto interrupted = db->interruptedDrills();
        QCOMPARE(interrupted.size(), std::size_t{1});
        QCOMPARE(interrupted[0].id, drill);
        QCOMPARE(interrupted[0].actions, std::size_t{3});
        QCOMPARE(interrupted[0].lastActionAt, 45 * kSecond);
        db->closeInterruptedDrill(drill, "closed after a crash");
        QVERIFY(db->interruptedDrills().empty());
        const auto log = db->actions(drill);
        QCOMPARE(log.size(), std::size_t{5});
        QCOMPARE(log[2].text, std::string("checkout errors started at 10:05"));
        QCOMPARE(log[3].text, std::string("closed after a crash"));
        QCOMPARE(log[4].type, ActionType::DrillEnd);
        QCOMPARE(log[4].text, std::string("interrupted"));
        QCOMPARE(log[4].at, 45 * kSecond);
    }

    void aKilledWriterLosesNothingItCommitted()
    {
        QTemporaryDir dir;
        const auto path = at(dir, "kunren.db");
        QProcess writer;
        writer.start(QStringLiteral(KUNREN_CRASH_WRITER), {QString::fromStdString(path.string())});
        QVERIFY(writer.waitForStarted());
        // The writer prints the number of each action once it is committed.
        long long reported = 0;
        QByteArray pending;
        while (reported < 300 && writer.waitForReadyRead(10000)) {
            pending += writer.readAllStandardOutput();
            const auto lastNewline = pending.lastIndexOf('\n');
            if (lastNewline < 0)
                continue;
            const auto lines = pending.left(lastNewline).split('\n');
            reported = lines.last().trimmed().toLongLong();
            pending = pending.mid(lastNewline + 1);
        }
        QVERIFY2(reported >= 300, "the writer did not get far enough");
        writer.kill(); // SIGKILL: no destructors, no final commit, no checkpoint
        QVERIFY(writer.waitForFinished());
        auto db = openOrFail(path);
        QVERIFY(db);
        const auto drills = db->interruptedDrills();
        QCOMPARE(drills.size(), std::size_t{1});
        const auto log = db->actions(drills[0].id);
        // drill.start, then notes 1…n with nothing missing up to what the writer reported.
        QVERIFY2(static_cast<long long>(log.size()) - 1 >= reported,
                 qPrintable(QStringLiteral("%1 stored, %2 reported").arg(log.size() - 1).arg(reported)));
        for (std::size_t i = 1; i < log.size(); ++i)
            QCOMPARE(log[i].text, std::to_string(i));
    }

    // The app keeps two connections (the workspace's and the drill worker's) while other programs open the
    // same file: `kunren-cli history`, the sqlite3 shell. Every action must still arrive, and the file stay
    // sound. A process that opens the file outside SQLite and closes it drops SQLite's POSIX locks; the
    // visitor's last close then deletes the WAL under the app, and later actions are lost without an error.
    void anotherProcessReadingAndWritingLosesNoAction()
    {
        QTemporaryDir dir;
        const auto path = at(dir, "kunren.db");
        auto visit = [&](bool write) {
            QProcess visitor;
            QStringList args{QString::fromStdString(path.string())};
            if (write)
                args << QStringLiteral("--write");
            visitor.start(QStringLiteral(KUNREN_DB_VISITOR), args);
            if (!visitor.waitForFinished(30000) || visitor.exitCode() != 0)
                qWarning("db_visitor: %s", visitor.readAllStandardError().constData());
            return visitor.readAllStandardOutput().trimmed().toLongLong();
        };
        auto desk = openOrFail(path); // the workspace's connection (profile, interrupted drills)
        QVERIFY(desk);
        const auto trainee = desk->addTrainee("Aiko");
        auto worker = openOrFail(path); // the drill worker's, opened when the drill starts
        QVERIFY(worker);
        const auto drill = worker->startDrill(trainee, "test-scenario", 7);
        long long written = 1;
        auto record = [&](int n) {
            for (int i = 0; i < n; ++i, ++written)
                worker->appendAction(drill, DrillAction::openView(written * kSecond, "logs"));
        };
        record(3);
        QCOMPARE(visit(false), written);
        record(5);
        QCOMPARE(visit(true), written);
        record(5);
        QCOMPARE(visit(false), written); // another program sees every action while the drill runs
        QCOMPARE(static_cast<long long>(desk->actions(drill).size()), written);
        worker.reset();
        desk.reset();
        auto reopened = openOrFail(path);
        QVERIFY(reopened);
        QCOMPARE(static_cast<long long>(reopened->actions(drill).size()), written);
        QVERIFY(reopened->findTrainee("visitor"));
        SqlStatement check(reopened->connection(), "PRAGMA integrity_check");
        QVERIFY(check.step());
        QCOMPARE(check.text(0), std::string("ok"));
    }

    void aNewerDatabaseIsRefusedAndLeftAlone()
    {
        QTemporaryDir dir;
        const auto path = at(dir, "kunren.db");
        {
            auto db = openOrFail(path);
            db->addTrainee("Dai");
        }
        rawSql(path, "PRAGMA user_version = 99");
        const std::string before = bytes(path);
        const auto opened = DrillDatabase::open(path);
        QVERIFY(!opened.db);
        QVERIFY2(opened.error.find("newer Kunren (schema version 99") != std::string::npos, opened.error.c_str());
        QVERIFY(opened.error.find("left untouched") != std::string::npos);
        QCOMPARE(bytes(path), before);
    }

    void garbageIsRefusedAndLeftAlone_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("notes") << QByteArray("these are my notes, not a database\n");
        QTest::newRow("three bytes") << QByteArray("hi\n");
        QTest::newRow("a page of text") << QByteArray(5000, 'k');
        QTest::newRow("SQLite's magic, then nothing") << QByteArray("SQLite format 3", 16);
    }

    // SQLite itself reads the header (nothing else may open the file): what is not a database is refused.
    void garbageIsRefusedAndLeftAlone()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        const auto path = at(dir, "kunren.db");
        const std::string before = content.toStdString();
        writeBytes(path, before);
        const auto opened = DrillDatabase::open(path);
        QVERIFY(!opened.db);
        QVERIFY2(opened.error.find("not an SQLite file") != std::string::npos ||
                     opened.error.find("damaged") != std::string::npos,
                 opened.error.c_str());
        QVERIFY2(opened.error.find("left untouched") != std::string::npos, opened.error.c_str());
        QCOMPARE(bytes(path), before);
    }

    void aTruncatedDatabaseIsRefusedAndLeftAlone()
    {
        QTemporaryDir dir;
        const auto path = at(dir, "kunren.db");
        {
            auto db = openOrFail(path);
            const auto trainee = db->addTrainee("Emi");
            for (int d = 0; d < 20; ++d) {
                const auto drill = db->startDrill(trainee, "test-scenario", 7);
                for (int i = 0; i < 50; ++i)
                    db->appendAction(drill, DrillAction::addNote(i * kSecond, std::string(200, 'x')));
            }
        }
        const std::string whole = bytes(path);
        QVERIFY(whole.size() > 100000);
        const std::string truncated = whole.substr(0, whole.size() / 3);
        writeBytes(path, truncated);
        const auto opened = DrillDatabase::open(path);
        QVERIFY(!opened.db);
        QVERIFY2(opened.error.find("damaged") != std::string::npos, opened.error.c_str());
        // One sentence; SQLite's page-by-page report is kept apart, for those who want it.
        QVERIFY2(opened.error.find('\n') == std::string::npos && opened.error.find("Page ") == std::string::npos,
                 opened.error.c_str());
        QVERIFY(!opened.details.empty());
        QCOMPARE(bytes(path), truncated);
    }

    void someoneElsesSqliteFileIsRefused()
    {
        QTemporaryDir dir;
        const auto path = at(dir, "other.db");
        rawSql(path, "CREATE TABLE photos(id INTEGER PRIMARY KEY, name TEXT)");
        const std::string before = bytes(path);
        const auto opened = DrillDatabase::open(path);
        QVERIFY(!opened.db);
        QVERIFY2(opened.error.find("not Kunren's") != std::string::npos, opened.error.c_str());
        QCOMPARE(bytes(path), before);
    }

    void anOlderDatabaseIsMigratedWithItsDrills()
    {
        QTemporaryDir dir;
        const auto path = at(dir, "kunren.db");
        {
            sqlite3* raw = nullptr;
            sqlite3_open(path.c_str(), &raw);
            SqlConnection c(raw);
            migrateDrillSchema(c, 1); // what the first release wrote
            execSql(c, "INSERT INTO trainees(id, name, team, created_ms) VALUES (1, 'Fumi', 'sre', 0)");
            execSql(c, "INSERT INTO drills(id, trainee_id, scenario_id, seed, started_ms) VALUES (1, 1, "
                       "'test-scenario', 7, 0)");
            SqlStatement add(c, "INSERT INTO actions(drill_id, seq, at_us, type, json) VALUES (1, ?1, ?2, ?3, ?4)");
            std::int64_t seq = 0;
            for (const DrillAction& a : quickLog()) {
                add.reset();
                add.bind(1, ++seq)
                    .bind(2, a.at)
                    .bind(3, std::string_view(toString(a.type)))
                    .bind(4, actionToJson(a))
                    .run();
            }
        }
        auto db = openOrFail(path);
        QVERIFY(db);
        QCOMPARE(db->schemaVersion(), kDrillSchemaVersion);
        QVERIFY(db->actions(1) == quickLog());
        auto sc = std::shared_ptr<const Scenario>(badDeployDrill());
        db->saveScore(1, *sc, db->actions(1), scoreDrill(sc, db->actions(1))); // the new tables work
        QVERIFY(db->score(1));
    }

    void retrospectivesAreSavedWhole()
    {
        QTemporaryDir dir;
        auto db = openOrFail(at(dir, "kunren.db"));
        const auto log = quickLog();
        const auto drill = db->importDrill(db->addTrainee("Gen"), log);
        auto sc = badDeployDrill();
        Retrospective retro = draftRetrospective(*sc, log);
        retro.summary = "Errors | 30 % on stock";
        retro.actionItems = {{"Canary deploys for inventory", "Gen", "prevent"},
                             {"Alert on new error types", "", "detect"}};
        retro.toolFamiliarity = {{"traces", 4}, {"events", 2}};
        db->saveRetrospective(drill, retro);
        const auto back = db->retrospective(drill);
        QVERIFY(back);
        QVERIFY(*back == retro);
        QVERIFY(!db->retrospective(drill + 100));
    }

    void historyLeaderboardAndGroupReport()
    {
        QTemporaryDir dir;
        auto db = openOrFail(at(dir, "kunren.db"));
        auto sc = std::shared_ptr<const Scenario>(badDeployDrill());
        const auto aiko = db->addTrainee("Aiko", "payments");
        const auto ben = db->addTrainee("Ben", "payments");
        const auto chie = db->addTrainee("Chie", "search");
        auto record = [&](std::int64_t trainee, std::vector<DrillAction> log, std::int64_t when) {
            const auto id = db->importDrill(trainee, log, when);
            db->saveScore(id, *sc, log, scoreDrill(sc, log));
            return id;
        };
        record(aiko, drillLog(hypothesis("inventory", "bad-deploy"), 6 * kMinute, 7 * kMinute), 1000);
        const auto aikoBest = record(aiko, drillLog(hypothesis("inventory", "bad-deploy"), 3 * kMinute, 4 * kMinute),
                                     2000);
        auto benLog = drillLog(hypothesis("inventory", "bad-deploy"), 5 * kMinute, 6 * kMinute);
        benLog.insert(benLog.begin() + 4, DrillAction::submitHypothesis(2 * kMinute, hypothesis("db", "capacity", "")));
        record(ben, benLog, 3000);
        record(chie, drillLog(hypothesis("db", "capacity", ""), 3 * kMinute, 4 * kMinute, "scale-out", "api"), 4000);
        Retrospective retro;
        retro.actionItems = {{"Canary deploys", "Aiko", "prevent"}};
        db->saveRetrospective(aikoBest, retro);

        const auto history = traineeHistory(*db, aiko);
        QCOMPARE(history.size(), std::size_t{2});
        QVERIFY(history[0].drill.startedMs < history[1].drill.startedMs);
        QVERIFY(history[1].score->total > history[0].score->total); // she got faster

        const auto board = scenarioLeaderboard(*db, "test-scenario");
        QCOMPARE(board.size(), std::size_t{3});
        QCOMPARE(board[0].trainee, std::string("Aiko"));
        QCOMPARE(board[0].drillId, aikoBest);
        QCOMPARE(board[0].drills, 2);
        QCOMPARE(board[1].trainee, std::string("Ben"));
        QCOMPARE(board[2].trainee, std::string("Chie"));
        QCOMPARE(board[2].best, 0.0);

        const GroupReport payments = groupReport(*db, "payments");
        QCOMPARE(payments.trainees, 2);
        QCOMPARE(payments.drills, 3);
        QCOMPARE(payments.scored, 3);
        // Root cause after 5, 2 and 4 minutes: median 4 m, p90 = 4 + 0.8 × 1 = 4.8 m.
        QCOMPARE(*payments.rootCauseMedianSeconds, 240.0);
        QCOMPARE(*payments.rootCauseP90Seconds, 288.0);
        QCOMPARE(payments.wrongHypotheses.size(), std::size_t{1});
        QCOMPARE(payments.wrongHypotheses[0].component, std::string("db"));
        QCOMPARE(payments.actionItems.size(), std::size_t{1});
        QCOMPARE(payments.tools.front().view, std::string("events"));
        QCOMPARE(payments.tools.front().drills, 3);
        const GroupReport everyone = groupReport(*db);
        QCOMPARE(everyone.trainees, 3);
        QCOMPARE(everyone.wrongHypotheses[0].count, 2); // Ben's guess and Chie's answer
    }

    void aRecordedDrillResumesAndReplaysAsItRan()
    {
        QTemporaryDir dir;
        auto db = openOrFail(at(dir, "kunren.db"));
        auto sc = std::shared_ptr<const Scenario>(badDeployDrill());
        Simulator live(sc);
        DatabaseActionSink sink(*db, db->addTrainee("Hana"));
        DrillRecorder rec(live);
        rec.setSink(&sink);
        QVERIFY(rec.save());
        live.runUntil(90 * kSecond);
        rec.ackAlert("api-slo");
        QVERIFY(!rec.takeHint(1)); // not available before 3m
        live.runUntil(2 * kMinute);
        QCOMPARE(*rec.takeHint(0), std::string("Look at the deploys"));
        rec.submitHypothesis(hypothesis("inventory", "bad-deploy"));
        live.runUntil(3 * kMinute);
        QVERIFY(rec.applyMitigation(MitigationKind::Rollback, "inventory").applied);
        rec.addNote("rolled back");
        // The app dies here. Next start: the drill is interrupted, its log intact, and it resumes.
        QCOMPARE(db->interruptedDrills().size(), std::size_t{1});
        const auto stored = db->actions(rec.drillId());
        QVERIFY(stored == rec.actions());
        auto resumed = replayToLastAction(sc, stored);
        QCOMPARE(resumed->now(), 3 * kMinute);
        live.runUntil(6 * kMinute);
        resumed->runUntil(6 * kMinute);
        QCOMPARE(digest(resumed->telemetry()), digest(live.telemetry()));
        DrillRecorder more(*resumed, stored, rec.drillId());
        more.setSink(&sink);
        QCOMPARE(more.unsaved(), std::size_t{0});
        more.end("resolved");
        QVERIFY(db->interruptedDrills().empty());
        QCOMPARE(db->actions(rec.drillId()).back().at, 6 * kMinute);
    }

    // A save that fails loses nothing: the action waits, counted, and the next save writes it, once, in order.
    void failedSavesAreRetriedAndStoredOnce()
    {
        // The database refuses the next `failures` writes, as a full disk or a held lock would.
        class FlakySink final : public ActionSink
        {
        public:
            explicit FlakySink(ActionSink& real) : m_real(real) {}
            int failures = 0;
            std::int64_t beginDrill(const DrillAction& start) override
            {
                fail();
                return m_real.beginDrill(start);
            }
            void append(std::int64_t drill, std::int64_t seq, const DrillAction& a) override
            {
                fail();
                m_real.append(drill, seq, a);
            }

        private:
            void fail()
            {
                if (failures > 0) {
                    --failures;
                    throw StoreError("database or disk is full");
                }
            }
            ActionSink& m_real;
        };

        QTemporaryDir dir;
        auto db = openOrFail(at(dir, "kunren.db"));
        DatabaseActionSink real(*db, db->addTrainee("Isao"));
        FlakySink flaky(real);
        auto sc = std::shared_ptr<const Scenario>(badDeployDrill());
        Simulator sim(sc);
        DrillRecorder rec(sim);
        rec.setSink(&flaky);
        flaky.failures = 1; // even the drill's own record waits
        QVERIFY(!rec.save());
        QCOMPARE(rec.lastError(), std::string("database or disk is full"));
        QCOMPARE(rec.drillId(), std::int64_t{0});
        QCOMPARE(rec.unsaved(), std::size_t{1});
        QVERIFY(rec.save());
        QVERIFY(rec.drillId() > 0);
        sim.runUntil(30 * kSecond);
        rec.openView("map");
        flaky.failures = 2;
        rec.openView("logs");                 // fails
        rec.runQuery("logs", "status:error"); // fails: both wait
        QCOMPARE(rec.unsaved(), std::size_t{2});
        QCOMPARE(db->actions(rec.drillId()).size(), std::size_t{2});
        rec.addNote("disk freed"); // saves all three, in order
        QCOMPARE(rec.unsaved(), std::size_t{0});
        QVERIFY(rec.lastError().empty());
        // A write repeated after an error that happened once the row was in (a lost reply) is stored once.
        real.append(rec.drillId(), 3, rec.actions()[2]);
        const auto stored = db->actions(rec.drillId());
        QVERIFY(stored == rec.actions());
        QCOMPARE(stored.size(), std::size_t{5});
    }

    // The clock's actions round-trip through the database and JSON like every other action.
    void clockActionsAreLoggedLikeAnyOther()
    {
        QTemporaryDir dir;
        auto db = openOrFail(at(dir, "kunren.db"));
        std::vector<DrillAction> log{
            DrillAction::start(0, "test-scenario", 7), DrillAction::setSpeed(0, 1),
            DrillAction::pauseClock(40 * kSecond),     DrillAction::resumeClock(40 * kSecond, 75.25),
            DrillAction::setSpeed(41 * kSecond, 5),    DrillAction::jump(10 * kMinute, 2 * kMinute),
            DrillAction::end(11 * kMinute, "resolved")};
        const auto id = db->importDrill(db->addTrainee("Jun"), log);
        QVERIFY(db->actions(id) == log);
        QCOMPARE(actionToJson(log[3]), std::string(R"({"at":40,"type":"clock.play","paused_s":75.25})"));
        QCOMPARE(actionToJson(log[5]), std::string(R"({"at":600,"type":"clock.jump","from":120})"));
        // The trainee's own time rides along as "wall"; a negative one is refused with its column.
        DrillAction stamped = DrillAction::openView(42 * kSecond, "logs");
        stamped.wall = 12.3456;
        QCOMPARE(actionToJson(stamped), std::string(R"({"at":42,"type":"view.open","wall":12.346,"view":"logs"})"));
        const auto bad = parseActionLog(R"({"at":1,"wall":-2,"type":"view.open","view":"logs"})", "x.jsonl");
        QCOMPARE(bad.diagnostics.size(), std::size_t{1});
        QVERIFY2(bad.diagnostics[0].format() == "x.jsonl:1:9: error: /wall: must be a non-negative number of "
                                                "wall-clock seconds since the drill started",
                 bad.diagnostics[0].format().c_str());
    }

    void percentilesInterpolate()
    {
        QVERIFY(!percentile({}, 0.5));
        QCOMPARE(*percentile({7}, 0.9), 7.0);
        QCOMPARE(*percentile({1, 2, 3, 4}, 0.5), 2.5);
        QCOMPARE(*percentile({10, 20, 30, 40, 50, 60, 70, 80, 90, 100}, 0.9), 91.0);
    }
};

QTEST_GUILESS_MAIN(TestDrillStore)
#include "tst_drillstore.moc"
