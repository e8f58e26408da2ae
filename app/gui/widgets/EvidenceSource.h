#pragma once

#include <QString>

#include <functional>

class QAction;
class QWidget;

namespace kunren::app {

class Navigator;

// A page that can name what the trainee is looking at as evidence for a hypothesis (models/EvidenceRefs.h).
// "Bookmark as Evidence" (Ctrl+B) asks the current page; pages that are not sources fall back to their
// search bar's query.
class EvidenceSource
{
public:
    virtual ~EvidenceSource() = default;
    // The most specific thing selected or in focus now (a span before its trace, a log line before the
    // search), or "" when there is nothing to cite.
    virtual QString currentEvidence() const = 0;

protected:
    EvidenceSource() = default;
    EvidenceSource(const EvidenceSource&) = default;
    EvidenceSource& operator=(const EvidenceSource&) = default;
};

// Gives `view` a context-menu entry "Bookmark as Evidence" that bookmarks `ref()` (what the view shows
// under the menu: the row or span just right-clicked is already selected) through the navigator.
QAction* addBookmarkAction(QWidget* view, Navigator* navigator, std::function<QString()> ref);

} // namespace kunren::app
