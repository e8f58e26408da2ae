// The retrospective a trainee writes after a drill (filled through the form's widgets, autosaved to the
// drills database, exported as the engine's Markdown and as PDF) and the History page (a trainee's
// drills, a scenario's leaderboard, a team's report) against DrillHistory on a database filled in code.
#include "../engine/DrillTestSupport.h"

#include "bridge/DrillRunner.h"
#include "drill/RetroWording.h"
#include "drill/RetrospectiveDialog.h"
#include "history/HistoryPage.h"
#include "models/Formatting.h"
#include "shell/Translations.h"
#include "store/DrillHistory.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <cmath>

using namespace kunren;
using namespace kunren::app;
using namespace kunren::test;

namespace {

constexpr std::int64_t kDay = 86'400'000;
constexpr std::int64_t kNov2026 = 1'793'000'000'000;

std::unique_ptr<DrillDatabase> openDb(const QString& path)
{
    DrillDatabaseOpen opened = DrillDatabase::open(path.toStdString());
    if (!opened.db)
        qFatal("cannot open %s: %s", qPrintable(path), opened.error.c_str());
    return std::move(opened.db);
}

// The text of a PDF as poppler's pdftotext extracts it (poppler-utils is a test dependency), layout
// whitespace folded so wrapped lines still match.
QString pdfText(const QString& path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return QStringLiteral("<pdftotext failed: %1 %2>")
            .arg(p.errorString(), QString::fromUtf8(p.readAllStandardError()));
    // NFKC: CJK fonts map some ideographs to look-alike radicals (一 comes back as ⼀ U+2F00).
    return QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC).simplified();
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void grabShot(QWidget& widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("KUNREN_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget.grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

QString cell(const QTableWidget* t, int row, int column)
{
    return t->item(row, column) ? t->item(row, column)->text() : QString();
}

QString duration(double s) { return formatDuration(static_cast<SimDuration>(std::llround(s * kSecond))); }

// The engine test's group: Aiko twice (faster the second time), Ben with a wrong guess first, Chie wrong.
struct Group
{
    std::int64_t aiko = 0, ben = 0, chie = 0, aikoBest = 0;
};

Group fillGroup(DrillDatabase& db)
{
    auto sc = std::shared_ptr<const Scenario>(badDeployDrill());
    Group g;
    g.aiko = db.addTrainee("Aiko", "payments");
    g.ben = db.addTrainee("Ben", "payments");
    g.chie = db.addTrainee("Chie", "search");
    auto record = [&](std::int64_t trainee, std::vector<DrillAction> log, std::int64_t when) {
        const auto id = db.importDrill(trainee, log, when);
        db.saveScore(id, *sc, log, scoreDrill(sc, log));
        return id;
    };
    record(g.aiko, drillLog(hypothesis("inventory", "bad-deploy"), 6 * kMinute, 7 * kMinute), kNov2026);
    g.aikoBest = record(g.aiko, drillLog(hypothesis("inventory", "bad-deploy"), 3 * kMinute, 4 * kMinute),
                        kNov2026 + 2 * kDay);
    auto benLog = drillLog(hypothesis("inventory", "bad-deploy"), 5 * kMinute, 6 * kMinute);
    benLog.insert(benLog.begin() + 4, DrillAction::submitHypothesis(2 * kMinute, hypothesis("db", "capacity", "")));
    record(g.ben, benLog, kNov2026 + kDay);
    record(g.chie, drillLog(hypothesis("db", "capacity", ""), 3 * kMinute, 4 * kMinute, "scale-out", "api"),
           kNov2026 + 3 * kDay);
    Retrospective retro = draftRetrospective(*sc, db.actions(g.aikoBest));
    retro.summary = "Inventory 2.0.0 rejected warehouse codes.";
    retro.actionItems = {{"Canary deploys", "Aiko", "prevent"}};
    db.saveRetrospective(g.aikoBest, retro);
    return g;
}

} // namespace

class TestRetroHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Written through the widgets, autosaved, reopened with the same text, exported as the engine renders it.
    void aRetrospectiveIsWrittenSavedAndExported()
    {
        QTemporaryDir dir;
        const QString dbPath = dir.filePath(QStringLiteral("drills.db"));
        auto sc = std::shared_ptr<const Scenario>(badDeployDrill());
        const auto log = drillLog(hypothesis("inventory", "bad-deploy"), 3 * kMinute, 4 * kMinute);
        std::int64_t drillId = 0;
        {
            auto db = openDb(dbPath);
            drillId = db->importDrill(db->addTrainee("Aiko", "payments"), log, kNov2026);
        }
        const DrillScore score = scoreDrill(sc, log);
        Retrospective draft = draftRetrospective(*sc, log, &score);
        wordRetrospectiveDraft(draft, *sc, log, &score);
        QVERIFY(!draft.timeline.empty());

        {
            RetrospectiveDialog form(dbPath, drillId, sc, score);
            form.show();
            QVERIFY(QTest::qWaitForWindowExposed(&form));
            QTRY_VERIFY(form.isLoaded());
            // Pre-filled with the engine's draft as the workspace words it, timeline included.
            QVERIFY(form.retrospective() == draft);
            auto* timeline = form.findChild<QTableWidget*>(QStringLiteral("retroTimeline"));
            QCOMPARE(timeline->rowCount(), static_cast<int>(draft.timeline.size()));
            QCOMPARE(cell(timeline, 0, 2), QString::fromStdString(draft.timeline[0].text));

            QSignalSpy saved(&form, &RetrospectiveDialog::saved);
            auto* wentWell = form.findChild<QPlainTextEdit*>(QStringLiteral("retro_wentWell"));
            wentWell->setFocus();
            QTest::keyClicks(wentWell, QStringLiteral("Traces showed the 400s within a minute."));
            auto* lucky = form.findChild<QPlainTextEdit*>(QStringLiteral("retro_gotLucky"));
            QTest::keyClicks(lucky, QStringLiteral("Only one deploy that hour."));
            lucky->insertPlainText(QStringLiteral(" 夜間のデプロイは一件だけ。")); // (keyClicks types ASCII only)
            QTest::mouseClick(form.findChild<QPushButton*>(QStringLiteral("retroAddActionItem")), Qt::LeftButton);
            auto* items = form.findChild<QTableWidget*>(QStringLiteral("retroActionItems"));
            QCOMPARE(items->rowCount(), 1);
            items->item(0, 0)->setText(QStringLiteral("Canary deploys for inventory"));
            items->item(0, 1)->setText(QStringLiteral("Aiko"));
            auto* type = qobject_cast<QComboBox*>(items->cellWidget(0, 2));
            type->setCurrentIndex(type->findData(QStringLiteral("detect")));
            auto* familiarity = form.findChild<QTableWidget*>(QStringLiteral("retroFamiliarity"));
            QVERIFY(familiarity->rowCount() > 0);
            qobject_cast<QSpinBox*>(familiarity->cellWidget(0, 1))->setValue(4);
            QTRY_VERIFY(!saved.isEmpty());
            grabShot(form, QStringLiteral("retrospective"));
            auto* scroll = form.findChild<QScrollArea*>()->verticalScrollBar();
            scroll->setValue(scroll->maximum());
            grabShot(form, QStringLiteral("retrospective-timeline"));

            // The last edit reached the database.
            const Retrospective typed = form.retrospective();
            QCOMPARE(typed.wentWell, std::string("Traces showed the 400s within a minute."));
            QVERIFY(typed.actionItems ==
                    (std::vector<RetroActionItem>{{"Canary deploys for inventory", "Aiko", "detect"}}));
            QCOMPARE(typed.toolFamiliarity[0].rating, 4);
            QTRY_VERIFY(openDb(dbPath)->retrospective(drillId) == typed);

            // Exports: Markdown is the engine's rendering with the workspace's words; the PDF is a PDF.
            const QString md = dir.filePath(QStringLiteral("retro.md"));
            QVERIFY(form.exportMarkdown(md));
            QCOMPARE(readAll(md).toStdString(),
                     retrospectiveToMarkdown(*openDb(dbPath)->retrospective(drillId), retroMarkdownWords()));
            const QString pdf = dir.filePath(QStringLiteral("retro.pdf"));
            QVERIFY(form.exportPdf(pdf));
            QVERIFY(readAll(pdf).startsWith("%PDF"));
            // Rendered, not just written: the text comes back out of the PDF, Japanese included (fonts embedded).
            const QString text = pdfText(pdf);
            for (const QString& expected :
                 {QStringLiteral("What went well"), QStringLiteral("Traces showed the 400s within a minute."),
                  QStringLiteral("夜間のデプロイは一件だけ"), QStringLiteral("Canary deploys for inventory"),
                  QString::fromStdString(draft.timeline[0].text)})
                QVERIFY2(text.contains(expected),
                         qPrintable(expected + QStringLiteral(" not in the PDF:\n") + text.left(2000)));
            QVERIFY(!form.exportMarkdown(dir.filePath(QStringLiteral("no/such/dir/retro.md"))));

            // An edit still waiting for its debounce is saved when the form closes.
            QTest::keyClicks(form.findChild<QLineEdit*>(QStringLiteral("retroTitle")), QStringLiteral(" (drill 1)"));
        }
        const auto stored = openDb(dbPath)->retrospective(drillId);
        QVERIFY(stored);
        QVERIFY(QString::fromStdString(stored->title).endsWith(QStringLiteral(" (drill 1)")));

        // Reopened: the same text in the widgets, marked as saved rather than a draft.
        RetrospectiveDialog again(dbPath, drillId);
        QTRY_VERIFY(again.isLoaded());
        QCOMPARE(again.findChild<QPlainTextEdit*>(QStringLiteral("retro_wentWell"))->toPlainText(),
                 QStringLiteral("Traces showed the 400s within a minute."));
        QVERIFY(again.retrospective() == *stored);
    }

    void aMissingDrillSaysSoInsteadOfAForm()
    {
        QTemporaryDir dir;
        const QString dbPath = dir.filePath(QStringLiteral("drills.db"));
        openDb(dbPath);
        RetrospectiveDialog form(dbPath, 42);
        auto* status = form.findChild<QLabel*>(QStringLiteral("retroStatus"));
        QTRY_VERIFY(status->text().contains(QStringLiteral("no drill 42")));
        QVERIFY(!form.isLoaded());
    }

    // The page shows exactly what DrillHistory answers.
    void theHistoryPageShowsWhatDrillHistoryAnswers()
    {
        QTemporaryDir dir;
        const QString dbPath = dir.filePath(QStringLiteral("drills.db"));
        auto db = openDb(dbPath);
        const Group g = fillGroup(*db);
        DrillRunner runner;
        runner.setRecording(dbPath, QStringLiteral("Aiko"));
        HistoryPage page(&runner, nullptr);
        page.resize(1100, 760);
        QSignalSpy refreshed(&page, &HistoryPage::refreshed);
        page.show();
        QTRY_VERIFY(!refreshed.isEmpty());
        QTRY_VERIFY(!page.isLoading());

        // Aiko's drills, newest first, with score and time to root cause.
        qsizetype before = refreshed.size();
        page.selectTrainee(g.aiko);
        QTRY_VERIFY(refreshed.size() > before && !page.isLoading() && page.snapshot().query.traineeId == g.aiko);
        const auto history = traineeHistory(*db, g.aiko);
        auto* drills = page.findChild<QTableWidget*>(QStringLiteral("historyDrills"));
        QCOMPARE(drills->rowCount(), 2);
        for (int row = 0; row < 2; ++row) {
            const DrillHistoryRow& h = history[static_cast<std::size_t>(1 - row)];
            QCOMPARE(cell(drills, row, 1), QStringLiteral("test-scenario"));
            QCOMPARE(cell(drills, row, 2),
                     QLocale().toString(h.score->total, 'f', h.score->total == std::floor(h.score->total) ? 0 : 1));
            QCOMPARE(cell(drills, row, 4), duration(*h.score->rootCauseSeconds));
        }
        QCOMPARE(cell(drills, 0, 5), QStringLiteral("written"));
        grabShot(page, QStringLiteral("history-trainee"));

        // A drill's retrospective opens from the table.
        {
            QCOMPARE(drills->currentRow(), 0);
            QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("historyOpenRetrospective")), Qt::LeftButton);
            auto* retro = page.findChild<RetrospectiveDialog*>();
            QVERIFY(retro);
            QCOMPARE(retro->drillId(), g.aikoBest);
            QTRY_VERIFY(retro->isLoaded());
            QCOMPARE(retro->retrospective().summary, std::string("Inventory 2.0.0 rejected warehouse codes."));
            // Opening it again shows the same form rather than a second autosaver.
            QCOMPARE(page.openRetrospective(0), retro);
            QCOMPARE(page.findChildren<RetrospectiveDialog*>().size(), 1);
            delete retro;
        }

        // The leaderboard, in DrillHistory's order.
        page.showTab(1);
        const auto board = scenarioLeaderboard(*db, "test-scenario");
        auto* leaderboard = page.findChild<QTableWidget*>(QStringLiteral("historyLeaderboard"));
        QCOMPARE(leaderboard->rowCount(), static_cast<int>(board.size()));
        for (int row = 0; row < leaderboard->rowCount(); ++row)
            QCOMPARE(cell(leaderboard, row, 1), QString::fromStdString(board[static_cast<std::size_t>(row)].trainee));
        QCOMPARE(cell(leaderboard, 0, 1), QStringLiteral("Aiko"));
        QCOMPARE(cell(leaderboard, 0, 5), QStringLiteral("2"));
        grabShot(page, QStringLiteral("history-leaderboard"));

        // The payments team's report: figures, tools, wrong hypotheses, action items.
        page.showTab(2);
        before = refreshed.size();
        page.selectTeam(QStringLiteral("payments"));
        QTRY_VERIFY(refreshed.size() > before && !page.isLoading() && page.snapshot().query.team == "payments");
        const GroupReport report = groupReport(*db, "payments");
        auto* figures = page.findChild<QTableWidget*>(QStringLiteral("reportFigures"));
        QCOMPARE(cell(figures, 0, 1), QString::number(report.trainees));
        QCOMPARE(cell(figures, 1, 1), QString::number(report.drills));
        QCOMPARE(cell(figures, 4, 1), duration(*report.rootCauseMedianSeconds));
        QCOMPARE(cell(figures, 5, 1), duration(*report.rootCauseP90Seconds));
        QCOMPARE(cell(figures, 4, 1), duration(240));
        QCOMPARE(cell(figures, 5, 1), duration(288));
        auto* tools = page.findChild<QTableWidget*>(QStringLiteral("reportTools"));
        QCOMPARE(tools->rowCount(), static_cast<int>(report.tools.size()));
        QCOMPARE(cell(tools, 0, 0), QString::fromStdString(report.tools[0].view));
        QCOMPARE(cell(tools, 0, 1), QString::number(report.tools[0].drills));
        auto* wrong = page.findChild<QTableWidget*>(QStringLiteral("reportWrongHypotheses"));
        QCOMPARE(wrong->rowCount(), static_cast<int>(report.wrongHypotheses.size()));
        QCOMPARE(cell(wrong, 0, 1), QStringLiteral("db"));
        QCOMPARE(cell(wrong, 0, 3), QString::number(report.wrongHypotheses[0].count));
        auto* items = page.findChild<QTableWidget*>(QStringLiteral("reportActionItems"));
        QCOMPARE(items->rowCount(), 1);
        QCOMPARE(cell(items, 0, 0), QStringLiteral("Canary deploys"));
        QCOMPARE(cell(items, 0, 2), QStringLiteral("Prevent"));
        QVERIFY(page.findChild<QLabel*>(QStringLiteral("historyStatus"))->text().startsWith(QLatin1String("4 drill")));
        grabShot(page, QStringLiteral("history-report"));

        // Everyone: Chie's team joins.
        before = refreshed.size();
        page.selectTeam(QString());
        QTRY_VERIFY(refreshed.size() > before && !page.isLoading() && page.snapshot().query.team.empty());
        QCOMPARE(page.snapshot().report.trainees, 3);
        QCOMPARE(cell(figures, 0, 1), QStringLiteral("3"));
        QCOMPARE(cell(wrong, 0, 3), QString::number(groupReport(*db).wrongHypotheses[0].count));
    }

    // A Japanese workspace drafts in Japanese (the scenario's Japanese texts, the workspace's wording) and
    // exports with Japanese headings; what the trainee typed stays as it is. Last: it installs Japanese.
    void aJapaneseWorkspaceDraftsAndExportsInJapanese()
    {
        QVERIFY(installTranslations(*qApp, QLocale(QLocale::Japanese, QLocale::Japan)));
        QTemporaryDir dir;
        const QString dbPath = dir.filePath(QStringLiteral("drills.db"));
        auto scenario = badDeployDrill();
        scenario->title = {"Inventory rejects orders", "在庫サービスが注文を拒否"};
        scenario->events[0].title = {"inventory 2.0.0 deployed", "inventory 2.0.0 をデプロイ"};
        const auto sc = std::shared_ptr<const Scenario>(scenario);
        const auto log = drillLog(hypothesis("inventory", "bad-deploy"), 3 * kMinute, 4 * kMinute);
        std::int64_t drillId = 0;
        {
            auto db = openDb(dbPath);
            drillId = db->importDrill(db->addTrainee("Aiko", "payments"), log, kNov2026);
        }
        const DrillScore score = scoreDrill(sc, log);
        RetrospectiveDialog form(dbPath, drillId, sc, score);
        QTRY_VERIFY(form.isLoaded());
        const Retrospective r = form.retrospective();
        QVERIFY2(QString::fromStdString(r.title).contains(QStringLiteral("在庫サービスが注文を拒否")), r.title.c_str());
        QCOMPARE(r.trigger, std::string("inventory 2.0.0 をデプロイ"));
        for (const std::string* field : {&r.title, &r.impact, &r.rootCause, &r.detection, &r.resolution})
            QVERIFY2(hasJapanese(*field), field->c_str());
        QVERIFY(QString::fromStdString(r.rootCause).contains(QStringLiteral("\n- event:inventory-deploy")));
        QCOMPARE(r.timeline.size(), draftRetrospective(*sc, log, &score).timeline.size()); // reworded, none lost
        for (const DrillTimelineEntry& e : r.timeline)
            QVERIFY2(hasJapanese(e.text), e.text.c_str());
        const auto note = std::find_if(r.timeline.begin(), r.timeline.end(),
                                       [](const auto& e) { return e.kind == "note.add"; });
        QVERIFY(note != r.timeline.end() && note->text.find("rolled back; errors gone") != std::string::npos);

        const QString md = dir.filePath(QStringLiteral("retro.md"));
        QVERIFY(form.exportMarkdown(md));
        const QString text = QString::fromUtf8(readAll(md));
        for (const QString& expected : {QStringLiteral("## 影響"), QStringLiteral("## タイムライン"),
                                        QStringLiteral("| 訓練者 |"), QStringLiteral("### うまくいったこと")})
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" not in:\n") + text));
        QVERIFY(!text.contains(QStringLiteral("## Impact")));
    }

private:
    static bool hasJapanese(const std::string& s)
    {
        const QString text = QString::fromStdString(s);
        return std::any_of(text.begin(), text.end(),
                           [](QChar c) { return c.unicode() >= 0x3040 && c.unicode() <= 0x9fff; });
    }
};

QTEST_MAIN(TestRetroHistory)
#include "tst_retrohistory.moc"
