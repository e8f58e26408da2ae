// kunren: the desktop drill workspace.
#include "shell/AppOptions.h"
#include "shell/MainWindow.h"
#include "bridge/DrillRunner.h"
#include "drill/DrillDesk.h"

#include "shell/Theme.h"
#include "shell/Translations.h"

#include <QApplication>
#include <QSettings>
#include <QTimer>

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
    // Drills are saved as they happen. Scripted runs (screenshots) save only into a database given to them.
    const bool scripted = options->quitAfterSeconds > 0 || !options->screenshot.isEmpty();
    kunren::app::DrillDesk* desk = window.drillDesk();
    if (!options->db.isEmpty() || !scripted) {
        const bool opened = desk->openDatabase(options->db.isEmpty() ? kunren::app::DrillDesk::defaultDatabasePath() : options->db);
        if (opened && !scripted) {
            // Asked once: who is drilling; then whether to pick up a drill the last session left unfinished.
            if (!desk->hasProfile())
                QObject::connect(desk->editProfile(), &QDialog::finished, desk, [desk] { desk->offerInterruptedDrill(); });
            else
                desk->offerInterruptedDrill();
        }
    }
    if (!options->scenario.isEmpty() && window.startScenario(options->scenario, options->seed)) {
        if (options->jumpTo >= 0)
            window.runner()->jumpTo(options->jumpTo);
        if (options->autoplay)
            window.runner()->play();
    }
    if (!options->page.isEmpty())
        window.showPage(options->page);

    if (options->quitAfterSeconds > 0 || !options->screenshot.isEmpty()) {
        const int ms = static_cast<int>(options->quitAfterSeconds * 1000.0);
        QTimer::singleShot(ms, &window, [&window, file = options->screenshot] {
            if (!file.isEmpty() && !window.grab().save(file))
                std::fprintf(stderr, "kunren: could not write screenshot %s\n", qPrintable(file));
            QApplication::quit();
        });
    }
    return app.exec();
}
