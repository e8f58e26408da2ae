#pragma once

#include <QMainWindow>

class QLabel;
class QTableView;
class QSortFilterProxyModel;

namespace kunren::app {

class BriefingView;
class DrillRunner;
class DrillToolBar;
class LibraryModel;
class ServiceHealthModel;

// The drill workspace: the scenario library, the briefing, and live service health while the
// simulation plays.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    DrillRunner* runner() const { return m_runner; }
    // Loads a scenario (library id or path); a failure is shown in the window and returns false.
    bool startScenario(const QString& idOrPath, std::optional<quint64> seed = std::nullopt);

private:
    void buildMenus();
    void openScenarioFile();
    void showError(const QString& message);
    void onAdvanced(qint64 simTimeUs);
    void updateStatus();

    DrillRunner* m_runner;
    LibraryModel* m_library;
    ServiceHealthModel* m_health;
    QSortFilterProxyModel* m_healthSorted;
    DrillToolBar* m_toolBar;
    QTableView* m_libraryView;
    BriefingView* m_briefing;
    QLabel* m_error;
    QTableView* m_healthView;
    QLabel* m_status;
};

} // namespace kunren::app
