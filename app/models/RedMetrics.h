#pragma once

#include "models/MetricIndex.h"

#include <QStringList>

#include <vector>

namespace kunren::app {

// Rate, errors and duration of a service or one of its endpoints, from the RED metrics the simulation
// records for every request (sampled or not): service.request.count / service.error.count (cumulative)
// and the service.request.duration histogram (one per 10-s interval).
struct RedFigures
{
    double requests = 0, errors = 0;
    double rate = 0;      // per second
    double errorRate = 0; // 0–1
    double p50Ms = 0, p95Ms = 0, p99Ms = 0;
};

struct RedPoint
{
    SimTime time = 0; // end of the 10-s interval
    RedFigures figures;
};

// The q-quantile (0–1) of a histogram: linear inside the bucket that holds it. `counts` has one more
// entry than `bounds` (the overflow bucket, reported at the last bound). 0 when empty.
double histogramQuantile(const std::vector<double>& bounds, const std::vector<double>& counts, double q);

// Over (from, to]; an empty operation means every endpoint of the service.
RedFigures redOver(const MetricIndex& index, const QString& service, const QString& operation, SimTime from,
                   SimTime to);
// One point per recording interval ending in (from, to].
std::vector<RedPoint> redOverTime(const MetricIndex& index, const QString& service, const QString& operation,
                                  SimTime from, SimTime to);
// The endpoints (operation attribute) a service records RED for, sorted.
QStringList operationsOf(const MetricIndex& index, const QString& service);
// Services that record RED metrics, sorted.
QStringList servicesWithRed(const MetricIndex& index);

} // namespace kunren::app
