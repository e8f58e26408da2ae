// kunren: the desktop drill workspace.
#include "bridge/DrillRunner.h"
#include "shell/AppOptions.h"
#include "shell/MainWindow.h"
#include "shell/StartupFlow.h"

#include "shell/Theme.h"
#include "shell/Translations.h"

#include <QApplication>
#include <QSettings>

#include <cstdio>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Kunren"));
    QApplication::setOrganizationName(QStringLiteral("Kunren"));
    QApplication::setApplicationVersion(QStringLiteral(KUNREN_VERSION));

    const auto options = kunren::app::parseAppOptions(app);
    if (!options)
        return 2;
    kunren::app::installTranslations(app, options->language.isEmpty() ? QLocale::system() : QLocale(options->language));

    // The trainee's last theme; high-DPI scaling is on by default in Qt 6.
    const bool dark = QSettings().value(QStringLiteral("ui/theme")).toString() == QLatin1String("dark");
    kunren::app::applyTheme(dark || options->dark ? kunren::app::Theme::Dark : kunren::app::Theme::Light);

    kunren::app::MainWindow window;
    window.runner()->setSpeed(options->speed);
    window.show();
    kunren::app::StartupFlow flow(window, *options);
    QObject::connect(&flow, &kunren::app::StartupFlow::quitRequested, &app,
                     [](int status) { QApplication::exit(status); });
    flow.start();
    return app.exec();
}
