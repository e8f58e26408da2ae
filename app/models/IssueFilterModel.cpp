#include "models/IssueFilterModel.h"

#include "models/ErrorIssueModel.h"

namespace kunren::app {

IssueFilterModel::IssueFilterModel(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(ErrorIssueModel::SortRole);
}

void IssueFilterModel::setState(std::optional<IssueState> state)
{
    m_state = state;
    invalidateFilter();
}

void IssueFilterModel::setText(const QString& text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

bool IssueFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QAbstractItemModel* m = sourceModel();
    if (m_state) {
        const int state =
            m->index(sourceRow, ErrorIssueModel::State, sourceParent).data(ErrorIssueModel::SortRole).toInt();
        if (state != static_cast<int>(*m_state))
            return false;
    }
    if (m_text.isEmpty())
        return true;
    for (const int column : {ErrorIssueModel::Title, ErrorIssueModel::Service, ErrorIssueModel::Versions})
        if (m->index(sourceRow, column, sourceParent).data().toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    return false;
}

} // namespace kunren::app
