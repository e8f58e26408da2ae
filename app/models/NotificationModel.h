#pragma once

#include "alerting/AlertModel.h"

#include <QAbstractTableModel>

#include <optional>
#include <vector>

namespace kunren::app {

class DrillRunner;

// The messages of one channel (#war_room, the pager, #infra_alert, #customer_support) — or of all —
// oldest first, as the drill posts them. Appends as alerts arrive; never re-reads what it has.
class NotificationModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Time, Kind, Source, Message, ColumnCount };
    enum Roles { MonitorRole = Qt::UserRole + 1, RunbookRole, ChannelRole, KindRole, IndexRole };

    explicit NotificationModel(DrillRunner* runner, QObject* parent = nullptr);

    // nullopt shows every channel.
    void setChannel(std::optional<AlertChannel> channel);
    std::optional<AlertChannel> channel() const { return m_channel; }
    const AlertNotification* notification(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString channelName(AlertChannel channel);
    static QString kindName(AlertNotification::Kind kind);

private:
    void rebuild();
    void appendNew();

    DrillRunner* m_runner;
    std::optional<AlertChannel> m_channel;
    std::vector<std::size_t> m_rows; // indices into the runner's notifications
    std::size_t m_seen = 0;          // runner notifications already considered
};

} // namespace kunren::app
