#include "models/LogTableModel.h"

#include "bridge/QtConversions.h"
#include "models/Formatting.h"
#include "models/LogDetails.h"

#include <QColor>

namespace kunren::app {

LogTableModel::LogTableModel(QObject* parent) : PagedSearchModel(searchLogs, parent) {}

int LogTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant LogTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time: return tr("Time");
    case Status: return tr("Status");
    case Service: return tr("Service");
    case Pod: return tr("Pod");
    case Message: return tr("Message");
    default: return {};
    }
}

QVariant LogTableModel::rowData(std::uint32_t storeRow, int column, int role) const
{
    const TelemetryStore& st = *store();
    const LogRecord& l = st.log(storeRow);
    if (role == SeverityLevelRole)
        return severityLevel(l.severity);
    if (role == Qt::ForegroundRole && column == Status) {
        switch (severityLevel(l.severity)) {
        case 3: return QColor(0xc6, 0x28, 0x28);
        case 2: return QColor(0xb2, 0x6a, 0x00);
        case 0: return QColor(Qt::gray);
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole && column == Message)
        return qs(renderLogMessage(st, l));
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Time: return formatSimTime(l.time);
    case Status: return severityName(l.severity).toUpper();
    case Service: return serviceOf(st, l.resource);
    case Pod: return l.resource == kNoResource ? QString() : qs(st.str(st.resource(l.resource).pod));
    case Message: return qs(renderLogMessage(st, l));
    default: return {};
    }
}

} // namespace kunren::app
