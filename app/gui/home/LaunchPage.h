#pragma once

#include "home/PastResults.h"

#include <QHash>
#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QSpinBox;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace kunren {
struct Scenario;
}

namespace kunren::app {

class BriefingView;
class DrillRunner;
class LibraryModel;
class ServiceHealthModel;

// Where a drill starts: the scenario library (beginner drills first), and for the drill chosen its
// briefing, level, length, what it practises and the trainee's results on it so far; live service health
// once a drill runs. Enter, Space, a double click or Start drill starts the chosen drill.
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
    // Where the trainee's past results on a scenario come from (the drills database; none without it).
    void setResultsProvider(PastResultsProvider provider);
    // The id of the drill chosen in the library; empty when none.
    QString selectedScenario() const;
    bool selectScenario(const QString& id);
    // Starts the chosen drill (Enter, Space, Start drill).
    void startSelected();

Q_SIGNALS:
    // `seed` 0 means the scenario's own seed.
    void startRequested(const QString& scenarioId, quint64 seed);
    // The chosen drill changed (empty: none).
    void selectionChanged(const QString& scenarioId);

private:
    void showHealthOrExplanation();
    void showSelected();
    void showEvent(QShowEvent* event) override;
    std::shared_ptr<const Scenario> preview(const QString& id);

    DrillRunner* m_runner;
    LibraryModel* m_library;
    QSortFilterProxyModel* m_librarySorted;
    ServiceHealthModel* m_health;
    QSortFilterProxyModel* m_healthSorted;
    QTableView* m_libraryView;
    BriefingView* m_briefing;
    QLabel* m_error;
    QTableView* m_healthView;
    QLabel* m_healthEmpty; // says what the health table will show, until a drill runs
    QStackedWidget* m_healthStack;
    QSpinBox* m_seed;
    QPushButton* m_start;
    PastResultsProvider m_results;
    QHash<QString, std::shared_ptr<const Scenario>> m_previews; // loaded once per drill shown
};

} // namespace kunren::app
