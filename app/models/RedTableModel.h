#pragma once

#include "models/RedMetrics.h"

#include <QAbstractTableModel>

#include <vector>

namespace kunren::app {

// Rows of RED figures: the APM service list (one row per service) and a service's endpoint table (one
// row per endpoint). Updating with the same names keeps rows, selection and sort in place.
class RedTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Kind, Namespace, Rate, Errors, P50, P95, P99, ColumnCount };
    enum Roles { SortRole = Qt::UserRole + 1, NameRole, ErrorRateRole };
    struct Row
    {
        QString name, kind, ns;
        RedFigures figures;
    };

    explicit RedTableModel(const QString& nameHeader, QObject* parent = nullptr);

    void setRows(std::vector<Row> rows);
    const Row* row(int r) const;
    int rowOf(const QString& name) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString m_nameHeader;
    std::vector<Row> m_rows;
};

// A service's callers and callees with the figures of those calls (from the service map).
class DependencyModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Direction, Component, Rate, Errors, P95, ColumnCount };
    enum Roles { SortRole = Qt::UserRole + 1, ComponentRole };
    struct Row
    {
        bool downstream = true; // the service calls it
        QString component;
        bool seen = false; // calls in the window
        double rate = 0, errorRate = 0, p95Ms = 0;
    };

    explicit DependencyModel(QObject* parent = nullptr);
    void setRows(std::vector<Row> rows);
    const Row* row(int r) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<Row> m_rows;
};

// Error-rate colour shared by the tables: amber from 1 %, red from 5 % (the map's thresholds).
QVariant errorRateBrush(double errorRate);

} // namespace kunren::app
