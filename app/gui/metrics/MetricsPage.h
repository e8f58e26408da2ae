#pragma once

#include "widgets/EvidenceSource.h"

#include <QWidget>

class QGridLayout;
class QLabel;
class QScrollArea;
class QStackedWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace kunren::app {

class DrillRunner;
class LiveRefresh;
class MetricCache;
class MetricExplorer;
class Navigator;
class TimeRangeBar;
class TimeSeriesChart;
struct Panel;

// Metrics: a default dashboard per component (RED, pods' CPU, memory, restarts and replicas for
// services; connections, memory, hit ratio, depth and lag, rate limits for databases, caches, queues
// and external APIs) and a metric explorer. metricsRequested(service) opens that service's dashboard.
class MetricsPage : public QWidget, public EvidenceSource
{
    Q_OBJECT

public:
    MetricsPage(DrillRunner* runner, Navigator* navigator, QWidget* parent = nullptr);
    ~MetricsPage() override;

    void showDashboard(const QString& service);
    void showExplorer();
    QString currentDashboard() const { return m_current; }
    QList<TimeSeriesChart*> charts() const;
    MetricExplorer* explorer() const { return m_explorer; }
    // The chart under the mouse (or with focus), else the explorer's chart or the whole dashboard shown.
    QString currentEvidence() const override;
    QString chartEvidence(const TimeSeriesChart* chart) const;

private:
    void onLoaded();
    void onUnloading();
    void refresh();
    void buildNavigation();
    void itemChosen(QTreeWidgetItem* item);

    DrillRunner* m_runner;
    Navigator* m_navigator;
    MetricCache* m_cache;
    QTreeWidget* m_nav;
    QStackedWidget* m_stack;
    QLabel* m_empty;
    QScrollArea* m_scroll;
    QWidget* m_dashboard;
    QGridLayout* m_grid;
    QLabel* m_heading;
    MetricExplorer* m_explorer;
    TimeRangeBar* m_range;
    LiveRefresh* m_live;
    QString m_current;
    QList<Panel> m_panels;
    QList<TimeSeriesChart*> m_charts;
};

} // namespace kunren::app
