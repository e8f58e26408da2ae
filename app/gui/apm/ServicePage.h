#pragma once

#include "widgets/TimeRangeBar.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace kunren::app {

class JobRunner;
class DependencyModel;
class DrillRunner;
class EventFilterProxy;
class EventsModel;
class MetricCache;
class Navigator;
class RedCharts;
class RedTableModel;
struct MapSnapshot;

// One service in APM: its RED figures and charts over the window, the endpoint table, the components
// it calls and is called by (with the figures of those calls, from the service map), its recent
// deploys, and links to its traces, logs, metrics and events.
class ServicePage : public QWidget
{
    Q_OBJECT

public:
    ServicePage(DrillRunner* runner, Navigator* navigator, QWidget* parent = nullptr);
    ~ServicePage() override;

    void setService(const QString& service);
    QString service() const { return m_service; }
    void refresh(const TimeWindow& window);
    void onLoaded();
    void onUnloading();

    QTableView* endpointTable() const { return m_endpointView; }
    QTableView* dependencyTable() const { return m_dependencyView; }
    QTableView* deployTable() const { return m_deployView; }
    RedCharts* charts() const { return m_charts; }
    int dependencyUpdates() const { return m_dependencyUpdates; }

private:
    void applyMap(const MapSnapshot& snapshot);
    void updateDeployHint();

    DrillRunner* m_runner;
    Navigator* m_navigator;
    MetricCache* m_cache;
    QString m_service;
    QLabel* m_title;
    QLabel* m_subtitle;
    QLabel* m_summary;
    RedCharts* m_charts;
    RedTableModel* m_endpoints;
    QTableView* m_endpointView;
    DependencyModel* m_dependencies;
    QTableView* m_dependencyView;
    EventsModel* m_events;
    EventFilterProxy* m_deploys;
    QTableView* m_deployView;
    QLabel* m_deployHint;
    JobRunner* m_mapTask;
    QStringList m_callees, m_callers;
    int m_dependencyUpdates = 0;
};

} // namespace kunren::app
