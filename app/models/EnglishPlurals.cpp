#include "models/EnglishPlurals.h"

#include <QCoreApplication>

namespace kunren::app {

QString EnglishPlurals::translate(const char*, const char* sourceText, const char*, int n) const
{
    if (n < 0 || !sourceText)
        return {};
    QString text = QString::fromUtf8(sourceText);
    if (!text.contains(QLatin1String("(s)")) && !text.contains(QLatin1String("(es)")))
        return {};
    const bool one = n == 1;
    text.replace(QLatin1String("(es)"), one ? QString() : QStringLiteral("es"));
    text.replace(QLatin1String("(s)"), one ? QString() : QStringLiteral("s"));
    return text; // QCoreApplication::translate fills in %n
}

void EnglishPlurals::install()
{
    auto* app = QCoreApplication::instance();
    if (!app || app->findChild<EnglishPlurals*>(QString(), Qt::FindDirectChildrenOnly))
        return;
    QCoreApplication::installTranslator(new EnglishPlurals(app));
}

} // namespace kunren::app
