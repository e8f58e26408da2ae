#include "shell/Translations.h"

#include "models/EnglishPlurals.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace kunren::app {

namespace {

// lupdate's C++ parser does not read `namespace kunren::app {`, so the .ts files name a class's context
// without the namespace ("LogsPage") where tr() at run time asks for "kunren::app::LogsPage".
class KunrenTranslator final : public QTranslator
{
public:
    using QTranslator::QTranslator;

    QString translate(const char* context, const char* sourceText, const char* disambiguation, int n) const override
    {
        static constexpr QLatin1StringView kNamespace("kunren::app::");
        if (context && QLatin1StringView(context).startsWith(kNamespace))
            context += kNamespace.size();
        return QTranslator::translate(context, sourceText, disambiguation, n);
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
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
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
