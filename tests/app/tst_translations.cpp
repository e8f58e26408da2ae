// The workspace's languages: English counts read "1 page" and "3 pages" (not "page(s)"), a language
// Kunren has no translation for still gets them, choosing Japanese switches drill texts too, and the
// score's details are worded by the GUI (so they can be translated) yet read as the engine's in English.
#include "../engine/DrillTestSupport.h"
#include "bridge/QtConversions.h"
#include "drill/DrillLabels.h"
#include "shell/DrillStatusBar.h"
#include "traces/WaterfallView.h"
#include "shell/Translations.h"

#include <QApplication>
#include <QtTest>

using namespace kunren;
using namespace kunren::app;

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void englishCountsAreSingularOrPlural()
    {
        QVERIFY(installTranslations(*qApp, QLocale(QLocale::English, QLocale::UnitedStates)));
        // The context tr() asks for is the namespaced class name, as at run time.
        QCOMPARE(DrillStatusBar::tr("%n page(s) not acknowledged", nullptr, 1), QStringLiteral("1 page not acknowledged"));
        QCOMPARE(DrillStatusBar::tr("%n page(s) not acknowledged", nullptr, 3), QStringLiteral("3 pages not acknowledged"));
        QCOMPARE(WaterfallView::tr("%n span(s) · outlined: critical path", nullptr, 1), QStringLiteral("1 span · outlined: critical path"));
        QCOMPARE(localized(LocalizedText{"Checkout is slow", "チェックアウトが遅い"}), QStringLiteral("Checkout is slow"));
    }

    void scoreDetailsReadAsTheEnginesInEnglish()
    {
        QVERIFY(installTranslations(*qApp, QLocale(QLocale::English, QLocale::UnitedStates)));
        const auto sc = test::badDeployDrill();
        ReplayFacts facts;
        facts.faultStart = kMinute;
        facts.end = 10 * kMinute;
        facts.budgetBurned = 0.0123;
        ReplayFacts nothing = facts;
        nothing.budgetBurned = 0.05;
        ReplayFacts paged = facts;
        paged.firstPage = 80 * kSecond;
        const std::vector<std::vector<DrillAction>> logs = {
            test::drillLog(test::hypothesis("inventory", "bad-deploy"), 3 * kMinute, 4 * kMinute),
            test::drillLog(test::hypothesis("inventory", "bad-deploy", "inventory-deploy", {"event:inventory-deploy"}),
                           3 * kMinute, 4 * kMinute),
            test::drillLog(test::hypothesis("api", "bad-deploy", ""), 3 * kMinute, 4 * kMinute, "restart", "api"),
            {DrillAction::start(0, "test-scenario", 7), DrillAction::end(5 * kMinute, "gave up")},
        };
        int lines = 0;
        for (const auto& log : logs)
            for (const ReplayFacts& f : {facts, paged}) {
                const DrillScore s = scoreDrill(*sc, log, f, nothing);
                for (const ScoreLine& line : s.earned) {
                    QCOMPARE(scoreLineDetail(s, line, sc.get()), qs(line.detail));
                    ++lines;
                }
            }
        QCOMPARE(lines, 4 * 2 * 6); // every earned line, worded by the GUI
        // Counted details are singular or plural, never "piece(s)".
        const DrillScore one = scoreDrill(*sc, logs[1], facts, nothing);
        QCOMPARE(scoreLineDetail(one, one.earned.back(), sc.get()),
                 QStringLiteral("1 piece of evidence on hypotheses about the right component"));
    }

    void anUntranslatedLanguageFallsBackToEnglish()
    {
        QVERIFY(!installTranslations(*qApp, QLocale(QLocale::French, QLocale::France)));
        QCOMPARE(DrillStatusBar::tr("%n page(s) not acknowledged", nullptr, 2), QStringLiteral("2 pages not acknowledged"));
    }

    void japaneseSwitchesTheDrillTexts()
    {
        installTranslations(*qApp, QLocale(QLocale::Japanese, QLocale::Japan));
        QCOMPARE(QLocale().language(), QLocale::Japanese);
        QCOMPARE(localized(LocalizedText{"Checkout is slow", "チェックアウトが遅い"}), QStringLiteral("チェックアウトが遅い"));
        // Strings not translated yet stay English, never empty.
        QVERIFY(!DrillStatusBar::tr("Drill finished.").isEmpty());
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
