#pragma once

#include "bridge/JobRunner.h"
#include "history/HistorySnapshot.h"

#include <QWidget>

class QChartView;
class QComboBox;
class QLabel;
class QTabWidget;
class QTableWidget;

namespace kunren::app {

class DrillRunner;
class Navigator;
class RetrospectiveDialog;

// Drills across time, from the drills database the workspace records to (DrillHistory): one trainee's
// drills with score and time to root cause (chart and table; each opens its retrospective), a scenario's
// leaderboard, and a team's report (tool usage, time to root cause median and p90, common wrong
// hypotheses, action items). Read off the GUI thread with its own connection, whenever the page shows.
class HistoryPage : public QWidget
{
    Q_OBJECT

public:
    HistoryPage(DrillRunner* runner, Navigator* navigator, QWidget* parent = nullptr);
    ~HistoryPage() override;

    // Reads the database again (also done on showing the page).
    void refresh();
    const HistorySnapshot& snapshot() const { return m_snapshot; }
    bool isLoading() const { return m_jobs->isBusy(); }
    void selectTrainee(qint64 traineeId);
    void selectScenario(const QString& scenarioId);
    void selectTeam(const QString& team); // empty: everyone
    void showTab(int index);
    // Opens the retrospective of the drill on that row of the drills table.
    RetrospectiveDialog* openRetrospective(int row);

Q_SIGNALS:
    void refreshed();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void load(HistoryQuery query);
    void showSnapshot();
    void fillChart();
    void fillDrills();
    void fillLeaderboard();
    void fillReport();

    DrillRunner* m_runner;
    JobRunner* m_jobs;
    HistorySnapshot m_snapshot;
    QComboBox* m_trainee;
    QComboBox* m_scenario;
    QComboBox* m_team;
    QLabel* m_status;
    QTabWidget* m_tabs;
    QChartView* m_chart;
    QTableWidget* m_drills;
    QTableWidget* m_leaderboard;
    QTableWidget* m_figures;
    QTableWidget* m_tools;
    QTableWidget* m_wrong;
    QTableWidget* m_items;
};

} // namespace kunren::app
