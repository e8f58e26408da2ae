// The workspace's languages: English counts read "1 page" and "3 pages" (not "page(s)"), a language
// Kunren has no translation for still gets them, choosing Japanese switches drill texts too, and the
// score's details are worded by the GUI (so they can be translated) yet read as the engine's in English,
// and the Japanese translation is complete and keeps every placeholder.
#include "../engine/DrillTestSupport.h"
#include "bridge/QtConversions.h"
#include "drill/DrillLabels.h"
#include "shell/DrillStatusBar.h"
#include "shell/Translations.h"
#include "traces/WaterfallView.h"

#include <QApplication>
#include <QFile>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <QtTest>

#include <algorithm>

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
        QCOMPARE(DrillStatusBar::tr("%n page(s) not acknowledged", nullptr, 1),
                 QStringLiteral("1 page not acknowledged"));
        QCOMPARE(DrillStatusBar::tr("%n page(s) not acknowledged", nullptr, 3),
                 QStringLiteral("3 pages not acknowledged"));
        QCOMPARE(WaterfallView::tr("%n span(s) · outlined: critical path", nullptr, 1),
                 QStringLiteral("1 span · outlined: critical path"));
        QCOMPARE(localized(LocalizedText{"Checkout is slow", "チェックアウトが遅い"}),
                 QStringLiteral("Checkout is slow"));
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
        QCOMPARE(DrillStatusBar::tr("%n page(s) not acknowledged", nullptr, 2),
                 QStringLiteral("2 pages not acknowledged"));
    }

    void japaneseSwitchesTheDrillTexts()
    {
        QVERIFY(installTranslations(*qApp, QLocale(QLocale::Japanese, QLocale::Japan)));
        QCOMPARE(QLocale().language(), QLocale::Japanese);
        QCOMPARE(localized(LocalizedText{"Checkout is slow", "チェックアウトが遅い"}),
                 QStringLiteral("チェックアウトが遅い"));
        // The workspace's own strings too: a class in namespace kunren::app asks with its qualified context.
        const QString finished = DrillStatusBar::tr("Drill finished.");
        QVERIFY2(finished != QStringLiteral("Drill finished.") && hasJapanese(finished), qPrintable(finished));
        const QString pages = DrillStatusBar::tr("%n page(s) not acknowledged", nullptr, 3);
        QVERIFY2(pages.contains(QLatin1Char('3')) && hasJapanese(pages) && !pages.contains(QLatin1String("page")),
                 qPrintable(pages));
        // A context declared with Q_DECLARE_TR_FUNCTIONS (free functions' strings) is looked up as written.
        QVERIFY(hasJapanese(QCoreApplication::translate("DrillLabels", "no alert acknowledged")));
        QVERIFY(hasJapanese(mechanismLabel(QStringLiteral("bad-deploy"))));
        // Qt's own strings (dialog buttons) come from qtbase_ja, installed with qt6-translations-l10n.
        QVERIFY2(hasJapanese(QCoreApplication::translate("QPlatformTheme", "Close")),
                 "Qt's Japanese is missing: install qt6-translations-l10n (tools/packages.txt)");
    }

    // Every message of the Japanese file is translated and keeps its source's placeholders and mnemonic:
    // a missing %1 would drop a value from the screen, a missing &A a keyboard shortcut.
    void theJapaneseFileIsComplete()
    {
        QFile file(QStringLiteral(KUNREN_TEST_DATA "/../../assets/i18n/kunren_ja.ts"));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        QXmlStreamReader xml(&file);
        QString context, source, text;
        QStringList translations; // one, or one per plural form
        bool inTranslation = false, unfinished = false;
        int messages = 0;
        QStringList problems;
        while (!xml.atEnd()) {
            xml.readNext();
            const auto name = xml.name();
            if (xml.isStartElement()) {
                if (name == QLatin1String("name")) {
                    context = xml.readElementText();
                } else if (name == QLatin1String("source")) {
                    source = xml.readElementText();
                } else if (name == QLatin1String("translation")) {
                    const auto type = xml.attributes().value(QLatin1String("type"));
                    unfinished = !type.isEmpty(); // unfinished, vanished or obsolete
                    inTranslation = true;
                    translations.clear();
                    text.clear();
                } else if (name == QLatin1String("numerusform")) {
                    translations << xml.readElementText();
                }
            } else if (xml.isCharacters() && inTranslation) {
                text += xml.text();
            } else if (xml.isEndElement() && name == QLatin1String("translation")) {
                inTranslation = false;
                if (translations.isEmpty())
                    translations << text;
            } else if (xml.isEndElement() && name == QLatin1String("message")) {
                ++messages;
                const QString where = context + QStringLiteral(": ") + source.left(60);
                if (unfinished || translations.contains(QString()))
                    problems << QStringLiteral("untranslated — ") + where;
                for (const QString& t : std::as_const(translations)) {
                    if (placeholders(t) != placeholders(source))
                        problems << QStringLiteral("placeholders differ — ") + where;
                    if (mnemonics(t) != mnemonics(source))
                        problems << QStringLiteral("mnemonic differs — ") + where;
                }
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(messages > 500);
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QString::number(problems.size()) + QStringLiteral(" problems, first: ") +
                            problems.mid(0, 5).join(QStringLiteral("; "))));
    }

private:
    static bool hasJapanese(const QString& s)
    {
        return std::any_of(s.begin(), s.end(), [](QChar c) { return c.unicode() >= 0x3040 && c.unicode() <= 0x9fff; });
    }
    static QStringList placeholders(const QString& s)
    {
        static const QRegularExpression re(QStringLiteral("%L?\\d+|%n"));
        return sortedMatches(re, s);
    }
    static QStringList mnemonics(const QString& s)
    {
        // "&A" in a label, not "&&" (a literal ampersand) or an HTML entity such as "&nbsp;".
        // Compared without case: Japanese labels put it in parentheses, upper case ("イベント(&V)").
        static const QRegularExpression re(QStringLiteral("(?<!&)&([A-Za-z0-9])(?![a-z]*;)"));
        return sortedMatches(re, s.toUpper());
    }
    static QStringList sortedMatches(const QRegularExpression& re, const QString& s)
    {
        QStringList found;
        for (auto it = re.globalMatch(s); it.hasNext();)
            found << it.next().captured(0);
        found.sort();
        return found;
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
