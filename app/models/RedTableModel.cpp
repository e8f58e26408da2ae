#include "models/RedTableModel.h"

#include "models/Formatting.h"

#include <QBrush>
#include <QColor>

namespace kunren::app {

QVariant errorRateBrush(double errorRate)
{
    if (errorRate >= 0.05)
        return QBrush(QColor(0xd6, 0x36, 0x2f));
    if (errorRate >= 0.01)
        return QBrush(QColor(0xc2, 0x7c, 0x0e));
    return {};
}

// --- RED rows --------------------------------------------------------------------------------------

RedTableModel::RedTableModel(const QString& nameHeader, QObject* parent)
    : QAbstractTableModel(parent),
      m_nameHeader(nameHeader)
{
}

void RedTableModel::setRows(std::vector<Row> rows)
{
    bool sameNames = rows.size() == m_rows.size();
    for (std::size_t i = 0; sameNames && i < rows.size(); ++i)
        sameNames = rows[i].name == m_rows[i].name;
    if (!sameNames) {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
        return;
    }
    m_rows = std::move(rows);
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

const RedTableModel::Row* RedTableModel::row(int r) const
{
    return r >= 0 && r < rowCount() ? &m_rows[static_cast<std::size_t>(r)] : nullptr;
}

int RedTableModel::rowOf(const QString& name) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].name == name)
            return static_cast<int>(i);
    return -1;
}

int RedTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int RedTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant RedTableModel::data(const QModelIndex& index, int role) const
{
    const Row* r = index.isValid() && index.column() < ColumnCount ? row(index.row()) : nullptr;
    if (!r)
        return {};
    const RedFigures& f = r->figures;
    const bool traffic = f.requests > 0;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name: return r->name;
        case Kind: return r->kind;
        case Namespace: return r->ns;
        case Rate: return formatRate(f.rate);
        case Errors: return traffic ? formatPercent(f.errorRate) : QStringLiteral("–");
        case P50: return traffic ? formatMs(f.p50Ms) : QStringLiteral("–");
        case P95: return traffic ? formatMs(f.p95Ms) : QStringLiteral("–");
        case P99: return traffic ? formatMs(f.p99Ms) : QStringLiteral("–");
        }
        return {};
    case SortRole:
        switch (index.column()) {
        case Rate: return f.rate;
        case Errors: return f.errorRate;
        case P50: return f.p50Ms;
        case P95: return f.p95Ms;
        case P99: return f.p99Ms;
        default: return data(index, Qt::DisplayRole);
        }
    case NameRole: return r->name;
    case ErrorRateRole: return f.errorRate;
    case Qt::TextAlignmentRole:
        return index.column() >= Rate ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ForegroundRole:
        return index.column() == Name || index.column() == Errors ? errorRateBrush(f.errorRate) : QVariant();
    }
    return {};
}

QVariant RedTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section >= Rate)
        return tr("Over the chosen window, from the RED metrics of every request (sampled or not)");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return m_nameHeader;
    case Kind: return tr("Kind");
    case Namespace: return tr("Namespace");
    case Rate: return tr("Requests");
    case Errors: return tr("Errors");
    case P50: return tr("p50");
    case P95: return tr("p95");
    case P99: return tr("p99");
    }
    return {};
}

// --- dependencies ----------------------------------------------------------------------------------

DependencyModel::DependencyModel(QObject* parent) : QAbstractTableModel(parent) {}

void DependencyModel::setRows(std::vector<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

const DependencyModel::Row* DependencyModel::row(int r) const
{
    return r >= 0 && r < rowCount() ? &m_rows[static_cast<std::size_t>(r)] : nullptr;
}

int DependencyModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int DependencyModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant DependencyModel::data(const QModelIndex& index, int role) const
{
    const Row* r = index.isValid() && index.column() < ColumnCount ? row(index.row()) : nullptr;
    if (!r)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Direction: return r->downstream ? tr("calls →") : tr("← called by");
        case Component: return r->component;
        case Rate: return r->seen ? formatRate(r->rate) : tr("no calls");
        case Errors: return r->seen ? formatPercent(r->errorRate) : QStringLiteral("–");
        case P95: return r->seen ? formatMs(r->p95Ms) : QStringLiteral("–");
        }
        return {};
    case SortRole:
        switch (index.column()) {
        case Direction: return r->downstream ? 1 : 0;
        case Rate: return r->rate;
        case Errors: return r->errorRate;
        case P95: return r->p95Ms;
        default: return data(index, Qt::DisplayRole);
        }
    case ComponentRole: return r->component;
    case Qt::TextAlignmentRole:
        return index.column() >= Rate ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ForegroundRole:
        return index.column() == Component || index.column() == Errors ? errorRateBrush(r->errorRate) : QVariant();
    }
    return {};
}

QVariant DependencyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Direction: return tr("Direction");
    case Component: return tr("Component");
    case Rate: return tr("Calls");
    case Errors: return tr("Errors");
    case P95: return tr("p95");
    }
    return {};
}

} // namespace kunren::app
