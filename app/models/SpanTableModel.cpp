#include "models/SpanTableModel.h"

#include "bridge/QtConversions.h"
#include "models/Formatting.h"
#include "query/TextMatch.h"

#include <QColor>

namespace kunren::app {

SpanTableModel::SpanTableModel(QObject* parent) : PagedSearchModel(searchSpans, parent) {}

int SpanTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant SpanTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole && section == Duration)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Start: return tr("Start");
    case Service: return tr("Service");
    case Resource: return tr("Resource");
    case Duration: return tr("Duration");
    case Status: return tr("Status");
    default: return {};
    }
}

QVariant SpanTableModel::rowData(std::uint32_t storeRow, int column, int role) const
{
    const TelemetryStore& st = *store();
    const SpanRecord& s = st.span(storeRow);
    const TraceRecord& t = st.trace(s.trace);
    const OperationInfo& op = st.operation(s.operation);
    const bool failed = s.status == SpanStatus::Error;
    switch (role) {
    case TraceIdRole: return qs(hexId(t.idHigh, t.idLow));
    case SpanIndexRole: return static_cast<int>(storeRow - t.firstSpan);
    case SortRole: return column == Duration ? QVariant(static_cast<qulonglong>(s.durationUs)) : QVariant();
    case Qt::TextAlignmentRole: return column == Duration ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ForegroundRole: return column == Status && failed ? QVariant(QColor(0xc6, 0x28, 0x28)) : QVariant();
    case Qt::DisplayRole: break;
    default: return {};
    }
    switch (column) {
    case Start: return formatSimTime(spanStart(st, s));
    case Service: return op.service == kNoService ? QString() : qs(st.str(st.service(op.service).name));
    case Resource: return qs(st.str(op.name));
    case Duration: return formatDuration(s.durationUs);
    case Status:
        if (s.httpStatus != 0)
            return failed ? tr("error %1").arg(s.httpStatus) : tr("ok %1").arg(s.httpStatus);
        return failed ? tr("error") : tr("ok");
    default: return {};
    }
}

} // namespace kunren::app
