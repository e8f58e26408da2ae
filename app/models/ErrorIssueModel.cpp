#include "models/ErrorIssueModel.h"

#include "bridge/QtConversions.h"
#include "models/Formatting.h"

#include <QColor>
#include <QLocale>

namespace kunren::app {

ErrorIssueModel::ErrorIssueModel(QObject* parent) : QAbstractTableModel(parent) {}

QString ErrorIssueModel::stateName(IssueState state)
{
    switch (state) {
    case IssueState::ForReview: return tr("For review");
    case IssueState::Reviewed: return tr("Reviewed");
    case IssueState::Resolved: return tr("Resolved");
    case IssueState::Ignored: return tr("Ignored");
    }
    return {};
}

void ErrorIssueModel::setSnapshot(const ErrorSnapshot& snapshot)
{
    const int before = rowCount();
    const int after = static_cast<int>(snapshot.issues.size());
    if (after < before) { // a new drill
        beginResetModel();
        m_snapshot = snapshot;
        endResetModel();
        return;
    }
    if (after > before) {
        beginInsertRows({}, before, after - 1);
        m_snapshot = snapshot;
        endInsertRows();
    } else {
        m_snapshot = snapshot;
    }
    if (before > 0)
        Q_EMIT dataChanged(index(0, 0), index(before - 1, ColumnCount - 1));
}

void ErrorIssueModel::clear()
{
    beginResetModel();
    m_snapshot = {};
    endResetModel();
}

const Issue* ErrorIssueModel::issue(int row) const
{
    return row >= 0 && row < rowCount() ? &m_snapshot.issues[static_cast<std::size_t>(row)] : nullptr;
}

bool ErrorIssueModel::isNew(int row) const
{
    return row >= 0 && row < rowCount() && m_snapshot.isNew[static_cast<std::size_t>(row)];
}

int ErrorIssueModel::rowOfIssue(IssueId id) const
{
    for (int r = 0; r < rowCount(); ++r)
        if (m_snapshot.issues[static_cast<std::size_t>(r)].id == id)
            return r;
    return -1;
}

int ErrorIssueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_snapshot.issues.size());
}

int ErrorIssueModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QList<int> ErrorIssueModel::trend(const Issue& issue) const
{
    // The last kTrendMinutes whole minutes up to the tracker's now; perMinute[0] counts from bucketStart.
    QList<int> out;
    const qint64 lastMinute = m_snapshot.now / kMinute;
    const qint64 firstBucket = issue.bucketStart / kMinute;
    for (qint64 m = lastMinute - kTrendMinutes + 1; m <= lastMinute; ++m) {
        const qint64 k = m - firstBucket;
        out << (k >= 0 && k < static_cast<qint64>(issue.perMinute.size())
                    ? static_cast<int>(issue.perMinute[static_cast<std::size_t>(k)])
                    : 0);
    }
    return out;
}

QVariant ErrorIssueModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Issue& i = m_snapshot.issues[static_cast<std::size_t>(index.row())];
    const auto versions = [&] {
        QStringList v;
        for (const std::string& s : i.versions)
            v << qs(s);
        return v.join(QStringLiteral(", "));
    };
    switch (role) {
    case IssueIdRole: return static_cast<uint>(i.id);
    case BadgesRole: {
        QStringList badges;
        if (isNew(index.row()))
            badges << tr("NEW");
        if (i.regression)
            badges << tr("REGRESSION");
        return badges;
    }
    case TrendRole: return QVariant::fromValue(trend(i));
    case SortRole:
        switch (index.column()) {
        case State: return static_cast<int>(i.state);
        case Title: return qs(i.title);
        case Service: return qs(i.service);
        case Events: return static_cast<qulonglong>(i.count);
        case Trend: {
            int recent = 0;
            for (int n : trend(i))
                recent += n;
            return recent;
        }
        case FirstSeen: return static_cast<qlonglong>(i.firstSeen);
        case LastSeen: return static_cast<qlonglong>(i.lastSeen);
        case Versions: return versions();
        default: return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == Title)
            return QStringLiteral("%1: %2").arg(qs(i.type), qs(i.message));
        if (index.column() == Trend)
            return tr("Events per minute over the last %1 minutes").arg(kTrendMinutes);
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == Events ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ForegroundRole:
        if (index.column() == State && i.state == IssueState::ForReview)
            return QColor(0xc6, 0x28, 0x28);
        if (index.column() == State && (i.state == IssueState::Resolved || i.state == IssueState::Ignored))
            return QColor(Qt::gray);
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case State: return stateName(i.state);
        case Title: return QStringLiteral("%1: %2").arg(qs(i.type), qs(i.title));
        case Service: return qs(i.service);
        case Events: return QLocale().toString(static_cast<qulonglong>(i.count));
        case Trend: return {};
        case FirstSeen: return formatSimTime(i.firstSeen, false);
        case LastSeen: return formatSimTime(i.lastSeen, false);
        case Versions: return versions();
        default: return {};
        }
    default: return {};
    }
}

QVariant ErrorIssueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case State: return tr("State");
    case Title: return tr("Issue");
    case Service: return tr("Service");
    case Events: return tr("Events");
    case Trend: return tr("Last 30 min");
    case FirstSeen: return tr("First seen");
    case LastSeen: return tr("Last seen");
    case Versions: return tr("Versions");
    default: return {};
    }
}

} // namespace kunren::app
