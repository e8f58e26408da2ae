#include "models/EventFilterProxy.h"

#include "models/EventsModel.h"

namespace kunren::app {

EventFilterProxy::EventFilterProxy(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(EventsModel::SortRole);
    setDynamicSortFilter(true);
}

void EventFilterProxy::setService(const QString& service)
{
    if (service == m_service)
        return;
    m_service = service;
    invalidateRowsFilter();
}

void EventFilterProxy::setKind(const QString& kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    invalidateRowsFilter();
}

void EventFilterProxy::setText(const QString& text)
{
    if (text == m_text)
        return;
    m_text = text;
    invalidateRowsFilter();
}

bool EventFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, EventsModel::Details, sourceParent);
    if (!m_service.isEmpty() && index.data(EventsModel::ServiceRole).toString() != m_service)
        return false;
    if (!m_kind.isEmpty() && index.data(EventsModel::KindRole).toString() != m_kind)
        return false;
    if (!m_text.isEmpty() && !index.data().toString().contains(m_text, Qt::CaseInsensitive) &&
        !sourceModel()
             ->index(sourceRow, EventsModel::Version, sourceParent)
             .data()
             .toString()
             .contains(m_text, Qt::CaseInsensitive))
        return false;
    return true;
}

} // namespace kunren::app
