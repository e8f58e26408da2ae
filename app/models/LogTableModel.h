#pragma once

#include "models/PagedSearchModel.h"

namespace kunren::app {

// The Log Explorer's result list: time, status, service, pod and the rendered message, newest first.
class LogTableModel final : public PagedSearchModel
{
    Q_OBJECT

public:
    enum Column { Time, Status, Service, Pod, Message, ColumnCount };
    enum Roles { SeverityLevelRole = PagedSearchModel::LoadedRole + 1 }; // 0 debug … 3 error

    explicit LogTableModel(QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QVariant rowData(std::uint32_t storeRow, int column, int role) const override;
};

} // namespace kunren::app
