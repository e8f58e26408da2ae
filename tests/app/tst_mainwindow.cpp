// The main window as a trainee uses it, on the offscreen platform.
#include "DrillLoading.h"
#include "bridge/DrillRunner.h"
#include "drill/ScorePage.h"
#include "home/BriefingView.h"
#include "home/LaunchPage.h"
#include "models/LibraryModel.h"
#include "models/ServiceHealthModel.h"
#include "session/DrillSession.h"
#include "shell/CatchUpProgress.h"
#include "shell/DrillDesk.h"
#include "shell/DrillStatusBar.h"
#include "shell/DrillToolBar.h"
#include "shell/MainWindow.h"
#include "shell/ShortcutsDialog.h"
#include "shell/StartupFlow.h"
#include "store/DrillDatabase.h"
#include "widgets/Navigator.h"

#include <QAction>
#include <QDeadlineTimer>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QFontMetrics>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QThread>
#include <QToolBar>
#include <QTreeWidget>
#include <QtTest>

#include <atomic>
#include <stdexcept>

#include "ScreenshotChecks.h"

using namespace kunren::app;
using kunren::test::distinctColours;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Settings the window writes (the theme) go to a test location, never the developer's own.
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void libraryListsTheBuiltInDrills()
    {
        MainWindow window;
        auto* library = window.findChild<QTableView*>(QStringLiteral("libraryView"));
        QVERIFY(library);
        QVERIFY(library->model()->rowCount() >= 3);
    }

    void startPlayAndWatchServicesFillIn()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(kunren::test::startAndWait(window, QStringLiteral("shop-slow-query"), 5));
        auto* briefing = window.findChild<BriefingView*>();
        QVERIFY(briefing->toPlainText().contains(QLatin1String("orders table")));

        window.runner()->setSpeed(60);
        // Space is the play shortcut; press it like a trainee would.
        QAction* play = window.findChild<QToolBar*>(QStringLiteral("drillToolBar"))->actions().first();
        QVERIFY(play->isEnabled());
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_Space);
        QVERIFY(window.runner()->isPlaying());
        // The status bar tells the drill's time and pace.
        auto* status = window.findChild<DrillStatusBar*>();
        QVERIFY(status);
        QTRY_VERIFY(status->clockText().startsWith(QLatin1String("T+00:0")));
        QVERIFY2(status->clockText().contains(QLatin1String("playing at 60")), qPrintable(status->clockText()));
        QTRY_VERIFY_WITH_TIMEOUT(window.runner()->now() >= 20 * kunren::kSecond, 10000);

        auto* health = window.findChild<QTableView*>(QStringLiteral("serviceHealthView"));
        QAbstractItemModel* model = health->model();
        QCOMPARE(model->rowCount(), 12);
        QTRY_VERIFY_WITH_TIMEOUT(
            model->index(0, ServiceHealthModel::RequestRate).data(ServiceHealthModel::SortRole).toDouble() > 0 ||
                model->index(1, ServiceHealthModel::RequestRate).data(ServiceHealthModel::SortRole).toDouble() > 0,
            5000);
        auto* clock = window.findChild<QLabel*>(QStringLiteral("drillClock"));
        QVERIFY(clock->text().startsWith(QLatin1String("T+00:00")));

        play->trigger();
        QVERIFY(!window.runner()->isPlaying());
        QVERIFY2(status->clockText().contains(QLatin1String("paused")), qPrintable(status->clockText()));

        const QImage shot = window.grab().toImage();
        QVERIFY(shot.width() > 800 && shot.height() > 500);
        QVERIFY2(distinctColours(shot) > 8, "the window looks blank");
        QTemporaryDir dir;
        QVERIFY(shot.save(dir.filePath(QStringLiteral("main.png"))));
    }

    void aBrokenScenarioIsExplainedInTheWindow()
    {
        MainWindow window;
        window.show();
        QVERIFY(!window.startScenario(QStringLiteral(KUNREN_TEST_DATA "/scenarios/broken.topology.json")));
        auto* banner = window.findChild<QLabel*>(QStringLiteral("errorBanner"));
        QVERIFY(banner->isVisible());
        // In words, with the file, the line and the column of each problem.
        QVERIFY2(banner->text().contains(QLatin1String("In broken.topology.json:")), qPrintable(banner->text()));
        QVERIFY2(banner->text().contains(QRegularExpression(QStringLiteral("line \\d+, column \\d+"))),
                 qPrintable(banner->text()));
        QVERIFY(!window.runner()->isLoaded());
        QCOMPARE(window.currentPageId(), QStringLiteral("home"));

        QVERIFY(!window.startScenario(QStringLiteral("no-such-drill")));
        QVERIFY(banner->text().contains(QLatin1String("no-such-drill")));
        // A good scenario afterwards clears the error.
        QVERIFY(kunren::test::startAndWait(window, QStringLiteral("shop-slow-query")));
        QVERIFY(!banner->isVisible());
    }

    // `kunren --scenario bad.json` with a JSON syntax error: the window says where, nothing crashes.
    void aScenarioWithASyntaxErrorSaysWhere()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.scenario.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\n  \"format\": \"kunren.scenario/1\",\n  \"id\": \"bad\",,\n}\n");
        file.close();
        MainWindow window;
        window.show();
        QVERIFY(!window.startScenario(path));
        auto* banner = window.findChild<QLabel*>(QStringLiteral("errorBanner"));
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(QLatin1String("In bad.scenario.json:")), qPrintable(banner->text()));
        QVERIFY2(banner->text().contains(QLatin1String("line 3, column")), qPrintable(banner->text()));
        QVERIFY(!window.runner()->isLoaded());
        QVERIFY(window.statusBar()->currentMessage().contains(QLatin1String("nothing was started")));
    }

    // The simulation is built on the drill's worker: meanwhile the status bar says so and Start waits; then the
    // drill is ready, and the Drills page shows its services.
    void theWindowSaysWhileTheSimulationIsBuilt()
    {
        std::atomic<bool> release{false}; // outlives the window: its runner waits for the build when deleted
        MainWindow window;
        window.show();
        window.runner()->setSessionFactory(
            [&release](std::shared_ptr<const kunren::Scenario> scenario, const kunren::SimOptions& options) {
                const QDeadlineTimer deadline(10000);
                while (!release && !deadline.hasExpired())
                    QThread::msleep(1);
                return std::make_unique<kunren::DrillSession>(std::move(scenario), options);
            });
        auto* launch = qobject_cast<LaunchPage*>(window.page(QStringLiteral("home")));
        QVERIFY(launch->selectScenario(QStringLiteral("shop-slow-query")));
        QAction* play = window.drillToolBar()->playAction();
        QVERIFY(play->isEnabled());
        QSignalSpy loaded(window.runner(), &DrillRunner::loaded);
        QVERIFY(window.startScenario(QStringLiteral("shop-slow-query"), 5));
        QVERIFY(window.runner()->isLoading());
        QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("Building the simulation…"));
        QVERIFY(!play->isEnabled()); // one start at a time
        QVERIFY2(window.windowTitle().startsWith(QLatin1String("Checkout is slow")), qPrintable(window.windowTitle()));
        QTest::qWait(50); // the GUI thread is free while the worker builds
        QCOMPARE(loaded.count(), 0);
        release = true;
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 20000);
        QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("Drill ready. Space plays."));
        QVERIFY(play->isEnabled());
        QCOMPARE(play->text(), QStringLiteral("Play"));
        auto* health = window.findChild<QTableView*>(QStringLiteral("serviceHealthView"));
        QVERIFY(health);
        QTRY_VERIFY(health->model()->rowCount() > 0);
    }

    // The scenario reads well but the engine cannot build its simulation: said on the Drills page like a
    // scenario's errors, nothing is loaded, and the next drill starts.
    void aSimulationThatCannotBeBuiltIsExplainedInTheWindow()
    {
        MainWindow window;
        window.show();
        window.runner()->setSessionFactory([](std::shared_ptr<const kunren::Scenario>,
                                              const kunren::SimOptions&) -> std::unique_ptr<kunren::DrillSession> {
            throw std::length_error("the drill's telemetry is full");
        });
        window.showPage(QStringLiteral("logs"));
        QSignalSpy failed(window.runner(), &DrillRunner::loadFailed);
        QVERIFY(window.startScenario(QStringLiteral("shop-slow-query"), 5));
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 20000);
        auto* banner = window.findChild<QLabel*>(QStringLiteral("errorBanner"));
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(QLatin1String("shop-slow-query")), qPrintable(banner->text()));
        QVERIFY2(
            banner->text().contains(QLatin1String("The simulation could not be built: the drill's telemetry is full")),
            qPrintable(banner->text()));
        QCOMPARE(window.currentPageId(), QStringLiteral("home"));
        QVERIFY(window.statusBar()->currentMessage().contains(QLatin1String("could not be built")));
        QVERIFY(!window.runner()->isLoaded());
        QVERIFY(!window.runner()->isLoading());
        QCOMPARE(window.windowTitle(), QStringLiteral("Kunren — incident drills"));
        QCOMPARE(window.drillToolBar()->playAction()->text(), QStringLiteral("Start"));

        window.runner()->setSessionFactory({});
        QVERIFY(kunren::test::startAndWait(window, QStringLiteral("shop-slow-query"), 5));
        QVERIFY(!banner->isVisible());
    }

    void aDrillStartsFromTheLibraryWithTheSeedGiven()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* library = window.findChild<QTableView*>(QStringLiteral("libraryView"));
        auto* start = window.findChild<QPushButton*>(QStringLiteral("startDrillButton"));
        auto* seed = window.findChild<QSpinBox*>(QStringLiteral("seedBox"));
        QVERIFY(!start->isEnabled()); // nothing picked yet
        int row = -1;
        for (int r = 0; r < library->model()->rowCount(); ++r)
            if (library->model()->index(r, 0).data(Qt::UserRole + 1).toString() == QLatin1String("shop-cache-failure"))
                row = r;
        QVERIFY(row >= 0);
        library->setCurrentIndex(library->model()->index(row, 0));
        QVERIFY(start->isEnabled());
        seed->setValue(4242);
        QTest::mouseClick(start, Qt::LeftButton);
        QTRY_VERIFY(window.runner()->isLoaded()); // built on the drill's worker
        QCOMPARE(QString::fromStdString(window.runner()->scenario()->id), QStringLiteral("shop-cache-failure"));
        QCOMPARE(window.runner()->seed(), quint64{4242});
    }

    // A first-time trainee, without the README: pick a drill (its briefing, level, length, what it practises
    // and past results show at once), Space starts it, Space plays, end it, read the score; back on the
    // Drills page the result is there and the status bar said what to do next at each step.
    void fromTheDrillsPageToAScore()
    {
        QTemporaryDir dir;
        QSettings().setValue(QStringLiteral("trainee/name"), QStringLiteral("Aiko"));
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.drillDesk()->openDatabase(dir.filePath(QStringLiteral("drills.db"))));
        QVERIFY(window.statusBar()->currentMessage().contains(QLatin1String("press Enter or Space")));
        auto* library = window.findChild<QTableView*>(QStringLiteral("libraryView"));
        // Beginner drills come first; every title and topology is shown whole.
        QCOMPARE(library->model()->index(0, LibraryModel::Difficulty).data().toString(), QStringLiteral("beginner"));
        const QFontMetrics fm(library->font());
        for (int r = 0; r < library->model()->rowCount(); ++r)
            for (int c : {int(LibraryModel::Title), int(LibraryModel::Size)}) { // the item margins are 3 px a side
                const QString text = library->model()->index(r, c).data().toString();
                QVERIFY2(fm.horizontalAdvance(text) + 6 <= library->columnWidth(c),
                         qPrintable(
                             text +
                             QStringLiteral(" %1 in %2").arg(fm.horizontalAdvance(text)).arg(library->columnWidth(c))));
            }
        auto* play = window.findChild<QAction*>(QStringLiteral("playAction"));
        QVERIFY(!play->isEnabled()); // nothing chosen yet

        auto* launch = qobject_cast<LaunchPage*>(window.page(QStringLiteral("home")));
        QVERIFY(launch->selectScenario(QStringLiteral("shop-payment-bad-deploy")));
        const QString briefing = window.findChild<BriefingView*>()->toPlainText();
        QVERIFY2(briefing.contains(QLatin1String("Checkout errors after an afternoon deploy")), qPrintable(briefing));
        QVERIFY(briefing.contains(QLatin1String("Level: beginner")));
        QVERIFY(briefing.contains(QLatin1String("30 minutes of drill time")));
        QVERIFY(briefing.contains(QLatin1String("Practises: apm, traces")));
        QVERIFY(briefing.contains(QLatin1String("Your results: not drilled yet.")));
        QVERIFY(!window.runner()->isLoaded()); // choosing is not starting
        QVERIFY(play->isEnabled());
        QCOMPARE(play->text(), QStringLiteral("Start"));

        library->setFocus();
        QTest::keyClick(&window, Qt::Key_Space);
        QTRY_VERIFY(window.runner()->isLoaded());
        QCOMPARE(window.runner()->scenario()->id, std::string("shop-payment-bad-deploy"));
        QVERIFY(!window.runner()->isPlaying());
        QCOMPARE(play->text(), QStringLiteral("Play"));
        QTest::keyClick(&window, Qt::Key_Space);
        QTRY_VERIFY(window.runner()->isPlaying());
        QTRY_VERIFY(window.runner()->drillId() > 0);

        // Before the end, the Score page says how to get a score, with no empty box under it.
        auto* score = qobject_cast<ScorePage*>(window.page(QStringLiteral("score")));
        QVERIFY(!score->findChild<QTextBrowser*>(QStringLiteral("scoreDetails"))->isVisibleTo(score));
        QMessageBox* end = window.drillDesk()->endDrill();
        QVERIFY(end);
        end->findChild<QPushButton*>(QStringLiteral("endGaveUpButton"))->click();
        QTRY_VERIFY(window.runner()->isDrillEnded());
        QCOMPARE(window.currentPageId(), QStringLiteral("score"));
        QVERIFY2(window.statusBar()->currentMessage().contains(QLatin1String("Drills page")),
                 qPrintable(window.statusBar()->currentMessage()));
        QVERIFY(!window.statusBar()->currentMessage().contains(QLatin1String("resumes")));
        QTRY_VERIFY_WITH_TIMEOUT(score->score() != nullptr, 120000);
        QVERIFY(score->findChild<QTextBrowser*>(QStringLiteral("scoreDetails"))->isVisibleTo(score));
        QCOMPARE(play->text(), QStringLiteral("Start")); // Space now starts the drill chosen next

        window.showPage(QStringLiteral("home"));
        QTRY_VERIFY2(window.findChild<BriefingView*>()->toPlainText().contains(
                         QStringLiteral("Your results: 1 drill · best 0 / 100")),
                     qPrintable(window.findChild<BriefingView*>()->toPlainText()));
        if (const QString shots = qEnvironmentVariable("KUNREN_SCREENSHOT_DIR"); !shots.isEmpty())
            window.grab().save(shots + QStringLiteral("/drills.png")); // the README's Drills page
        // Enter on another drill starts it too.
        QVERIFY(launch->selectScenario(QStringLiteral("shop-slow-query")));
        library->setFocus();
        QTest::keyClick(library, Qt::Key_Return);
        QTRY_COMPARE(window.runner()->scenario()->id, std::string("shop-slow-query"));
        QSettings().remove(QStringLiteral("trainee"));
    }

    void theClockJumpsForwardOnly()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(kunren::test::startAndWait(window, QStringLiteral("shop-slow-query"), 5));
        auto* jump = window.findChild<QLineEdit*>(QStringLiteral("jumpToEdit"));
        QVERIFY(jump->isEnabled());
        jump->setText(QStringLiteral("3m"));
        QTest::keyClick(jump, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(window.runner()->now() >= 3 * kunren::kMinute, 10000);
        QTRY_VERIFY(
            window.findChild<QLabel*>(QStringLiteral("drillClock"))->text().startsWith(QLatin1String("T+00:03:00")));
        // Backwards or nonsense is refused in place, and nothing moves.
        for (const char* bad : {"1m", "soon"}) {
            jump->setText(QString::fromLatin1(bad));
            QTest::keyClick(jump, Qt::Key_Return);
            QCOMPARE(jump->text(), QString::fromLatin1(bad));
        }
        QCOMPARE(window.runner()->now(), 3 * kunren::kMinute);
    }

    // A long jump shows where it is and how long it still needs, every view follows it, and Esc stops it
    // where it got to (logged as clock.jump, so the score knows the drill was skipped ahead).
    void aJumpShowsProgressAndCanBeCancelled()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // The 61-service drill: a jump to 50 minutes takes tens of seconds there.
        QVERIFY(kunren::test::startAndWait(window, QStringLiteral("platform-bench"), 5));
        auto* status = qobject_cast<DrillStatusBar*>(window.statusBar());
        auto* progress = status->catchUpProgress();
        QVERIFY(!progress->isVisible());
        QSignalSpy reported(window.runner(), &DrillRunner::catchUpProgress);
        window.runner()->jumpTo(50 * kunren::kMinute);
        QTRY_VERIFY2_WITH_TIMEOUT(
            reported.size() >= 3,
            qPrintable(QStringLiteral("%1 reports, at %2").arg(reported.size()).arg(window.runner()->now())), 20000);
        QVERIFY(progress->isVisible());
        QVERIFY2(progress->text().startsWith(QStringLiteral("Jumping to T+00:50:00 — at T+00:")),
                 qPrintable(progress->text()));
        QTRY_VERIFY2_WITH_TIMEOUT(progress->text().contains(QLatin1String("left")), qPrintable(progress->text()),
                                  10000);
        QVERIFY(!window.findChild<QLineEdit*>(QStringLiteral("jumpToEdit"))->isEnabled());
        // The toolbar clock and the status bar say the same moment as the jump.
        QTRY_VERIFY(
            window.findChild<QLabel*>(QStringLiteral("drillClock"))->text().startsWith(status->clockText().left(10)));
        QTest::keyClick(&window, Qt::Key_Escape);
        QTRY_VERIFY(!window.runner()->isCatchingUp());
        QVERIFY(!progress->isVisible());
        const qint64 reached = window.runner()->now();
        QVERIFY2(reached < 50 * kunren::kMinute, "the jump ran to its end before Esc");
        QVERIFY(window.statusBar()->currentMessage().startsWith(QLatin1String("Jump cancelled at T+")));
        QTRY_VERIFY(!window.runner()->actions().empty() &&
                    window.runner()->actions().back().type == kunren::ActionType::ClockJump);
        QCOMPARE(window.runner()->actions().back().from, kunren::SimTime{0});
        QCOMPARE(window.runner()->actions().back().at, reached);
        QTest::qWait(300);
        QCOMPARE(window.runner()->now(), reached); // cancelled means stopped: nothing runs on
        QVERIFY(window.findChild<QLineEdit*>(QStringLiteral("jumpToEdit"))->isEnabled());
    }

    // First start with --scenario and no profile: the trainee is asked first (an empty name field, not the
    // login name to type after), and the drill is recorded under the name given — nothing before.
    void theFirstStartAsksWhoIsDrillingBeforeRecording()
    {
        QSettings().remove(QStringLiteral("trainee"));
        QTemporaryDir dir;
        const QString dbPath = dir.filePath(QStringLiteral("drills.db"));
        MainWindow window;
        window.show();
        AppOptions options;
        options.scenario = QStringLiteral("shop-slow-query");
        options.db = dbPath;
        StartupFlow flow(window, options);
        flow.start();
        auto* dialog = window.findChild<QDialog*>(QStringLiteral("profileDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QVERIFY(!window.runner()->isLoaded());
        {
            auto opened = kunren::DrillDatabase::open(dbPath.toStdString());
            QVERIFY(opened.db->drills().empty());
            QVERIFY(opened.db->trainees().empty());
        }
        auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("traineeName"));
        QVERIFY(name->text().isEmpty());
        QVERIFY(!name->placeholderText().isEmpty());
        auto* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        QTest::keyClicks(name, QStringLiteral("Aiko"));
        QVERIFY(ok->isEnabled());
        ok->click();
        QTRY_VERIFY(window.runner()->isLoaded());
        QTRY_VERIFY(window.runner()->drillId() > 0);
        QVERIFY(!window.findChild<QMessageBox*>(QStringLiteral("interruptedDrillPrompt"))); // nothing was interrupted
        auto opened = kunren::DrillDatabase::open(dbPath.toStdString());
        const auto drills = opened.db->drills();
        QCOMPARE(drills.size(), std::size_t{1});
        QCOMPARE(drills[0].trainee, std::string("Aiko"));
        QCOMPARE(opened.db->trainees().size(), std::size_t{1});
        QSettings().remove(QStringLiteral("trainee"));
    }

    // Scripted runs fail loudly: a scenario that does not load, or a page that does not exist.
    void scriptedRunsFailWithAMessage()
    {
        QTemporaryDir dir;
        auto run = [&](const QStringList& args) {
            QProcess app;
            app.setProcessEnvironment([] {
                auto env = QProcessEnvironment::systemEnvironment();
                env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
                return env;
            }());
            app.start(QStringLiteral(KUNREN_APP), args);
            if (!app.waitForFinished(60000))
                return std::pair<int, QString>{-1, QString()};
            return std::pair<int, QString>{app.exitCode(), QString::fromUtf8(app.readAllStandardError())};
        };
        const QString shot = dir.filePath(QStringLiteral("shot.png"));
        auto [status, err] = run(
            {QStringLiteral("--scenario"), QStringLiteral(KUNREN_TEST_DATA "/scenarios/broken.topology.json"),
             QStringLiteral("--screenshot"), shot, QStringLiteral("--quit-after"), QStringLiteral("2")});
        QCOMPARE(status, 1);
        QVERIFY2(err.contains(QLatin1String("cannot start")) && err.contains(QLatin1String("line ")), qPrintable(err));
        QVERIFY(!QFile::exists(shot));
        std::tie(status,
                 err) = run({QStringLiteral("--scenario"), QStringLiteral("shop-slow-query"), QStringLiteral("--page"),
                             QStringLiteral("logz"), QStringLiteral("--screenshot"), shot});
        QCOMPARE(status, 2);
        QVERIFY2(err.contains(QLatin1String("no page \"logz\"")) && err.contains(QLatin1String("logs")),
                 qPrintable(err));
        std::tie(status, err) = run({QStringLiteral("--scenario"), QStringLiteral("shop-slow-query"),
                                     QStringLiteral("--page"), QStringLiteral("logs"), QStringLiteral("--screenshot"),
                                     shot, QStringLiteral("--quit-after"), QStringLiteral("1")});
        QCOMPARE(status, 0);
        QVERIFY(QImage(shot).width() > 0);
    }

    void helpListsTheKeyboardShortcuts()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* action = window.findChild<QAction*>(QStringLiteral("shortcutsAction"));
        QVERIFY(action);
        QVERIFY(action->shortcuts().contains(QKeySequence(Qt::Key_F1)));
        action->trigger();
        auto* dialog = window.findChild<ShortcutsDialog*>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        // Every group is there, and the keys of the common moves.
        QTreeWidget* list = dialog->list();
        QVERIFY(list->topLevelItemCount() >= 5);
        QStringList rows;
        for (int g = 0; g < list->topLevelItemCount(); ++g)
            for (int i = 0; i < list->topLevelItem(g)->childCount(); ++i)
                rows << list->topLevelItem(g)->child(i)->text(0) + QLatin1Char('=') +
                            list->topLevelItem(g)->child(i)->text(1);
        const QString all = rows.join(QLatin1Char('\n'));
        for (const char* expected : {"Space=Play or pause", "Ctrl+J=Jump", "A=Acknowledge",
                                     "Ctrl+L or /=Go to the search bar", "Ctrl+E=Metrics"})
            QVERIFY2(all.contains(QLatin1String(expected)), expected);
        // Every rail page has an icon.
        auto* rail = window.findChild<QListWidget*>(QStringLiteral("navigationRail"));
        for (int r = 0; r < rail->count(); ++r)
            QVERIFY(!rail->item(r)->icon().pixmap(QSize(18, 18)).isNull());
        dialog->close();
    }

    void theDarkThemeRepaintsTheWorkspace()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QColor lightBase = window.palette().color(QPalette::Base);
        window.findChild<QAction*>(QStringLiteral("darkThemeAction"))->trigger();
        QTRY_VERIFY(window.palette().color(QPalette::Base).lightness() < 60);
        QVERIFY(lightBase.lightness() > 200);
        window.findChild<QAction*>(QStringLiteral("lightThemeAction"))->trigger();
        QTRY_VERIFY(window.palette().color(QPalette::Base).lightness() > 200);
    }

    void theRailAndShortcutsSwitchPages()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* rail = window.findChild<QListWidget*>(QStringLiteral("navigationRail"));
        auto* stack = window.findChild<QStackedWidget*>(QStringLiteral("pageStack"));
        QCOMPARE(rail->count(), window.pageIds().size());
        QCOMPARE(window.currentPageId(), QStringLiteral("home"));

        // The last page of the rail; "scratch" is not a page the workspace registers itself.
        auto* extra = new QWidget;
        window.addPage(QStringLiteral("scratch"), QStringLiteral("Scratch"), extra);
        rail->setCurrentRow(rail->count() - 1);
        QCOMPARE(stack->currentWidget(), extra);
        QCOMPARE(window.currentPageId(), QStringLiteral("scratch"));

        // A cross-link asks for the page that owns its target.
        window.showPage(QStringLiteral("home"));
        Q_EMIT window.navigator()->logsRequested(QStringLiteral("status:error"));
        QCOMPARE(window.currentPageId(), QStringLiteral("logs"));
        QCOMPARE(stack->currentWidget(), window.page(QStringLiteral("logs")));
        // A page this window lacks leaves the trainee where they are.
        Q_EMIT window.navigator()->pageRequested(QStringLiteral("no-such-page"));
        QCOMPARE(window.currentPageId(), QStringLiteral("logs"));

        // Ctrl+1 is always the drill launcher.
        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(window.currentPageId(), QStringLiteral("home"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
