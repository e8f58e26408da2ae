#include "shell/ShortcutsDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeySequence>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace kunren::app {

namespace {

struct Shortcut
{
    QKeySequence keys;
    const char* alsoKeys; // a second way, written out ("/", "double-click"), or nullptr
    const char* what;
};

struct Area
{
    const char* title;
    std::vector<Shortcut> shortcuts;
};

// The keys each page binds (kept beside the pages' QShortcut lines: grep the key when changing one).
std::vector<Area> areas()
{
    using K = QKeySequence;
    return {
        {QT_TRANSLATE_NOOP("ShortcutsDialog", "Everywhere"),
         {{K(Qt::Key_Space), nullptr, QT_TRANSLATE_NOOP("ShortcutsDialog", "Play or pause the drill")},
          {K(Qt::CTRL | Qt::Key_J), nullptr, QT_TRANSLATE_NOOP("ShortcutsDialog", "Jump forward to a drill time")},
          {K(Qt::CTRL | Qt::Key_1), QT_TRANSLATE_NOOP("ShortcutsDialog", "… Ctrl+9"),
           QT_TRANSLATE_NOOP(
               "ShortcutsDialog",
               "Switch page (Drills, Channels, Service Map, APM, Traces, Logs, Metrics, Errors, Events)")},
          {K(K::Open), nullptr, QT_TRANSLATE_NOOP("ShortcutsDialog", "Open a scenario file")},
          {K(Qt::Key_F1), nullptr, QT_TRANSLATE_NOOP("ShortcutsDialog", "This list")},
          {K(K::Quit), nullptr, QT_TRANSLATE_NOOP("ShortcutsDialog", "Quit")}}},
        {QT_TRANSLATE_NOOP("ShortcutsDialog", "Channels"),
         {{K(Qt::Key_A), nullptr, QT_TRANSLATE_NOOP("ShortcutsDialog", "Acknowledge the selected page")}}},
        {QT_TRANSLATE_NOOP("ShortcutsDialog", "Service Map"),
         {{K(K::Find), nullptr, QT_TRANSLATE_NOOP("ShortcutsDialog", "Find a component (Enter: next match)")},
          {K(Qt::Key_F), nullptr,
           QT_TRANSLATE_NOOP("ShortcutsDialog", "Focus on the selected component and its neighbours")},
          {K(Qt::Key_Escape), nullptr, QT_TRANSLATE_NOOP("ShortcutsDialog", "Leave focus")},
          {K(K::ZoomIn), nullptr, QT_TRANSLATE_NOOP("ShortcutsDialog", "Zoom in (or the mouse wheel)")},
          {K(K::ZoomOut), nullptr, QT_TRANSLATE_NOOP("ShortcutsDialog", "Zoom out")},
          {K(Qt::CTRL | Qt::Key_0), nullptr, QT_TRANSLATE_NOOP("ShortcutsDialog", "Fit the whole map")},
          {K(Qt::Key_Return), QT_TRANSLATE_NOOP("ShortcutsDialog", "double-click"),
           QT_TRANSLATE_NOOP("ShortcutsDialog", "Open the component's APM page")}}},
        {QT_TRANSLATE_NOOP("ShortcutsDialog", "APM"),
         {{K(K::Find), nullptr, QT_TRANSLATE_NOOP("ShortcutsDialog", "Filter the service list")},
          {K(Qt::ALT | Qt::Key_Left), nullptr, QT_TRANSLATE_NOOP("ShortcutsDialog", "Back to the service list")}}},
        {QT_TRANSLATE_NOOP("ShortcutsDialog", "Logs, Traces, Errors"),
         {{K(Qt::CTRL | Qt::Key_L), QT_TRANSLATE_NOOP("ShortcutsDialog", "/"),
           QT_TRANSLATE_NOOP("ShortcutsDialog", "Go to the search bar")},
          {K(Qt::Key_T), nullptr, QT_TRANSLATE_NOOP("ShortcutsDialog", "Logs: view the selected log's trace")},
          {K(Qt::Key_Return), nullptr, QT_TRANSLATE_NOOP("ShortcutsDialog", "Traces: open the selected span's trace")},
          {K(Qt::ALT | Qt::Key_Left), QT_TRANSLATE_NOOP("ShortcutsDialog", "Backspace"),
           QT_TRANSLATE_NOOP("ShortcutsDialog", "Traces: back from a trace to the list")},
          {K(Qt::CTRL | Qt::SHIFT | Qt::Key_R), nullptr,
           QT_TRANSLATE_NOOP("ShortcutsDialog", "Errors: mark the issue reviewed")},
          {K(Qt::CTRL | Qt::SHIFT | Qt::Key_D), nullptr, QT_TRANSLATE_NOOP("ShortcutsDialog", "Errors: resolve")},
          {K(Qt::CTRL | Qt::SHIFT | Qt::Key_I), nullptr, QT_TRANSLATE_NOOP("ShortcutsDialog", "Errors: ignore")},
          {K(Qt::CTRL | Qt::SHIFT | Qt::Key_O), nullptr, QT_TRANSLATE_NOOP("ShortcutsDialog", "Errors: reopen")}}},
        {QT_TRANSLATE_NOOP("ShortcutsDialog", "Metrics and Events"),
         {{K(Qt::CTRL | Qt::Key_E), nullptr, QT_TRANSLATE_NOOP("ShortcutsDialog", "Metrics: open the metric explorer")},
          {K(K::Find), nullptr, QT_TRANSLATE_NOOP("ShortcutsDialog", "Events: filter by text (Esc clears)")},
          {K(Qt::Key_Return), nullptr, QT_TRANSLATE_NOOP("ShortcutsDialog", "Events: open the event's service")}}},
    };
}

} // namespace

ShortcutsDialog::ShortcutsDialog(QWidget* parent) : QDialog(parent), m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_list->setObjectName(QStringLiteral("shortcutList"));
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Keys"), tr("What they do")});
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setAlternatingRowColors(true);
    for (const Area& area : areas()) {
        auto* group = new QTreeWidgetItem(m_list, {tr(area.title)});
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        group->setFirstColumnSpanned(true);
        for (const Shortcut& s : area.shortcuts) {
            QString keys = s.keys.toString(QKeySequence::NativeText);
            if (s.alsoKeys)
                keys = tr("%1 or %2").arg(keys, tr(s.alsoKeys));
            new QTreeWidgetItem(group, {keys, tr(s.what)});
        }
    }
    m_list->expandAll();
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    // Sized by the font, so it reads the same at any scale factor.
    const QFontMetrics fm(font());
    resize(fm.averageCharWidth() * 95, fm.height() * 34);
}

void showShortcuts(QWidget* parent)
{
    auto* dialog = parent->findChild<ShortcutsDialog*>();
    if (!dialog) {
        dialog = new ShortcutsDialog(parent);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

} // namespace kunren::app
