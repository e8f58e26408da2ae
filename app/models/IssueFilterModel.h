#pragma once

#include "errors/IssueState.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace kunren::app {

// The error issue list as filtered by the trainee: by state ("For review" hides what was dealt with) and
// by text in the issue, service or versions; sorted through the model's SortRole.
class IssueFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit IssueFilterModel(QObject* parent = nullptr);

    void setState(std::optional<IssueState> state);
    void setText(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    std::optional<IssueState> m_state;
    QString m_text;
};

} // namespace kunren::app
