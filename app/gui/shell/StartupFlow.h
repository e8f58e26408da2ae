#pragma once

#include "shell/AppOptions.h"

#include <QObject>

namespace kunren::app {

class MainWindow;

// What the app does once its window is up, in the order a trainee needs it: who is drilling (the profile,
// asked once), whether to pick up a drill the last session left unfinished, then the drill asked for on the
// command line (--scenario, --jump-to, --page) — so nothing is recorded under a name the trainee is about to
// change. Scripted runs (--screenshot, --quit-after) skip the questions, save the window and quit; a
// scenario that does not load or an unknown page ends them with a message and a non-zero status.
class StartupFlow : public QObject
{
    Q_OBJECT

public:
    StartupFlow(MainWindow& window, AppOptions options, QObject* parent = nullptr);

    // Begins (returns at once). `quitRequested` follows for scripted runs and for errors.
    void start();
    bool isScripted() const;

Q_SIGNALS:
    // The app should exit with `status` (0: a scripted run ended; 1: the scenario failed; 2: a usage error).
    void quitRequested(int status);

private:
    void askWhoIsDrilling();
    void offerInterruptedDrill();
    void startRequestedDrill();
    void stopWaiting();
    void cannotStart(const QString& error);
    // A scripted run saves the window and quits after --quit-after seconds (from when the drill is loaded).
    void finishScriptedRun();
    void fail(int status, const QString& message);

    MainWindow& m_window;
    AppOptions m_options;
    QMetaObject::Connection m_onLoadStarted, m_onLoaded, m_onLoadFailed; // waiting for the drill asked for to be built
};

} // namespace kunren::app
