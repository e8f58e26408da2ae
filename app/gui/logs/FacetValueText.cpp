#include "logs/FacetValueText.h"

#include <QApplication>
#include <QRegularExpression>
#include <QStyle>

namespace kunren::app {

QString fitFacetValue(const QString& value, const QFontMetrics& metrics, int width)
{
    if (metrics.horizontalAdvance(value) <= width)
        return value;
    static const QRegularExpression qualified(QStringLiteral("^[A-Za-z_$][\\w$]*(\\.[A-Za-z_$][\\w$]*){2,}$"));
    if (qualified.match(value).hasMatch()) {
        QStringList parts = value.split(QLatin1Char('.'));
        for (qsizetype i = 0; i + 1 < parts.size(); ++i) {
            parts[i] = parts[i].left(1);
            const QString shorter = parts.join(QLatin1Char('.'));
            if (metrics.horizontalAdvance(shorter) <= width)
                return shorter;
        }
        return metrics.elidedText(parts.join(QLatin1Char('.')), Qt::ElideLeft, width); // the class name's end
    }
    return metrics.elidedText(value, Qt::ElideMiddle, width);
}

void FacetValueDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (option->text.isEmpty())
        return;
    const QStyle* style = option->widget ? option->widget->style() : QApplication::style();
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, option->widget) + 1;
    int room = option->rect.width() - 2 * margin;
    if (option->features & QStyleOptionViewItem::HasDecoration)
        room -= option->decorationSize.width() + margin;
    option->text = fitFacetValue(option->text, option->fontMetrics, room);
}

} // namespace kunren::app
