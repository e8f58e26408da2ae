#include "widgets/EvidenceSource.h"

#include "widgets/Navigator.h"

#include <QAction>
#include <QCoreApplication>
#include <QWidget>

namespace kunren::app {

QAction* addBookmarkAction(QWidget* view, Navigator* navigator, std::function<QString()> ref)
{
    auto* action = new QAction(QCoreApplication::translate("EvidenceSource", "Bookmark as Evidence"), view);
    action->setObjectName(QStringLiteral("bookmarkEvidenceAction"));
    action->setToolTip(
        QCoreApplication::translate("EvidenceSource", "Keep this for the hypothesis you declare (Ctrl+B)"));
    QObject::connect(action, &QAction::triggered, navigator, [navigator, ref = std::move(ref)] {
        if (const QString r = ref(); !r.isEmpty())
            Q_EMIT navigator->evidenceBookmarked(r);
    });
    view->addAction(action);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    return action;
}

} // namespace kunren::app
