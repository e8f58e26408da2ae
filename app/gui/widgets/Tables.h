#pragma once

class QTableView;
class QTreeView;
class QWidget;

namespace kunren::app {

// The one look every list in the workspace shares: whole-row selection, no grid, compact rows,
// read-only, alternating colours.
QTableView* makeTable(QWidget* parent);
void styleTree(QTreeView* tree);

} // namespace kunren::app
