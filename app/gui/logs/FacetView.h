#pragma once

#include <QTreeView>

namespace kunren::app {

class FacetModel;

// The facet sidebar's tree. A click on a value asks to narrow the search to it; Ctrl+click or Alt+click
// (or the context menu) asks to exclude it; Enter on a value narrows.
class FacetView : public QTreeView
{
    Q_OBJECT

public:
    FacetView(FacetModel* model, QWidget* parent = nullptr);

Q_SIGNALS:
    void valueChosen(const QString& field, const QString& value, bool exclude);

protected:
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    void choose(const QModelIndex& index, bool exclude);
};

} // namespace kunren::app
