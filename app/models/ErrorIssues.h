#pragma once

#include "bridge/ErrorFeed.h"
#include "errors/IssueState.h"

#include <QObject>

namespace kunren::app {

class DrillRunner;

// The Errors page's view of the drill session's error tracking — the drill's one tracker, which runs on the
// worker thread with the simulation and feeds the error-tracking monitors. update() asks the worker for a copy
// caught up to the time simulated; transition() sends the trainee's state change to that tracker (logged as
// issue.transition, so a replay makes it too). Copies arrive by signal: the GUI thread never waits.
//
// One request is on its way at a time: asking again meanwhile asks once more when the copy arrives, so a
// page that refreshes faster than the worker answers never queues requests. A new or unloaded drill empties
// the snapshot.
class ErrorIssues : public QObject
{
    Q_OBJECT

public:
    explicit ErrorIssues(DrillRunner* runner, QObject* parent = nullptr);

    void update();
    // Asks to move issue `id` (of the current snapshot) to `to` at the drill's current time; the change, or its
    // refusal with the reason (snapshot().rejected), shows in the next snapshot.
    void transition(IssueId id, IssueState to);
    const ErrorSnapshot& snapshot() const;

Q_SIGNALS:
    void updated();

private:
    void reset();
    void onErrors(const ErrorSnapshotPtr& snapshot);

    DrillRunner* m_runner;
    ErrorSnapshotPtr m_snapshot;
    bool m_asked = false; // a request is on its way
    bool m_again = false; // update() was called while it was
};

} // namespace kunren::app
