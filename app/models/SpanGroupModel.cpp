#include "models/SpanGroupModel.h"

#include "bridge/QtConversions.h"
#include "models/Formatting.h"

#include <QColor>
#include <QLocale>

namespace kunren::app {

SpanGroupModel::SpanGroupModel(QObject* parent) : QAbstractTableModel(parent) {}

void SpanGroupModel::setGroups(const QString& field, std::vector<SpanGroup> groups)
{
    beginResetModel();
    m_field = field;
    m_groups = std::move(groups);
    endResetModel();
}

int SpanGroupModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_groups.size());
}

int SpanGroupModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant SpanGroupModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const SpanGroup& g = m_groups[static_cast<std::size_t>(index.row())];
    const auto ms = [](double v) { return formatDuration(static_cast<SimDuration>(v * 1000.0)); };
    const QLocale locale;
    switch (role) {
    case ValueRole: return qs(g.value);
    case SortRole:
        switch (index.column()) {
        case Value: return qs(g.value);
        case Count: return static_cast<qulonglong>(g.count);
        case Errors: return static_cast<qulonglong>(g.errors);
        case ErrorRate: return g.errorRate;
        case Avg: return g.avgMs;
        case P50: return g.p50Ms;
        case P95: return g.p95Ms;
        case P99: return g.p99Ms;
        default: return {};
        }
    case Qt::TextAlignmentRole:
        return index.column() == Value ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (index.column() == ErrorRate && g.errorRate >= 0.05)
            return QColor(0xc6, 0x28, 0x28);
        if (index.column() == Value && g.value.empty())
            return QColor(Qt::gray);
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case Value: return g.value.empty() ? tr("(not set)") : qs(g.value);
        case Count: return locale.toString(static_cast<qulonglong>(g.count));
        case Errors: return locale.toString(static_cast<qulonglong>(g.errors));
        case ErrorRate: return QStringLiteral("%1 %").arg(locale.toString(g.errorRate * 100.0, 'f', 1));
        case Avg: return ms(g.avgMs);
        case P50: return ms(g.p50Ms);
        case P95: return ms(g.p95Ms);
        case P99: return ms(g.p99Ms);
        default: return {};
        }
    default: return {};
    }
}

QVariant SpanGroupModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return section == Value ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Value: return m_field.isEmpty() ? tr("Group") : m_field;
    case Count: return tr("Spans");
    case Errors: return tr("Errors");
    case ErrorRate: return tr("Error rate");
    case Avg: return tr("Avg");
    case P50: return tr("p50");
    case P95: return tr("p95");
    case P99: return tr("p99");
    default: return {};
    }
}

} // namespace kunren::app
