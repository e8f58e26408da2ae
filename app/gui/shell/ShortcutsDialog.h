#pragma once

#include <QDialog>

class QTreeWidget;

namespace kunren::app {

// Help > Keyboard Shortcuts: every key the workspace answers to, grouped by where it works.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(QWidget* parent = nullptr);
    QTreeWidget* list() const { return m_list; }

private:
    QTreeWidget* m_list;
};

// Shows the dialog (one at a time per parent; it stays open beside the workspace).
void showShortcuts(QWidget* parent);

} // namespace kunren::app
