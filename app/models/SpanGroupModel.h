#pragma once

#include "query/Search.h"

#include <QAbstractTableModel>

#include <vector>

namespace kunren::app {

// Trace analytics: matching spans grouped by one tag, with count, errors and latency per group.
class SpanGroupModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Value, Count, Errors, ErrorRate, Avg, P50, P95, P99, ColumnCount };
    enum Roles { SortRole = Qt::UserRole + 1, ValueRole };

    explicit SpanGroupModel(QObject* parent = nullptr);

    void setGroups(const QString& field, std::vector<SpanGroup> groups);
    QString field() const { return m_field; }
    const std::vector<SpanGroup>& groups() const { return m_groups; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString m_field;
    std::vector<SpanGroup> m_groups;
};

} // namespace kunren::app
