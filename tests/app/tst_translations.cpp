// The workspace's languages: English counts read "1 page" and "3 pages" (not "page(s)"), a language
// Kunren has no translation for still gets them, and choosing Japanese switches drill texts too.
#include "bridge/QtConversions.h"
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
