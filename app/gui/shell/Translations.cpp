#include "shell/Translations.h"

#include "models/EnglishPlurals.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace kunren::app {

namespace {

// tr() in a class of `namespace kunren::app` asks with the qualified context ("kunren::app::LogsPage").
// lupdate writes that name when it can read the class's header, the bare one ("LogsPage") when it cannot
// (a class declared in a .cpp, or a run without the target's include paths); look up both.
class KunrenTranslator final : public QTranslator
{
public:
    using QTranslator::QTranslator;

    QString translate(const char* context, const char* sourceText, const char* disambiguation, int n) const override
    {
        QString text = QTranslator::translate(context, sourceText, disambiguation, n);
        static constexpr QLatin1StringView kNamespace("kunren::app::");
        if (text.isNull() && context && QLatin1StringView(context).startsWith(kNamespace))
            text = QTranslator::translate(context + kNamespace.size(), sourceText, disambiguation, n);
        return text;
    }
};

} // namespace

bool installTranslations(QCoreApplication& app, const QLocale& locale)
{
    QLocale::setDefault(locale);
    // Installed first, so consulted last: English plural forms for counted strings no translation covers.
    EnglishPlurals::install();
    // Parented to the application: they must live as long as it does.
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    if (locale.language() == QLocale::English)
        return true; // the source language
    auto* own = new KunrenTranslator(&app);
    if (!own->load(locale, QStringLiteral("kunren"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        delete own;
        return false;
    }
    QCoreApplication::installTranslator(own);
    return true;
}

} // namespace kunren::app
