#pragma once

#include <QWidget>

class QTableView;
class QTextBrowser;

namespace kunren::app {

class DrillRunner;
class MonitorModel;
class Navigator;

// Every monitor with its state, and for the one selected: what it measures, its thresholds and route,
// its runbook ("one monitor, one runbook") and its history of transitions with the values that caused them.
class MonitorsPage : public QWidget
{
    Q_OBJECT

public:
    MonitorsPage(DrillRunner* runner, Navigator* navigator, QWidget* parent = nullptr);

    void showMonitor(const QString& monitorId);
    void showRunbook(const QString& runbookId);

private:
    void showSelected();

    DrillRunner* m_runner;
    Navigator* m_navigator;
    MonitorModel* m_model;
    QTableView* m_table;
    QTextBrowser* m_detail;
};

} // namespace kunren::app
