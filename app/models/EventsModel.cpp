#include "models/EventsModel.h"

#include "bridge/QtConversions.h"
#include "models/Formatting.h"

#include <QBrush>
#include <QColor>

namespace kunren::app {

EventsModel::EventsModel(QObject* parent) : QAbstractTableModel(parent) {}

void EventsModel::setTelemetry(const TelemetryStore* store, const Scenario* scenario)
{
    beginResetModel();
    m_store = store;
    m_scenario = store ? scenario : nullptr;
    m_rows.clear();
    m_kinds.clear();
    endResetModel();
    refresh();
}

void EventsModel::refresh()
{
    if (!m_store)
        return;
    const TelemetryCounts c = m_store->counts();
    if (c.events <= m_rows.size())
        return;
    beginInsertRows({}, static_cast<int>(m_rows.size()), static_cast<int>(c.events) - 1);
    for (std::size_t i = m_rows.size(); i < c.events; ++i) {
        const EventRecord& e = m_store->event(i);
        Row row;
        row.time = e.time;
        row.service = e.service < c.services ? qs(m_store->str(m_store->service(e.service).name)) : QString();
        row.kind = qs(m_store->str(e.kind));
        row.title = qs(m_store->str(e.title));
        row.version = qs(m_store->str(e.version));
        if (!m_kinds.contains(row.kind))
            m_kinds << row.kind;
        m_rows.push_back(std::move(row));
    }
    endInsertRows();
}

QString EventsModel::kindLabel(const QString& kind)
{
    if (kind == QLatin1String("deploy"))
        return tr("Deploy");
    if (kind == QLatin1String("config-change"))
        return tr("Config change");
    if (kind == QLatin1String("flag-flip"))
        return tr("Feature flag");
    if (kind == QLatin1String("scaling"))
        return tr("Scaling");
    if (kind == QLatin1String("oom-killed"))
        return tr("OOM killed");
    if (kind == QLatin1String("crash-loop"))
        return tr("Crash loop");
    if (kind == QLatin1String("restart"))
        return tr("Restart");
    if (kind == QLatin1String("note"))
        return tr("Note");
    return kind;
}

int EventsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int EventsModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant EventsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const Row& r = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Time: return tr("%1  %2").arg(formatClock(m_scenario, r.time), formatElapsed(r.time));
        case Service: return r.service.isEmpty() ? tr("(cluster)") : r.service;
        case Kind: return kindLabel(r.kind);
        case Details: return r.title;
        case Version: return r.version;
        }
        return {};
    case Qt::ToolTipRole: return index.column() == Details ? r.title : QVariant();
    case TimeRole: return static_cast<qint64>(r.time);
    case ServiceRole: return r.service;
    case KindRole: return r.kind;
    case SortRole:
        if (index.column() == Time)
            return static_cast<qint64>(r.time);
        return data(index, Qt::DisplayRole);
    case Qt::ForegroundRole:
        if (index.column() == Kind && (r.kind == QLatin1String("oom-killed") || r.kind == QLatin1String("crash-loop")))
            return QBrush(QColor(0xd6, 0x36, 0x2f));
        if (index.column() == Kind && r.kind == QLatin1String("deploy"))
            return QBrush(QColor(0x2f, 0x6f, 0xd6));
        return {};
    }
    return {};
}

QVariant EventsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time: return tr("Time");
    case Service: return tr("Service");
    case Kind: return tr("Kind");
    case Details: return tr("Details");
    case Version: return tr("Version");
    }
    return {};
}

} // namespace kunren::app
