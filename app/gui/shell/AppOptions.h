#pragma once

#include <QString>

#include <optional>

class QCoreApplication;

namespace kunren::app {

// Command-line options for scripted starts: `kunren --scenario ID --seed N --speed X
// --screenshot FILE --quit-after SECONDS --page ID --jump-to DURATION --lang en|ja`.
struct AppOptions
{
    QString scenario;
    std::optional<quint64> seed;
    double speed = 1.0; // DrillRunner::kDefaultSpeed: real time
    QString screenshot;
    double quitAfterSeconds = 0.0;
    bool autoplay = false;
    QString page;       // workspace page to show first (screenshots of one view)
    qint64 jumpTo = -1; // simulated µs to reach before showing anything, -1 = start at 0
    bool dark = false;  // start with the dark palette
    QString db;         // drills database; empty = the default one (not opened by scripted runs)
    QString language;   // "en", "ja"; empty = the system's
};

// Parses the application's arguments; on a usage error prints it and returns nullopt.
std::optional<AppOptions> parseAppOptions(const QCoreApplication& app);

} // namespace kunren::app
