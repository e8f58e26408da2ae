#pragma once

#include "models/MetricCache.h"
#include "widgets/TimeSeriesChart.h"

#include <QWidget>

namespace kunren::app {

// Markers for the events of one service (all when empty) in [from, to]: deploys blue, config changes
// and flag flips purple, scaling grey, OOM kills and crash loops red.
QList<ChartMarker> eventMarkers(MetricCache* cache, const QString& service, SimTime from, SimTime to);
QColor eventColour(const QString& kind);

// RED over time as chart lines: requests/s and errors/s, error rate (%), latency percentiles (ms).
struct RedLines
{
    ChartLine requests, errors, errorRate, p50, p95, p99;
};
RedLines redLines(const MetricIndex& index, const QString& service, const QString& operation, SimTime from, SimTime to);

// The three RED charts of a service or endpoint side by side: requests and errors per second, error
// rate, and latency percentiles, each with the service's events as markers.
class RedCharts : public QWidget
{
    Q_OBJECT

public:
    explicit RedCharts(QWidget* parent = nullptr);

    void showRed(MetricCache* cache, const QString& service, const QString& operation, SimTime from, SimTime to);
    void clear();
    TimeSeriesChart* requests() const { return m_requests; }
    TimeSeriesChart* errors() const { return m_errors; }
    TimeSeriesChart* latency() const { return m_latency; }

private:
    TimeSeriesChart* m_requests;
    TimeSeriesChart* m_errors;
    TimeSeriesChart* m_latency;
};

} // namespace kunren::app
