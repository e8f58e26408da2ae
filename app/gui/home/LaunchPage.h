#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QSpinBox;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace kunren::app {

class BriefingView;
class DrillRunner;
class LibraryModel;
class ServiceHealthModel;

// Where a drill starts: the scenario library, the spoiler-free briefing, and live service health
// once the drill runs. Activating a library row asks to start that scenario.
class LaunchPage : public QWidget
{
    Q_OBJECT

public:
    explicit LaunchPage(DrillRunner* runner, QWidget* parent = nullptr);
    ~LaunchPage() override;

    // Shows a load failure where the trainee is looking, in the loader's words.
    void showError(const QString& message);
    void clearError();
    void showScenario(); // the runner's current scenario
    void refresh();      // the drill advanced

Q_SIGNALS:
    // `seed` 0 means the scenario's own seed.
    void startRequested(const QString& scenarioId, quint64 seed);

private:
    DrillRunner* m_runner;
    LibraryModel* m_library;
    ServiceHealthModel* m_health;
    QSortFilterProxyModel* m_healthSorted;
    QTableView* m_libraryView;
    BriefingView* m_briefing;
    QLabel* m_error;
    QTableView* m_healthView;
    QLabel* m_healthEmpty;     // says what the health table will show, until a drill runs
    QStackedWidget* m_healthStack;
    QSpinBox* m_seed;
    QPushButton* m_start;

    void startSelected();
    void showHealthOrExplanation();
};

} // namespace kunren::app
