#pragma once

#include <QHash>
#include <QMainWindow>

#include <optional>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace kunren::app {

class DrillDesk;
class DrillRunner;
class DrillToolBar;
class LaunchPage;
class Navigator;

// The drill workspace: a navigation rail of tool pages (launcher, service map, APM, traces, logs,
// metrics, errors, events, channels…) around one drill clock. Pages are independent widgets that
// share the runner (the drill and its telemetry) and the navigator (cross-links between pages).
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    DrillRunner* runner() const { return m_runner; }
    Navigator* navigator() const { return m_navigator; }
    DrillDesk* drillDesk() const { return m_desk; }
    DrillToolBar* drillToolBar() const { return m_toolBar; }

    // Loads a scenario (library id or path); a failure is shown in the window, returns false and, with
    // `error`, says why in the loader's words. True: its simulation is being built (the runner's `loaded`
    // follows; if the engine refuses it, `loadFailed`, which the window shows like a scenario's errors).
    bool startScenario(const QString& idOrPath, std::optional<quint64> seed = std::nullopt, QString* error = nullptr);

    // Adds a page to the rail; Ctrl+1…9 reach the first nine in order.
    void addPage(const QString& id, const QString& title, QWidget* page);
    void showPage(const QString& id);
    QWidget* page(const QString& id) const;
    QString currentPageId() const;
    QStringList pageIds() const { return m_pageOrder; }
    // The rail's icon of page `id` (tests: it follows the palette).
    QIcon railIcon(const QString& id) const;

Q_SIGNALS:
    // The trainee switched to another page (the drill logs it as view.open).
    void pageChanged(const QString& id);

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildMenus();
    void routeNavigation();
    void openScenarioFile();
    void onAdvanced(qint64 simTimeUs);
    void showEngineFailure(const QString& what, qint64 simTimeUs);
    void showLoadFailure(const QString& message);

    DrillRunner* m_runner;
    Navigator* m_navigator;
    DrillToolBar* m_toolBar;
    QListWidget* m_rail;
    QStackedWidget* m_stack;
    LaunchPage* m_launch;
    DrillDesk* m_desk = nullptr;
    QHash<QString, QWidget*> m_pages;
    QStringList m_pageOrder;
    QString m_loadingId; // the scenario whose simulation is being built
};

// Registers every tool page of the workspace (shell/Pages.cpp: one line per page).
void registerWorkspacePages(MainWindow& window);

} // namespace kunren::app
