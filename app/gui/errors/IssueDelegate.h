#pragma once

#include <QStyledItemDelegate>

namespace kunren::app {

// Paints the error issue table's special cells: NEW / REGRESSION badges before the issue's title, and
// the per-minute trend as a sparkline of bars.
class IssueDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    void paintTrend(QPainter* painter, const QStyleOptionViewItem& option, const QList<int>& counts) const;
};

} // namespace kunren::app
