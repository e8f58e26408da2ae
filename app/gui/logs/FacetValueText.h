#pragma once

#include <QFontMetrics>
#include <QString>
#include <QStyledItemDelegate>

namespace kunren::app {

// A facet value shortened to `width` pixels so that values sharing a long prefix stay apart: a qualified
// name (org.springframework.web.client.HttpServerErrorException) loses its package letters first, the way
// loggers print class names (o.s.w.c.HttpServerErrorException); anything else (pod names) is cut in the
// middle, keeping both ends.
QString fitFacetValue(const QString& value, const QFontMetrics& metrics, int width);

// Draws facet values with fitFacetValue (the whole value is in the tooltip).
class FacetValueDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};

} // namespace kunren::app
