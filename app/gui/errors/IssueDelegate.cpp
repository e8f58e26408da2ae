#include "errors/IssueDelegate.h"

#include "models/ErrorIssueModel.h"

#include <QApplication>
#include <QPainter>

#include <algorithm>

namespace kunren::app {

namespace {

QColor badgeColor(const QString& badge, const QString& regressionText)
{
    return badge == regressionText ? QColor(0xe6, 0x51, 0x00) : QColor(0x15, 0x65, 0xc0);
}

} // namespace

QSize IssueDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (index.column() == ErrorIssueModel::Trend)
        size.setWidth(ErrorIssueModel::kTrendMinutes * 3 + 12);
    return size;
}

void IssueDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    if (index.column() == ErrorIssueModel::Trend) {
        QStyleOptionViewItem base = option;
        initStyleOption(&base, index);
        QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &base, painter, option.widget);
        paintTrend(painter, option, index.data(ErrorIssueModel::TrendRole).value<QList<int>>());
        return;
    }
    const QStringList badges = index.column() == ErrorIssueModel::Title
                                   ? index.data(ErrorIssueModel::BadgesRole).toStringList()
                                   : QStringList();
    if (badges.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // Badges first, then the title in the space left.
    QStyleOptionViewItem rest = option;
    initStyleOption(&rest, index);
    const QString text = rest.text;
    rest.text.clear();
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &rest, painter, option.widget);
    painter->save();
    QFont small = option.font;
    small.setBold(true);
    small.setPointSizeF(std::max(6.0, small.pointSizeF() * 0.8));
    const QFontMetrics fm(small);
    int x = option.rect.left() + 4;
    const QString regression = ErrorIssueModel::tr("REGRESSION");
    for (const QString& badge : badges) {
        const int w = fm.horizontalAdvance(badge) + 10;
        const QRect pill(x, option.rect.center().y() - fm.height() / 2 - 1, w, fm.height() + 2);
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(badgeColor(badge, regression));
        painter->drawRoundedRect(pill, 4, 4);
        painter->setPen(Qt::white);
        painter->setFont(small);
        painter->drawText(pill, Qt::AlignCenter, badge);
        x += w + 4;
    }
    painter->setFont(option.font);
    painter->setPen(option.state & QStyle::State_Selected ? option.palette.color(QPalette::HighlightedText)
                                                          : option.palette.color(QPalette::Text));
    const QRect textRect = option.rect.adjusted(x - option.rect.left() + 2, 0, -4, 0);
    painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
                      option.fontMetrics.elidedText(text, Qt::ElideRight, textRect.width()));
    painter->restore();
}

void IssueDelegate::paintTrend(QPainter* painter, const QStyleOptionViewItem& option, const QList<int>& counts) const
{
    if (counts.isEmpty())
        return;
    const int peak = *std::max_element(counts.begin(), counts.end());
    const QRectF area = QRectF(option.rect).adjusted(6, 4, -6, -4);
    const double w = area.width() / counts.size();
    painter->save();
    const QColor colour = option.state & QStyle::State_Selected ? option.palette.color(QPalette::HighlightedText)
                                                                : QColor(0xc6, 0x28, 0x28);
    painter->setPen(option.palette.color(QPalette::Mid));
    painter->drawLine(area.bottomLeft(), area.bottomRight());
    for (int i = 0; i < counts.size(); ++i) {
        if (counts[i] <= 0 || peak <= 0)
            continue;
        const double h = std::max(1.5, area.height() * counts[i] / peak);
        painter->fillRect(QRectF(area.left() + i * w, area.bottom() - h, std::max(1.0, w - 1), h), colour);
    }
    painter->restore();
}

} // namespace kunren::app
