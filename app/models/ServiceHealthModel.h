#pragma once

#include "telemetry/TelemetryStore.h"

#include <QAbstractTableModel>

#include <vector>

namespace kunren::app {

// One row per component with its latest RED figures and pod readiness, read from the metric series
// the simulation publishes. refresh() reads only the points appended since the previous call.
class ServiceHealthModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Service, Kind, RequestRate, ErrorRate, LatencyP95, Pods, ColumnCount };
    enum Roles { SortRole = Qt::UserRole + 1, HealthRole };
    enum class Health { Ok, Warning, Critical };

    explicit ServiceHealthModel(QObject* parent = nullptr);

    // Points the model at a drill's telemetry (nullptr to clear). Resets the model.
    void setTelemetry(const TelemetryStore* store);
    void refresh();

    Health health(int row) const;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    enum class SeriesRole : std::uint8_t { None, Hits, Errors, Duration, PodsReady, PodsSpec };
    struct SeriesState
    {
        SeriesRole role = SeriesRole::None;
        ServiceIndex service = kNoService;
        double last = 0, previous = 0;
        SimTime lastTime = -1;
        std::uint32_t firstBucket = 0;
        std::uint64_t count = 0;
    };
    struct Row
    {
        QString name, kind;
        double rate = 0, errorRate = 0, p95Ms = 0;
        int podsReady = -1, podsSpec = -1;
    };

    void classifyNewSeries(std::size_t seriesCount);
    void aggregate(SimTime windowEnd);

    const TelemetryStore* m_store = nullptr;
    std::vector<SeriesState> m_series;
    std::vector<Row> m_rows;
    std::size_t m_pointsSeen = 0, m_histogramsSeen = 0;
};

} // namespace kunren::app
