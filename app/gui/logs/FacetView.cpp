#include "logs/FacetView.h"

#include "logs/FacetValueText.h"
#include "models/FacetModel.h"
#include "widgets/Tables.h"

#include <QContextMenuEvent>
#include <QHeaderView>
#include <QMenu>

namespace kunren::app {

FacetView::FacetView(FacetModel* model, QWidget* parent) : QTreeView(parent)
{
    setObjectName(QStringLiteral("facetView"));
    setModel(model);
    styleTree(this);
    setAlternatingRowColors(false);
    setRootIsDecorated(true);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(FacetModel::Value, QHeaderView::Stretch);
    header()->setSectionResizeMode(FacetModel::Count, QHeaderView::ResizeToContents);
    header()->hide();
    // Pod names and exception classes share long prefixes (search-api-b2skhsg…, org.springframework.…):
    // shortened so that what tells them apart stays (FacetValueText.h); the tooltip has the whole value.
    setTextElideMode(Qt::ElideMiddle);
    setItemDelegateForColumn(FacetModel::Value, new FacetValueDelegate(this));
    // Every facet starts open; a reset (new facet shape) opens them again.
    connect(model, &QAbstractItemModel::modelReset, this, &QTreeView::expandAll);
    expandAll();
    setToolTip(tr("Click a value to show only it; Ctrl+click or Alt+click to exclude it"));
}

void FacetView::choose(const QModelIndex& index, bool exclude)
{
    if (!index.isValid() || !index.parent().isValid())
        return;
    Q_EMIT valueChosen(index.data(FacetModel::FieldRole).toString(), index.data(FacetModel::ValueRole).toString(),
                       exclude);
}

void FacetView::mouseReleaseEvent(QMouseEvent* event)
{
    QTreeView::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton)
        return;
    const QModelIndex index = indexAt(event->position().toPoint());
    choose(index, event->modifiers() & (Qt::ControlModifier | Qt::AltModifier));
}

void FacetView::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        choose(currentIndex(), event->modifiers() & (Qt::ControlModifier | Qt::AltModifier));
        return;
    }
    QTreeView::keyPressEvent(event);
}

void FacetView::contextMenuEvent(QContextMenuEvent* event)
{
    const QModelIndex index = indexAt(event->pos());
    if (!index.isValid() || !index.parent().isValid())
        return;
    const QString field = index.data(FacetModel::FieldRole).toString();
    const QString value = index.data(FacetModel::ValueRole).toString();
    QMenu menu(this);
    menu.addAction(tr("Show only %1:%2").arg(field, value), this, [this, index] { choose(index, false); });
    menu.addAction(tr("Exclude %1:%2").arg(field, value), this, [this, index] { choose(index, true); });
    menu.exec(event->globalPos());
}

} // namespace kunren::app
