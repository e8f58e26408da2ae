#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace kunren::app {

class DrillRunner;
class LiveRefresh;
class MetricCache;
class Navigator;
class RedTableModel;
class ServicePage;
class TimeRangeBar;

// APM: the list of services with their RED figures over the window (sortable, filterable), and one
// service's page. The navigator's serviceRequested(name) opens that service here.
class ApmPage : public QWidget
{
    Q_OBJECT

public:
    ApmPage(DrillRunner* runner, Navigator* navigator, QWidget* parent = nullptr);

    void showService(const QString& service);
    void showList();
    QString currentService() const;
    QTableView* serviceTable() const { return m_listView; }
    ServicePage* servicePage() const { return m_servicePage; }

private:
    void onLoaded();
    void onUnloading();
    void refresh();

    DrillRunner* m_runner;
    Navigator* m_navigator;
    MetricCache* m_cache;
    RedTableModel* m_list;
    QSortFilterProxyModel* m_sorted;
    QTableView* m_listView;
    ServicePage* m_servicePage;
    QStackedWidget* m_stack;
    QLabel* m_empty;
    QToolButton* m_back;
    QLabel* m_crumb;
    QLineEdit* m_filter;
    TimeRangeBar* m_range;
    LiveRefresh* m_live;
};

} // namespace kunren::app
