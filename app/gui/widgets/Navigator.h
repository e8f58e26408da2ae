#pragma once

#include <QObject>
#include <QString>

namespace kunren::app {

// The workspace's cross-links. Any view asks to show something ("open this trace", "search these
// logs"); the main window switches to the page that owns it and hands the request over. Views never
// know about each other, only about the navigator.
class Navigator : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

Q_SIGNALS:
    void serviceRequested(const QString& service);
    void traceRequested(const QString& traceIdHex, int spanIndex);
    void logsRequested(const QString& query);
    void spansRequested(const QString& query);
    void metricsRequested(const QString& service);
    void errorIssueRequested(const QString& issueId);
    void monitorRequested(const QString& monitorId);
    void runbookRequested(const QString& runbookId);
    void eventsRequested(const QString& service);
    // "This component is the cause": opens the hypothesis dialog with it pre-selected.
    void hypothesisRequested(const QString& component);
    // A view's "Bookmark as Evidence": keep `ref` (models/EvidenceRefs.h) for the next hypothesis.
    void evidenceBookmarked(const QString& ref);
    // A view asks to be shown without a specific target (e.g. a toolbar button).
    void pageRequested(const QString& pageId);
};

} // namespace kunren::app
