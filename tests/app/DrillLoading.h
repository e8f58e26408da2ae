#pragma once

#include "bridge/DrillRunner.h"

#include <QSignalSpy>
#include <QString>
#include <QTest>
#include <QtGlobal>

#include <optional>
#include <utility>

namespace kunren::test {

// DrillRunner::load(), resume() and MainWindow::startScenario() return once the scenario is read; the drill's
// simulation is then built on the runner's worker thread and `loaded` follows. These start a drill and wait
// until it is loaded: false (and a warning saying why) if starting fails, the engine refuses, or it takes
// longer than `timeoutMs`.
template <typename Start> bool startedAndLoaded(app::DrillRunner& runner, Start&& start, int timeoutMs = 60000)
{
    QSignalSpy loaded(&runner, &app::DrillRunner::loaded);
    QSignalSpy failed(&runner, &app::DrillRunner::loadFailed);
    if (!start()) {
        qWarning("the drill did not start");
        return false;
    }
    if (!QTest::qWaitFor([&] { return !loaded.isEmpty() || !failed.isEmpty(); }, timeoutMs)) {
        qWarning("the drill's simulation was not built within %d ms", timeoutMs);
        return false;
    }
    if (!failed.isEmpty()) {
        qWarning("%s", qPrintable(failed.at(0).at(0).toString()));
        return false;
    }
    return runner.isLoaded();
}

// runner.load(args…), then waits for `loaded`.
template <typename... Args> bool loadAndWait(app::DrillRunner& runner, Args&&... args)
{
    return startedAndLoaded(runner, [&] { return runner.load(std::forward<Args>(args)...); });
}

// window.startScenario(idOrPath, seed), then waits for `loaded` (a template: model tests have no MainWindow).
template <typename Window>
bool startAndWait(Window& window, const QString& idOrPath, std::optional<quint64> seed = std::nullopt)
{
    return startedAndLoaded(*window.runner(), [&] { return window.startScenario(idOrPath, seed); });
}

} // namespace kunren::test
