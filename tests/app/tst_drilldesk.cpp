// A drill as a trainee runs it in the workspace, recorded to SQLite as it happens: acknowledging,
// opening pages, searching, declaring a hypothesis, mitigating, ending and reading the score; resuming
// a drill a killed app left behind; and a database Kunren must not touch.
#include "DrillLoading.h"
#include "bridge/DrillRunner.h"
#include "channels/ChannelsPage.h"
#include "drill/ActionLogJson.h"
#include "drill/DrillScore.h"
#include "drill/HintsDialog.h"
#include "drill/HypothesisDialog.h"
#include "drill/MitigationDialog.h"
#include "drill/RetroWording.h"
#include "drill/RetrospectiveDialog.h"
#include "drill/ScorePage.h"
#include "models/Formatting.h"
#include "models/NotificationModel.h"
#include "scenario/ScenarioLoader.h"
#include "shell/DrillDesk.h"
#include "shell/DrillStatusBar.h"
#include "shell/MainWindow.h"
#include "store/DrillDatabase.h"
#include "widgets/Navigator.h"
#include "widgets/QueryBar.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QtTest>

using namespace kunren;
using namespace kunren::app;

namespace {

const QString kScenario = QStringLiteral("shop-payment-bad-deploy");

std::vector<ActionType> typesOf(const std::vector<DrillAction>& actions)
{
    std::vector<ActionType> types;
    for (const DrillAction& a : actions)
        types.push_back(a.type);
    return types;
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Acknowledges the first page on the Channels page, as a trainee does: select it, press Acknowledge.
bool acknowledgeFirstPage(MainWindow& window)
{
    window.showPage(QStringLiteral("channels"));
    auto* page = qobject_cast<ChannelsPage*>(window.page(QStringLiteral("channels")));
    page->selectChannel(2); // the pager
    auto* table = page->findChild<QTableView*>(QStringLiteral("notificationTable"));
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        if (table->model()->index(r, 0).data(NotificationModel::KindRole).toInt() ==
            static_cast<int>(AlertNotification::Kind::Triggered)) {
            table->setCurrentIndex(table->model()->index(r, NotificationModel::Message));
            QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("acknowledgeButton")), Qt::LeftButton);
            return true;
        }
    }
    return false;
}

// The bad-deploy drill started with its actions recorded to `dbPath` (the caller checks
// QTest::currentTestFailed()).
void startRecordedDrill(MainWindow& window, const QString& dbPath)
{
    window.show();
    QVERIFY(window.drillDesk()->openDatabase(dbPath));
    QVERIFY(test::startAndWait(window, kScenario));
    QTRY_VERIFY(window.runner()->drillId() > 0);
}

// Screenshots for the docs and for looking at: KUNREN_SCREENSHOT_DIR=DIR saves them there.
void grabShot(QWidget& widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("KUNREN_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget.grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

} // namespace

class TestDrillDesk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // the profile goes to a test QSettings
        TraineeProfile{QStringLiteral("Aiko"), QStringLiteral("payments")}.save();
    }

    // A whole drill: every action lands in the database as it happens, in order, and the score shown
    // is scoreDrill of exactly that log.
    void aDrillFromAcknowledgementToScore()
    {
        QTemporaryDir dir;
        const QString dbPath = dir.filePath(QStringLiteral("drills.db"));
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        DrillDesk* desk = window.drillDesk();
        QVERIFY(desk->openDatabase(dbPath));
        QVERIFY(test::startAndWait(window, kScenario));
        QTRY_VERIFY(window.runner()->drillId() > 0);
        const qint64 drillId = window.runner()->drillId();

        window.runner()->jumpTo(12 * kMinute);
        QTRY_VERIFY_WITH_TIMEOUT(window.runner()->now() >= 12 * kMinute, 120000);
        QTRY_VERIFY2_WITH_TIMEOUT(window.runner()->unacknowledgedPages() > 0,
                                  qPrintable(QString::number(window.runner()->notifications().size())), 5000);
        QVERIFY(acknowledgeFirstPage(window));
        QTRY_VERIFY_WITH_TIMEOUT(window.runner()->unacknowledgedPages() == 0, 5000);
        window.showPage(QStringLiteral("traces"));
        window.page(QStringLiteral("traces"))
            ->findChild<QueryBar*>()
            ->setQuery(QStringLiteral("service:checkout status:error"));
        QCOMPARE(desk->bookmarkCurrent(), QStringLiteral("query:service:checkout status:error"));
        window.showPage(QStringLiteral("events"));
        QTRY_COMPARE(window.runner()->actions().size(), std::size_t(8));

        // In the database, in order, while the drill is still running; the clock's pace and jump included.
        {
            auto opened = DrillDatabase::open(dbPath.toStdString());
            QVERIFY2(opened.db, opened.error.c_str());
            const std::vector<DrillAction> stored = opened.db->actions(drillId);
            QCOMPARE(stored, window.runner()->actions());
            const std::vector<ActionType> expected{
                ActionType::DrillStart, ActionType::ClockSpeed, ActionType::ClockJump, ActionType::ViewOpen,
                ActionType::AlertAck,   ActionType::ViewOpen,   ActionType::QueryRun,  ActionType::ViewOpen};
            QVERIFY(typesOf(stored) == expected);
            QCOMPARE(stored[1].speed, DrillRunner::kDefaultSpeed);
            QCOMPARE(stored[2].from, SimTime{0});
            QVERIFY(stored[2].at >= 12 * kMinute);
            QCOMPARE(stored[3].view, std::string("alerts"));
            QCOMPARE(stored[4].alert, std::string("checkout-slo"));
            QVERIFY(stored[4].at >= 12 * kMinute);
            QCOMPARE(stored[6].view, std::string("traces"));
            QCOMPARE(stored[6].query, std::string("service:checkout status:error"));
            QCOMPARE(stored[7].view, std::string("events"));
            const auto drill = opened.db->drill(drillId);
            QCOMPARE(drill->trainee, std::string("Aiko"));
            QCOMPARE(drill->team, std::string("payments"));
            QCOMPARE(drill->scenarioId, kScenario.toStdString());
        }

        // The APM service page offers to declare its service the cause (the dialog comes later, pre-selected).
        Q_EMIT window.navigator()->serviceRequested(QStringLiteral("payment"));
        QCOMPARE(window.currentPageId(), QStringLiteral("apm"));
        auto* declareHere =
            window.page(QStringLiteral("apm"))->findChild<QPushButton*>(QStringLiteral("serviceHypothesis"));
        QTRY_VERIFY(declareHere->isVisible());

        // The first hint is available from 9 minutes, the second from 13.
        HintsDialog* hints = desk->showHints();
        auto* next = hints->findChild<QPushButton*>(QStringLiteral("nextHintButton"));
        QTRY_VERIFY(next->isEnabled());
        next->click();
        QTRY_COMPARE(hints->hintsTaken(), 1);
        QVERIFY(hints->findChild<QTextBrowser*>(QStringLiteral("hintsText"))
                    ->toPlainText()
                    .contains(QLatin1String("downstream span")));
        QTRY_VERIFY(!next->isEnabled()); // the second is due at 13 minutes
        grabShot(*hints, QStringLiteral("hints-dialog"));
        hints->close();

        // Declare the hypothesis through the dialog: component, mechanism, trigger, evidence.
        declareHere->click();
        auto* hypothesis = window.findChild<HypothesisDialog*>();
        QVERIFY(hypothesis && hypothesis->isVisible());
        QCOMPARE(hypothesis->findChild<QComboBox*>(QStringLiteral("componentCombo"))->currentText(),
                 QStringLiteral("payment"));
        auto* trigger = hypothesis->findChild<QComboBox*>(QStringLiteral("triggerCombo"));
        QCOMPARE(trigger->count(), 3); // none, catalog-deploy at 2m, payment-deploy at 6m
        hypothesis->setMechanism(QStringLiteral("bad-deploy"));
        hypothesis->setTrigger(QStringLiteral("payment-deploy"));
        hypothesis->findChild<QLineEdit*>(QStringLiteral("newEvidenceEdit"))
            ->setText(QStringLiteral("event:payment-deploy"));
        QTest::keyClick(hypothesis->findChild<QLineEdit*>(QStringLiteral("newEvidenceEdit")), Qt::Key_Return);
        QVERIFY(hypothesis->isVisible()); // Return in the evidence field adds, it does not submit
        grabShot(*hypothesis, QStringLiteral("hypothesis-trigger"));
        const Hypothesis declared = hypothesis->hypothesis();
        QCOMPARE(declared.evidence,
                 (std::vector<std::string>{"query:service:checkout status:error", "event:payment-deploy"}));
        hypothesis->findChild<QPushButton*>(QStringLiteral("submitHypothesisButton"))->click();

        // Roll payment back: the worker acts on the simulation and the result shows in the status bar.
        MitigationDialog* mitigation = desk->mitigate(MitigationKind::Rollback);
        QVERIFY(mitigation);
        mitigation->setTarget(QStringLiteral("payment"));
        grabShot(*mitigation, QStringLiteral("mitigation-dialog"));
        mitigation->findChild<QPushButton*>(QStringLiteral("applyMitigationButton"))->click();
        QTRY_VERIFY(window.statusBar()->currentMessage().startsWith(QLatin1String("Mitigation: ")));
        QVERIFY2(window.statusBar()->currentMessage().contains(QLatin1String("payment")),
                 qPrintable(window.statusBar()->currentMessage()));

        window.runner()->jumpTo(14 * kMinute);
        QTRY_VERIFY_WITH_TIMEOUT(window.runner()->now() >= 14 * kMinute, 60000);
        QMessageBox* end = desk->endDrill();
        QVERIFY(end);
        end->findChild<QPushButton*>(QStringLiteral("endResolvedButton"))->click();
        QTRY_VERIFY(window.runner()->isDrillEnded());
        QCOMPARE(window.currentPageId(), QStringLiteral("score"));
        QVERIFY(!desk->hypothesisAction()->isEnabled());
        auto* scorePage = qobject_cast<ScorePage*>(window.page(QStringLiteral("score")));
        QTRY_VERIFY_WITH_TIMEOUT(scorePage->score() != nullptr, 180000);

        auto opened = DrillDatabase::open(dbPath.toStdString());
        const std::vector<DrillAction> stored = opened.db->actions(drillId);
        QCOMPARE(stored, window.runner()->actions());
        const std::vector<ActionType> tail{ActionType::HintTake, ActionType::HypothesisSubmit,
                                           ActionType::MitigationApply, ActionType::ClockJump, ActionType::DrillEnd};
        QVERIFY(typesOf({stored.end() - 5, stored.end()}) == tail);
        QCOMPARE(stored[stored.size() - 4].hypothesis, declared);
        QCOMPARE(stored[stored.size() - 3].action, std::string("rollback"));
        QCOMPARE(stored[stored.size() - 3].target, std::string("payment"));
        QCOMPARE(stored.back().text, std::string("resolved"));
        QVERIFY(opened.db->interruptedDrills().empty());

        // The score shown is scoreDrill of that log, and it was stored with the drill.
        const DrillScore expected = scoreDrill(window.runner()->sharedScenario(), stored);
        QCOMPARE(scorePage->score()->total, expected.total);
        QCOMPARE(scorePage->score()->verdict, Verdict::Correct);
        QCOMPARE(scorePage->findChild<QLabel*>(QStringLiteral("scoreTotal"))->text(),
                 QStringLiteral("%1 / 100")
                     .arg(QLocale().toString(expected.total, 'f',
                                             expected.total == static_cast<int>(expected.total) ? 0 : 1)));
        const QString details = scorePage->findChild<QTextBrowser*>(QStringLiteral("scoreDetails"))->toPlainText();
        for (const ScoreLine& line : expected.earned)
            QVERIFY2(details.contains(QString::fromStdString(line.detail)), line.detail.c_str());
        QVERIFY(details.contains(QLatin1String("service:checkout status:error")));
        QVERIFY(details.contains(QLatin1String("Hints taken")));
        // The pace: 1× (the default) with two jumps, so the times are not all the trainee's own.
        QVERIFY2(details.contains(QLatin1String("Jumped ahead 2 times")), qPrintable(details));
        QVERIFY(details.contains(QLatin1String("of your time")));
        QTRY_VERIFY(opened.db->score(drillId).has_value());
        QCOMPARE(opened.db->score(drillId)->total, expected.total);

        // Write Retrospective opens this drill's form, pre-filled with the engine's draft in the workspace's words.
        auto* write = scorePage->findChild<QPushButton*>(QStringLiteral("writeRetrospectiveButton"));
        QVERIFY(write->isEnabled());
        QTest::mouseClick(write, Qt::LeftButton);
        auto* retro = window.findChild<RetrospectiveDialog*>();
        QVERIFY(retro);
        QCOMPARE(retro->drillId(), drillId);
        QTRY_VERIFY(retro->isLoaded());
        Retrospective draft = draftRetrospective(*window.runner()->scenario(), stored, &expected);
        wordRetrospectiveDraft(draft, *window.runner()->scenario(), stored, &expected);
        QVERIFY(retro->retrospective() == draft);
        retro->close();
        grabShot(window, QStringLiteral("score"));
    }

    // Another program reads and writes the drills database while a drill records (kunren-cli history and
    // import, as a facilitator would run them): every action arrives, and the file stays sound.
    void anotherProgramUsingTheDatabaseLosesNoAction()
    {
        QTemporaryDir dir;
        const QString dbPath = dir.filePath(QStringLiteral("drills.db"));
        MainWindow window;
        startRecordedDrill(window, dbPath);
        if (QTest::currentTestFailed())
            return;
        const qint64 drillId = window.runner()->drillId();
        auto cli = [&](const QStringList& args) {
            QProcess p;
            p.start(QStringLiteral(KUNREN_CLI), args);
            if (!p.waitForFinished(120000) || p.exitCode() != 0)
                qWarning("kunren-cli %s: %s", qPrintable(args.join(QLatin1Char(' '))),
                         p.readAllStandardError().constData());
            return p.exitCode();
        };
        const QStringList pages{QStringLiteral("logs"), QStringLiteral("traces"), QStringLiteral("map"),
                                QStringLiteral("metrics"), QStringLiteral("errors")};
        auto visit = [&] {
            for (const QString& id : pages)
                window.showPage(id);
        };
        visit();
        QTRY_COMPARE(window.runner()->actions().size(), std::size_t(7));
        QCOMPARE(cli({QStringLiteral("history"), QStringLiteral("--db"), dbPath}), 0);
        visit();
        QTRY_COMPARE(window.runner()->actions().size(), std::size_t(12));
        const QString log = dir.filePath(QStringLiteral("ben.jsonl"));
        {
            QFile f(log);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(R"({"at":0,"type":"drill.start","scenario":"shop-payment-bad-deploy","seed":3})"
                    "\n"
                    R"({"at":60,"type":"drill.end","reason":"gave up"})"
                    "\n");
        }
        QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("--db"), dbPath, QStringLiteral("--trainee"),
                      QStringLiteral("Ben"), kScenario, log}),
                 0);
        visit();
        QTRY_COMPARE(window.runner()->actions().size(), std::size_t(17));
        QTRY_COMPARE(window.runner()->unsavedActions(), 0);
        // Seen by a third program while the drill still runs, then after the app let go of the file.
        {
            auto opened = DrillDatabase::open(dbPath.toStdString());
            QVERIFY2(opened.db, opened.error.c_str());
            QCOMPARE(opened.db->actions(drillId), window.runner()->actions());
        }
        const std::vector<DrillAction> recorded = window.runner()->actions();
        window.runner()->endDrill(QStringLiteral("resolved"));
        QTRY_VERIFY(window.runner()->isDrillEnded());
        QTRY_COMPARE(window.runner()->unsavedActions(), 0);
        window.close();
        auto opened = DrillDatabase::open(dbPath.toStdString());
        QVERIFY2(opened.db, opened.error.c_str());
        const std::vector<DrillAction> stored = opened.db->actions(drillId);
        QCOMPARE(stored.size(), recorded.size() + 1);
        QVERIFY(std::equal(recorded.begin(), recorded.end(), stored.begin()));
        QCOMPARE(opened.db->drills().size(), std::size_t(2)); // Aiko's and Ben's imported one
        SqlStatement check(opened.db->connection(), "PRAGMA integrity_check");
        QVERIFY(check.step());
        QCOMPARE(check.text(0), std::string("ok"));
    }

    // A write the database refuses (here: another program holds its write lock) is never silent. The status
    // bar says how many actions wait, and once the database takes writes again they are all saved, in order.
    void aFailedWriteIsShownAndRetriedUntilSaved()
    {
        QTemporaryDir dir;
        const QString dbPath = dir.filePath(QStringLiteral("drills.db"));
        MainWindow window;
        startRecordedDrill(window, dbPath);
        if (QTest::currentTestFailed())
            return;
        const qint64 drillId = window.runner()->drillId();
        auto* status = qobject_cast<DrillStatusBar*>(window.statusBar());
        QVERIFY(status->saveText().isEmpty());

        auto blocker = DrillDatabase::open(dbPath.toStdString());
        QVERIFY(blocker.db);
        execSql(blocker.db->connection(), "BEGIN IMMEDIATE"); // holds the write lock
        window.showPage(QStringLiteral("logs"));
        window.showPage(QStringLiteral("traces"));
        QTRY_VERIFY_WITH_TIMEOUT(status->saveText().contains(QLatin1String("2 drill actions not saved yet")), 10000);
        QVERIFY2(window.runner()->saveProblem().contains(QLatin1String("locked")),
                 qPrintable(window.runner()->saveProblem()));
        grabShot(window, QStringLiteral("unsaved-actions"));
        execSql(blocker.db->connection(), "ROLLBACK");
        QTRY_VERIFY_WITH_TIMEOUT(status->saveText().isEmpty(), 10000);
        QCOMPARE(window.runner()->unsavedActions(), 0);
        QCOMPARE(blocker.db->actions(drillId), window.runner()->actions());
    }

    // The database file is moved away mid-drill: the drill is written anew where the trainee said, whole.
    void aMovedDatabaseGetsTheWholeDrillAgain()
    {
        QTemporaryDir dir;
        const QString dbPath = dir.filePath(QStringLiteral("drills.db"));
        MainWindow window;
        QVERIFY(window.drillDesk()->openDatabase(dbPath));
        QVERIFY(test::startAndWait(window, kScenario));
        QTRY_VERIFY(window.runner()->drillId() > 0);
        window.showPage(QStringLiteral("logs"));
        QTRY_COMPARE(window.runner()->actions().size(), std::size_t(3));
        QVERIFY(QFile::rename(dbPath, dir.filePath(QStringLiteral("moved.db"))));
        window.showPage(QStringLiteral("traces"));
        QTRY_COMPARE(window.runner()->actions().size(), std::size_t(4));
        QTRY_COMPARE(window.runner()->unsavedActions(), 0);
        QTRY_VERIFY(window.statusBar()->currentMessage().contains(QLatin1String("moved or deleted")));
        auto opened = DrillDatabase::open(dbPath.toStdString());
        QVERIFY2(opened.db, opened.error.c_str());
        QCOMPARE(opened.db->actions(window.runner()->drillId()), window.runner()->actions());
        QCOMPARE(opened.db->drill(window.runner()->drillId())->trainee, std::string("Aiko"));
    }

    // Declared from the toolbar, nothing is preselected: the trainee names the component and the mechanism.
    // The engine throws on the worker (here: the drill's telemetry reaches its limit mid-jump). The trainee is
    // told where and why, the clock cannot run on over a half-done second, and the drill keeps recording:
    // every action before and after is in the database.
    void anEngineErrorStopsTheSimulationAndLosesNothing()
    {
        QTemporaryDir dir;
        const QString dbPath = dir.filePath(QStringLiteral("drills.db"));
        MainWindow window;
        window.show();
        QVERIFY(window.drillDesk()->openDatabase(dbPath));
        const auto path = resolveScenario(kScenario.toStdString());
        QVERIFY(path);
        const auto loaded = loadScenarioFile(*path);
        QVERIFY(loaded.ok());
        SimOptions options;
        options.seed = 7;
        options.spanLimit = 20000;
        QString error;
        QVERIFY2(test::loadAndWait(*window.runner(), loaded.value, options, &error), qPrintable(error));
        QTRY_VERIFY(window.runner()->drillId() > 0);
        const qint64 drillId = window.runner()->drillId();
        window.showPage(QStringLiteral("logs"));

        QSignalSpy failed(window.runner(), &DrillRunner::engineFailed);
        window.runner()->jumpTo(10 * kMinute);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 60000);
        QVERIFY2(failed.at(0).at(0).toString().contains(QStringLiteral("telemetry is full")),
                 qPrintable(failed.at(0).at(0).toString()));
        const qint64 stoppedAt = failed.at(0).at(1).toLongLong();
        QVERIFY(stoppedAt > 0 && stoppedAt < 10 * kMinute);
        QTRY_VERIFY(!window.runner()->isCatchingUp());
        QCOMPARE(window.runner()->now(), stoppedAt);
        QVERIFY(window.runner()->telemetry()->counts().spans > 0);

        // Told, in the status bar and in a message that does not block the drill.
        auto* status = qobject_cast<DrillStatusBar*>(window.statusBar());
        QVERIFY(status->engineText().contains(QStringLiteral("Simulation stopped at")));
        QVERIFY(status->clockText().contains(QStringLiteral("stopped")));
        QVERIFY(status->clockText().contains(formatElapsed(stoppedAt))); // the pages caught up to where it stopped
        QVERIFY(status->currentMessage().contains(QStringLiteral("telemetry is full")));
        QTRY_VERIFY(window.findChild<QMessageBox*>(QStringLiteral("engineFailureMessage")));
        auto* box = window.findChild<QMessageBox*>(QStringLiteral("engineFailureMessage"));
        QVERIFY(box->detailedText().contains(QStringLiteral("telemetry is full")));
        box->accept();

        // The clock cannot play on; a mitigation is refused with the reason.
        window.runner()->play();
        QVERIFY(!window.runner()->isPlaying());
        QSignalSpy mitigated(window.runner(), &DrillRunner::mitigationApplied);
        window.runner()->applyMitigation(MitigationKind::Rollback, QStringLiteral("payment"));
        QTRY_COMPARE(mitigated.count(), 1);
        QCOMPARE(mitigated.at(0).at(0).toBool(), false);
        QTest::qWait(300);
        QCOMPARE(window.runner()->now(), stoppedAt);

        // The drill still records, and all of it is saved.
        window.showPage(QStringLiteral("traces"));
        window.runner()->addNote(QStringLiteral("the store filled up"));
        window.runner()->endDrill(QStringLiteral("resolved"));
        QTRY_VERIFY(window.runner()->isDrillEnded());
        QTRY_COMPARE(window.runner()->unsavedActions(), 0);
        const std::vector<ActionType> types = typesOf(window.runner()->actions());
        QVERIFY(std::count(types.begin(), types.end(), ActionType::ClockJump) == 1);
        QVERIFY(std::count(types.begin(), types.end(), ActionType::NoteAdd) == 1);
        QCOMPARE(types.back(), ActionType::DrillEnd);
        auto opened = DrillDatabase::open(dbPath.toStdString());
        QVERIFY2(opened.db, opened.error.c_str());
        QCOMPARE(opened.db->actions(drillId), window.runner()->actions());
    }

    void theHypothesisDialogStartsWithNothingChosen()
    {
        MainWindow window;
        window.show();
        QVERIFY(test::startAndWait(window, kScenario));
        HypothesisDialog* dialog = window.drillDesk()->declareHypothesis();
        QVERIFY(dialog);
        auto* component = dialog->findChild<QComboBox*>(QStringLiteral("componentCombo"));
        auto* mechanism = dialog->findChild<QComboBox*>(QStringLiteral("mechanismCombo"));
        auto* submit = dialog->findChild<QPushButton*>(QStringLiteral("submitHypothesisButton"));
        QCOMPARE(component->currentIndex(), -1);
        QCOMPARE(mechanism->currentIndex(), -1);
        QVERIFY(!submit->isEnabled());
        dialog->setComponent(QStringLiteral("payment"));
        QVERIFY(!submit->isEnabled());
        dialog->setMechanism(QStringLiteral("bad-deploy"));
        QVERIFY(submit->isEnabled());
        dialog->close();
    }

    void offersToResumeAnInterruptedDrill()
    {
        QTemporaryDir dir;
        const QString dbPath = dir.filePath(QStringLiteral("drills.db"));
        std::int64_t drillId = 0;
        {
            // What a drill killed mid-way leaves behind: actions up to 3 minutes, no drill.end.
            auto opened = DrillDatabase::open(dbPath.toStdString());
            const auto trainee = opened.db->addTrainee("Aiko", "payments");
            drillId = opened.db->startDrill(trainee, kScenario.toStdString(), 7);
            opened.db->appendAction(drillId, DrillAction::openView(60 * kSecond, "traces"));
            opened.db->appendAction(drillId, DrillAction::addNote(90 * kSecond, "checkout errors since 14:05?"));
            opened.db->appendAction(drillId, DrillAction::applyMitigation(3 * kMinute, "scale-out", "checkout"));
        }
        MainWindow window;
        window.show();
        QVERIFY(window.drillDesk()->openDatabase(dbPath));
        QMessageBox* prompt = window.drillDesk()->offerInterruptedDrill();
        QVERIFY(prompt);
        QVERIFY(prompt->isVisible());
        QVERIFY(prompt->informativeText().contains(kScenario));
        grabShot(*prompt, QStringLiteral("resume-prompt"));
        prompt->findChild<QPushButton*>(QStringLiteral("resumeDrillButton"))->click();

        // The simulation is replayed to the last action, and the drill goes on under the same id.
        QTRY_COMPARE_WITH_TIMEOUT(window.runner()->actions().size(), std::size_t(4), 60000);
        QTRY_VERIFY_WITH_TIMEOUT(window.runner()->now() >= 3 * kMinute, 60000);
        QCOMPARE(window.runner()->drillId(), drillId);
        QCOMPARE(window.runner()->seed(), quint64(7));
        QCOMPARE(window.runner()->scenario()->id, kScenario.toStdString());
        window.runner()->addNote(QStringLiteral("resumed"));
        QTRY_COMPARE(window.runner()->actions().size(), std::size_t(5));
        auto opened = DrillDatabase::open(dbPath.toStdString());
        const auto stored = opened.db->actions(drillId);
        QCOMPARE(stored.size(), std::size_t(5));
        QCOMPARE(stored.back().text, std::string("resumed"));
        QVERIFY(stored.back().at >= 3 * kMinute);
    }

    void closingAnInterruptedDrillKeepsItsNotes()
    {
        QTemporaryDir dir;
        const QString dbPath = dir.filePath(QStringLiteral("drills.db"));
        std::int64_t drillId = 0;
        {
            auto opened = DrillDatabase::open(dbPath.toStdString());
            drillId = opened.db->startDrill(opened.db->addTrainee("Aiko"), kScenario.toStdString(), 7);
            opened.db->appendAction(drillId, DrillAction::addNote(90 * kSecond, "payment 5.1.0?"));
        }
        MainWindow window;
        QVERIFY(window.drillDesk()->openDatabase(dbPath));
        QMessageBox* prompt = window.drillDesk()->offerInterruptedDrill();
        QVERIFY(prompt);
        prompt->findChild<QPushButton*>(QStringLiteral("closeDrillButton"))->click();
        QVERIFY(!window.runner()->isLoaded());
        auto opened = DrillDatabase::open(dbPath.toStdString());
        QVERIFY(opened.db->interruptedDrills().empty());
        const auto stored = opened.db->actions(drillId);
        QCOMPARE(stored[1].text, std::string("payment 5.1.0?"));
        QCOMPARE(stored.back().type, ActionType::DrillEnd);
        QVERIFY(!window.drillDesk()->offerInterruptedDrill());
    }

    void refusesACorruptDatabaseAndLeavesItAlone()
    {
        QTemporaryDir dir;
        const QString dbPath = dir.filePath(QStringLiteral("drills.db"));
        QByteArray garbage("SQLite format 3");
        garbage.append(QByteArray(4096, '\x5a'));
        {
            QFile f(dbPath);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(garbage);
        }
        MainWindow window;
        window.show();
        QVERIFY(!window.drillDesk()->openDatabase(dbPath));
        auto* message = window.findChild<QMessageBox*>(QStringLiteral("databaseRefusedMessage"));
        QVERIFY(message);
        QVERIFY(message->isVisible());
        QVERIFY2(message->informativeText().contains(dbPath), qPrintable(message->informativeText()));
        // Said once, in a sentence; what SQLite found is there on demand, not in the sentence.
        QCOMPARE(message->informativeText().count(QLatin1String("untouched")), qsizetype(1));
        QVERIFY2(!message->informativeText().contains(QLatin1String("***")) &&
                     message->informativeText().count(QLatin1Char('\n')) <= 3,
                 qPrintable(message->informativeText()));
        // A drill still runs (unsaved), and the file stays byte for byte what it was.
        QVERIFY(test::startAndWait(window, kScenario));
        window.showPage(QStringLiteral("logs"));
        QTRY_COMPARE(window.runner()->actions().size(), std::size_t(3)); // drill.start, clock.speed, view.open
        QCOMPARE(window.runner()->drillId(), qint64(0));
        QCOMPARE(readAll(dbPath), garbage);
        QVERIFY(!QFile::exists(dbPath + QStringLiteral("-wal")));
    }
};

QTEST_MAIN(TestDrillDesk)
#include "tst_drilldesk.moc"
