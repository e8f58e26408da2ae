#include "models/MonitorModel.h"

#include "bridge/DrillRunner.h"
#include "bridge/QtConversions.h"
#include "models/Formatting.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace kunren::app {

namespace {

int severity(AlertLevel level)
{
    switch (level) {
    case AlertLevel::Alert: return 3;
    case AlertLevel::Warn: return 2;
    case AlertLevel::NoData: return 1;
    case AlertLevel::Ok: return 0;
    }
    return 0;
}

} // namespace

MonitorModel::MonitorModel(DrillRunner* runner, QObject* parent) : QAbstractTableModel(parent), m_runner(runner)
{
    connect(m_runner, &DrillRunner::loaded, this, &MonitorModel::reload);
    connect(m_runner, &DrillRunner::unloading, this, [this] {
        beginResetModel();
        m_rows.clear();
        endResetModel();
    });
    connect(m_runner, &DrillRunner::alertsChanged, this, &MonitorModel::updateStates);
    reload();
}

void MonitorModel::reload()
{
    beginResetModel();
    m_rows.assign(m_runner->monitors().size(), Row{});
    endResetModel();
    updateStates();
}

void MonitorModel::updateStates()
{
    const auto& monitors = m_runner->monitors();
    if (m_rows.size() != monitors.size())
        return;
    std::vector<Row> fresh(monitors.size());
    for (const AlertEngine::GroupState& g : m_runner->alertStates()) {
        for (std::size_t i = 0; i < monitors.size(); ++i) {
            if (monitors[i].id != g.monitor)
                continue;
            Row& r = fresh[i];
            if (!r.hasData || severity(g.level) > severity(r.level)) {
                r.level = g.level;
                r.since = g.since;
                r.value = g.value;
            }
            r.hasData = r.hasData || g.hasData;
        }
    }
    m_rows = std::move(fresh);
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, 0), index(static_cast<int>(m_rows.size()) - 1, ColumnCount - 1));
}

int MonitorModel::rowOf(const QString& monitorId) const
{
    const std::string id = monitorId.toStdString();
    const auto& monitors = m_runner->monitors();
    for (std::size_t i = 0; i < monitors.size() && i < m_rows.size(); ++i)
        if (monitors[i].id == id)
            return static_cast<int>(i);
    return -1;
}

int MonitorModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int MonitorModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString MonitorModel::levelName(AlertLevel level)
{
    switch (level) {
    case AlertLevel::Ok: return tr("OK");
    case AlertLevel::Warn: return tr("WARN");
    case AlertLevel::Alert: return tr("ALERT");
    case AlertLevel::NoData: return tr("NO DATA");
    }
    return {};
}

QVariant MonitorModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= static_cast<int>(m_rows.size()))
        return {};
    const MonitorSpec& m = m_runner->monitors()[static_cast<std::size_t>(index.row())];
    const Row& r = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case State: return levelName(r.level);
        case Name: return localized(m.name);
        case Type: return qs(m.type);
        case Route:
            return m.route == RouteKind::Page ? tr("page") : m.route == RouteKind::Channel ? tr("channel") : tr("none");
        case Since: return r.level == AlertLevel::Ok ? QString() : formatSimTime(r.since, false);
        case Value: return r.hasData ? formatValue(r.value) : QString();
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == State) {
            if (r.level == AlertLevel::Alert)
                return QBrush(QColor(0xd3, 0x2f, 0x2f));
            if (r.level == AlertLevel::Warn)
                return QBrush(QColor(0xe0, 0x8a, 0x00));
            if (r.level == AlertLevel::NoData)
                return QBrush(QColor(0x80, 0x80, 0x80));
            return QBrush(QColor(0x2e, 0x9d, 0x4f));
        }
        return {};
    case Qt::ToolTipRole: return qs(m.query);
    case IdRole: return qs(m.id);
    case LevelRole: return static_cast<int>(r.level);
    }
    return {};
}

QVariant MonitorModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case State: return tr("State");
    case Name: return tr("Monitor");
    case Type: return tr("Type");
    case Route: return tr("Route");
    case Since: return tr("Since");
    case Value: return tr("Value");
    }
    return {};
}

} // namespace kunren::app
