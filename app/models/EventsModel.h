#pragma once

#include "scenario/Scenario.h"
#include "telemetry/TelemetryStore.h"

#include <QAbstractTableModel>
#include <QStringList>

#include <vector>

namespace kunren::app {

// The drill's events stream (deploys, config changes, flag flips, scaling, restarts, OOM kills…), one
// row per event in the order they happened. refresh() appends the events published since the last call.
class EventsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Time, Service, Kind, Details, Version, ColumnCount };
    enum Roles { TimeRole = Qt::UserRole + 1, ServiceRole, KindRole, SortRole };

    explicit EventsModel(QObject* parent = nullptr);

    // Points the model at a drill (nullptr to clear); the scenario labels times with its clock.
    void setTelemetry(const TelemetryStore* store, const Scenario* scenario);
    void refresh();

    QStringList kinds() const { return m_kinds; } // in order of first appearance
    // "deploy" → "Deploy", "oom-killed" → "OOM killed" …
    static QString kindLabel(const QString& kind);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        SimTime time = 0;
        QString service, kind, title, version;
    };

    const TelemetryStore* m_store = nullptr;
    const Scenario* m_scenario = nullptr;
    std::vector<Row> m_rows;
    QStringList m_kinds;
};

} // namespace kunren::app
