#include "shell/StartupFlow.h"

#include "bridge/DrillRunner.h"
#include "shell/DrillDesk.h"
#include "shell/MainWindow.h"

#include <QDialog>
#include <QMessageBox>
#include <QTimer>

#include <cstdio>

namespace kunren::app {

StartupFlow::StartupFlow(MainWindow& window, AppOptions options, QObject* parent)
    : QObject(parent),
      m_window(window),
      m_options(std::move(options))
{
}

bool StartupFlow::isScripted() const { return m_options.quitAfterSeconds > 0 || !m_options.screenshot.isEmpty(); }

void StartupFlow::fail(int status, const QString& message)
{
    std::fprintf(stderr, "kunren: %s\n", qPrintable(message));
    // After the event loop has started, so the exit status is not lost to a loop that has not begun.
    QTimer::singleShot(0, this, [this, status] { Q_EMIT quitRequested(status); });
}

void StartupFlow::start()
{
    if (!m_options.page.isEmpty() && !m_window.pageIds().contains(m_options.page)) {
        fail(2, tr("there is no page \"%1\"; the pages are %2")
                    .arg(m_options.page, m_window.pageIds().join(QStringLiteral(", "))));
        return;
    }
    DrillDesk* desk = m_window.drillDesk();
    // Drills are saved as they happen. Scripted runs (screenshots) save only into a database given to them.
    if (!m_options.db.isEmpty() || !isScripted()) {
        const bool opened = desk->openDatabase(m_options.db.isEmpty() ? DrillDesk::defaultDatabasePath()
                                                                      : m_options.db);
        if (opened && !isScripted()) {
            askWhoIsDrilling();
            return;
        }
    }
    startRequestedDrill();
}

void StartupFlow::askWhoIsDrilling()
{
    DrillDesk* desk = m_window.drillDesk();
    if (desk->hasProfile()) {
        offerInterruptedDrill();
        return;
    }
    connect(desk->editProfile(), &QDialog::finished, this, &StartupFlow::offerInterruptedDrill);
}

void StartupFlow::offerInterruptedDrill()
{
    DrillDesk* desk = m_window.drillDesk();
    if (QMessageBox* prompt = desk->offerInterruptedDrill())
        connect(prompt, &QMessageBox::finished, this, [this] {
            const DrillRunner* runner = m_window.runner();
            if (!runner->isLoaded() && !runner->isLoading()) // resumed: that drill is what the trainee chose
                startRequestedDrill();
        });
    else
        startRequestedDrill();
}

void StartupFlow::startRequestedDrill()
{
    if (!m_options.scenario.isEmpty()) {
        QString error;
        const bool started = m_window.startScenario(m_options.scenario, m_options.seed, &error);
        if (!m_options.page.isEmpty())
            m_window.showPage(m_options.page);
        if (started) {
            // The simulation is built on the worker: the jump, the clock and a scripted run's timer wait for it
            // (unless the trainee starts another drill first).
            DrillRunner* runner = m_window.runner();
            m_onLoadStarted = connect(runner, &DrillRunner::loadStarted, this, &StartupFlow::stopWaiting);
            m_onLoaded = connect(runner, &DrillRunner::loaded, this, [this] {
                stopWaiting();
                if (m_options.jumpTo >= 0)
                    m_window.runner()->jumpTo(m_options.jumpTo);
                if (m_options.autoplay)
                    m_window.runner()->play();
                finishScriptedRun();
            });
            m_onLoadFailed = connect(runner, &DrillRunner::loadFailed, this, [this](const QString& message) {
                stopWaiting();
                cannotStart(message);
            });
            return;
        }
        cannotStart(error);
        if (isScripted())
            return;
    } else if (!m_options.page.isEmpty()) {
        m_window.showPage(m_options.page);
    }
    finishScriptedRun();
}

void StartupFlow::stopWaiting()
{
    disconnect(m_onLoadStarted);
    disconnect(m_onLoaded);
    disconnect(m_onLoadFailed);
}

void StartupFlow::cannotStart(const QString& error)
{
    if (isScripted()) {
        fail(1, tr("cannot start \"%1\":\n%2").arg(m_options.scenario, error));
        return;
    }
    // In the window, the Drills page shows why; the console says it too.
    std::fprintf(stderr, "kunren: cannot start \"%s\":\n%s\n", qPrintable(m_options.scenario), qPrintable(error));
}

void StartupFlow::finishScriptedRun()
{
    if (!isScripted())
        return;
    const int ms = static_cast<int>(m_options.quitAfterSeconds * 1000.0);
    QTimer::singleShot(ms, this, [this] {
        int status = 0;
        if (!m_options.screenshot.isEmpty() && !m_window.grab().save(m_options.screenshot)) {
            std::fprintf(stderr, "kunren: could not write screenshot %s\n", qPrintable(m_options.screenshot));
            status = 1;
        }
        Q_EMIT quitRequested(status);
    });
}

} // namespace kunren::app
