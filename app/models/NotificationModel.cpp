#include "models/NotificationModel.h"

#include "bridge/DrillRunner.h"
#include "bridge/QtConversions.h"
#include "models/Formatting.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace kunren::app {

NotificationModel::NotificationModel(DrillRunner* runner, QObject* parent)
    : QAbstractTableModel(parent),
      m_runner(runner)
{
    connect(m_runner, &DrillRunner::alertsChanged, this, &NotificationModel::appendNew);
    connect(m_runner, &DrillRunner::loaded, this, &NotificationModel::rebuild);
    connect(m_runner, &DrillRunner::unloading, this, [this] {
        beginResetModel();
        m_rows.clear();
        m_seen = 0;
        endResetModel();
    });
    rebuild();
}

void NotificationModel::setChannel(std::optional<AlertChannel> channel)
{
    m_channel = channel;
    rebuild();
}

void NotificationModel::rebuild()
{
    beginResetModel();
    m_rows.clear();
    m_seen = 0;
    const auto& all = m_runner->notifications();
    for (; m_seen < all.size(); ++m_seen)
        if (!m_channel || all[m_seen].channel == *m_channel)
            m_rows.push_back(m_seen);
    endResetModel();
}

void NotificationModel::appendNew()
{
    const auto& all = m_runner->notifications();
    std::vector<std::size_t> fresh;
    for (; m_seen < all.size(); ++m_seen)
        if (!m_channel || all[m_seen].channel == *m_channel)
            fresh.push_back(m_seen);
    if (fresh.empty())
        return;
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(fresh.size()) - 1);
    m_rows.insert(m_rows.end(), fresh.begin(), fresh.end());
    endInsertRows();
}

const AlertNotification* NotificationModel::notification(int row) const
{
    if (row < 0 || row >= static_cast<int>(m_rows.size()))
        return nullptr;
    const auto& all = m_runner->notifications();
    const std::size_t i = m_rows[static_cast<std::size_t>(row)];
    return i < all.size() ? &all[i] : nullptr;
}

int NotificationModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int NotificationModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString NotificationModel::channelName(AlertChannel channel)
{
    switch (channel) {
    case AlertChannel::WarRoom: return QStringLiteral("#war_room");
    case AlertChannel::Pager: return tr("Pager");
    case AlertChannel::InfraAlert: return QStringLiteral("#infra_alert");
    case AlertChannel::CustomerSupport: return QStringLiteral("#customer_support");
    }
    return {};
}

QString NotificationModel::kindName(AlertNotification::Kind kind)
{
    using K = AlertNotification::Kind;
    switch (kind) {
    case K::Triggered: return tr("Triggered");
    case K::Warning: return tr("Warning");
    case K::Recovered: return tr("Recovered");
    case K::Renotify: return tr("Still firing");
    case K::Acknowledged: return tr("Acknowledged");
    case K::NoData: return tr("No data");
    case K::Inquiry: return tr("Inquiry");
    case K::NewIssue: return tr("New issue");
    case K::Story: return tr("Watchdog story");
    }
    return {};
}

QVariant NotificationModel::data(const QModelIndex& index, int role) const
{
    const AlertNotification* n = index.isValid() ? notification(index.row()) : nullptr;
    if (!n)
        return {};
    using K = AlertNotification::Kind;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Time: return formatSimTime(n->time, false);
        case Kind: return kindName(n->kind);
        case Source: {
            if (n->monitor.empty())
                return channelName(n->channel);
            const MonitorSpec* m = m_runner->monitor(qs(n->monitor));
            QString name = m ? localized(m->name) : qs(n->monitor);
            if (!n->group.empty())
                name += QStringLiteral(" · ") + qs(n->group);
            return name;
        }
        case Message: return qs(n->text).section(QLatin1Char('\n'), 0, 0);
        }
        return {};
    case Qt::ToolTipRole: return qs(n->text);
    case Qt::ForegroundRole:
        if (index.column() == Kind) {
            if (n->kind == K::Triggered || n->kind == K::Renotify)
                return QBrush(QColor(0xd3, 0x2f, 0x2f));
            if (n->kind == K::Warning || n->kind == K::Inquiry || n->kind == K::NewIssue)
                return QBrush(QColor(0xe0, 0x8a, 0x00));
            if (n->kind == K::Recovered)
                return QBrush(QColor(0x2e, 0x9d, 0x4f));
        }
        return {};
    case Qt::FontRole:
        if (index.column() == Kind && (n->kind == K::Triggered || n->kind == K::Renotify)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case MonitorRole: return qs(n->monitor);
    case RunbookRole: return qs(n->runbook);
    case ChannelRole: return static_cast<int>(n->channel);
    case KindRole: return static_cast<int>(n->kind);
    case IndexRole: return static_cast<qulonglong>(m_rows[static_cast<std::size_t>(index.row())]);
    }
    return {};
}

QVariant NotificationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time: return tr("Time");
    case Kind: return tr("What");
    case Source: return tr("From");
    case Message: return tr("Message");
    }
    return {};
}

} // namespace kunren::app
