#pragma once

#include "widgets/TimeRangeBar.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace kunren::app {

class MetricCache;
class TimeSeriesChart;

// Any metric the drill records: pick a name, narrow it to a service and an attribute value, combine the
// series (sum, average, max, min) or split them by service or pod, and read counters as rates.
class MetricExplorer : public QWidget
{
    Q_OBJECT

public:
    enum class GroupBy { None, Service, Pod };

    explicit MetricExplorer(MetricCache* cache, QWidget* parent = nullptr);

    void refresh(const TimeWindow& window);
    void reset();
    // Picks a metric (and optionally a service) as if chosen in the boxes.
    void select(const QString& metric, const QString& service = {});
    TimeSeriesChart* chart() const { return m_chart; }
    // What the chart plots, in words: "container_cpu_usage_seconds_total{service=payment, state=used} sum per second".
    QString describe() const;
    // The window the chart shows.
    const TimeWindow& window() const { return m_window; }

Q_SIGNALS:
    void changed();

private:
    void syncNames();
    void metricChosen();

    MetricCache* m_cache;
    QComboBox* m_metric;
    QComboBox* m_service;
    QLineEdit* m_filter;
    QComboBox* m_aggregation;
    QComboBox* m_group;
    QCheckBox* m_rate;
    QLabel* m_note;
    TimeSeriesChart* m_chart;
    TimeWindow m_window;
};

} // namespace kunren::app
