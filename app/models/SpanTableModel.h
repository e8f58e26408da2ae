#pragma once

#include "models/PagedSearchModel.h"

namespace kunren::app {

// The Trace Explorer's list: matching spans newest first — start, service, resource, duration, status.
class SpanTableModel final : public PagedSearchModel
{
    Q_OBJECT

public:
    enum Column { Start, Service, Resource, Duration, Status, ColumnCount };
    enum Roles {
        TraceIdRole = PagedSearchModel::LoadedRole + 1, // 32 hex digits
        SpanIndexRole,                                  // index of the span within its trace
        SortRole,                                       // duration in µs for Duration
    };

    explicit SpanTableModel(QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QVariant rowData(std::uint32_t storeRow, int column, int role) const override;
};

} // namespace kunren::app
