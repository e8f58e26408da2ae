#include "shell/AppOptions.h"

#include "core/Duration.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

namespace kunren::app {

std::optional<AppOptions> parseAppOptions(const QCoreApplication& app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Kunren incident-drill simulator"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption scenario(
        QStringLiteral("scenario"), QCoreApplication::translate("main", "Start the built-in scenario ID (or a file)."),
        QStringLiteral("ID"));
    const QCommandLineOption seed(QStringLiteral("seed"), QCoreApplication::translate("main", "Random seed."),
                                  QStringLiteral("N"));
    const QCommandLineOption speed(
        QStringLiteral("speed"), QCoreApplication::translate("main", "Playback speed, 1 to 60 (default 1: real time)."),
        QStringLiteral("X"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QCoreApplication::translate("main", "Save the main window as an image."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption quitAfter(QStringLiteral("quit-after"),
                                       QCoreApplication::translate("main", "Quit after SECONDS of wall time."),
                                       QStringLiteral("SECONDS"));
    const QCommandLineOption page(
        QStringLiteral("page"),
        QCoreApplication::translate("main", "Open the workspace page ID (home, logs, traces, …)."),
        QStringLiteral("ID"));
    const QCommandLineOption jump(
        QStringLiteral("jump-to"),
        QCoreApplication::translate("main", "Simulate straight to this drill time (e.g. 12m)."),
        QStringLiteral("DURATION"));
    const QCommandLineOption dark(QStringLiteral("dark"), QCoreApplication::translate("main", "Use the dark palette."));
    const QCommandLineOption db(
        QStringLiteral("db"),
        QCoreApplication::translate("main", "Save drills in this SQLite database instead of the default one."),
        QStringLiteral("PATH"));
    const QCommandLineOption language(QStringLiteral("lang"),
                                      QCoreApplication::translate("main",
                                                                  "Language of the workspace and the drills: en or ja "
                                                                  "(default: the system's)."),
                                      QStringLiteral("LANG"));
    parser.addOptions({scenario, seed, speed, screenshot, quitAfter, page, jump, dark, db, language});
    parser.process(app);

    AppOptions o;
    o.scenario = parser.value(scenario);
    bool ok = true;
    if (parser.isSet(seed)) {
        o.seed = parser.value(seed).toULongLong(&ok);
        if (!ok) {
            std::fprintf(stderr, "kunren: --seed needs a whole number\n");
            return std::nullopt;
        }
    }
    if (parser.isSet(speed)) {
        o.speed = parser.value(speed).toDouble(&ok);
        if (!ok || o.speed < 1.0 || o.speed > 60.0) {
            std::fprintf(stderr, "kunren: --speed must be between 1 and 60\n");
            return std::nullopt;
        }
    }
    o.screenshot = parser.value(screenshot);
    if (parser.isSet(quitAfter)) {
        o.quitAfterSeconds = parser.value(quitAfter).toDouble(&ok);
        if (!ok || o.quitAfterSeconds < 0) {
            std::fprintf(stderr, "kunren: --quit-after needs a number of seconds\n");
            return std::nullopt;
        }
    }
    o.page = parser.value(page);
    o.dark = parser.isSet(dark);
    o.db = parser.value(db);
    o.language = parser.value(language);
    if (!o.language.isEmpty() && o.language != QLatin1String("en") && o.language != QLatin1String("ja")) {
        std::fprintf(stderr, "kunren: --lang is en or ja, not %s\n", qPrintable(o.language));
        return std::nullopt;
    }
    if (parser.isSet(jump)) {
        const auto d = parseDuration(parser.value(jump).toStdString());
        if (!d || *d < 0) {
            std::fprintf(stderr, "kunren: --jump-to needs a duration such as 90s or 12m\n");
            return std::nullopt;
        }
        o.jumpTo = *d;
    }
    o.autoplay = !o.scenario.isEmpty();
    return o;
}

} // namespace kunren::app
