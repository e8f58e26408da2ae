#include "shell/Translations.h"

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
    // Parented to the application: they must live as long as it does.
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto* own = new KunrenTranslator(&app);
    const auto load = [own](const QLocale& l) { return own->load(l, QStringLiteral("kunren"), QStringLiteral("_"), QStringLiteral(":/i18n")); };
    const bool found = load(locale);
    // Untranslated languages get the English file anyway: it holds the plural forms ("1 page", "2 pages").
    if (found || load(QLocale(QLocale::English)))
        QCoreApplication::installTranslator(own);
    return found;
}

} // namespace kunren::app
