#pragma once

#include "alerting/AlertModel.h"

#include <QAbstractTableModel>

namespace kunren::app {

class DrillRunner;

// Every monitor of the drill (the scenario's and Watchdog's) with its worst current state across its
// groups, since when, the last value, and where it notifies.
class MonitorModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { State, Name, Type, Route, Since, Value, ColumnCount };
    enum Roles { IdRole = Qt::UserRole + 1, LevelRole };

    explicit MonitorModel(DrillRunner* runner, QObject* parent = nullptr);

    int rowOf(const QString& monitorId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString levelName(AlertLevel level);

private:
    struct Row
    {
        AlertLevel level = AlertLevel::Ok;
        SimTime since = 0;
        double value = 0.0;
        bool hasData = false;
    };
    void reload();
    void updateStates();

    DrillRunner* m_runner;
    std::vector<Row> m_rows; // one per runner monitor, same order
};

} // namespace kunren::app
