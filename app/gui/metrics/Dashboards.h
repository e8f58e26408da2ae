#pragma once

#include "models/MetricCache.h"
#include "models/SeriesPoints.h"
#include "scenario/Topology.h"
#include "widgets/TimeSeriesChart.h"

#include <functional>

namespace kunren::app {

// What a default dashboard shows for a kind of component: panels of lines, each line one metric
// (optionally one line per pod, or a ratio of two metrics), the way kube-state-metrics, cAdvisor and
// the database/queue/API exporters name them.
struct PanelLine
{
    QString label;
    QString metric;
    QString attribute, value; // only series with this attribute value (optional)
    SeriesTransform transform = SeriesTransform::Value;
    SeriesAggregation aggregation = SeriesAggregation::Sum;
    double scale = 1.0;
    bool perPod = false; // one line per pod instead of one aggregate
    QString denominator; // ratio: metric / denominator (same transform), × scale
    QColor colour;
};

struct Panel
{
    enum class Kind { Lines, RedRequests, RedErrorRate, RedLatency };
    Kind kind = Kind::Lines;
    QString title;
    QList<PanelLine> lines;
    std::function<QString(double)> format;
    QString unit; // the y axis' title
};

QList<Panel> dashboardFor(const ServiceSpec& service);

// The lines of a panel for one service over [from, to] (x in minutes).
QList<ChartLine> panelLines(const Panel& panel, const MetricIndex& index, const QString& service, SimTime from,
                            SimTime to);

} // namespace kunren::app
