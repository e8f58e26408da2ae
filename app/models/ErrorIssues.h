#pragma once

#include "alerting/KnownErrors.h"
#include "bridge/JobRunner.h"
#include "errors/ErrorTracker.h"

#include <QObject>
#include <QString>

#include <memory>
#include <mutex>
#include <vector>

namespace kunren::app {

// What the error tracker knew at one moment: a copy of its issues, which are new, and when.
struct ErrorSnapshot
{
    std::vector<Issue> issues;
    std::vector<char> isNew; // by position in issues
    SimTime now = 0;
    std::vector<QString> rejected; // state changes the tracker refused since the previous snapshot, and why
};

// Drives an ErrorTracker over a drill's telemetry off the GUI thread, as the drill advances: each
// update() catches the tracker up on the rows published since the last one and hands the GUI a snapshot,
// through a JobRunner (one update at a time, the newest wins). State changes wait in the tracker's state
// and are applied by whichever update runs next, so none is lost to a superseded request and the GUI never
// waits for the tracker.
class ErrorIssues : public QObject
{
    Q_OBJECT

public:
    explicit ErrorIssues(QObject* parent = nullptr);
    ~ErrorIssues() override;

    // A new drill (nullptr: none), and the errors it has on a normal day (never "new"; the drill session's
    // tracker knows the same). Waits for the update in flight before dropping the old tracker.
    void setStore(const TelemetryStore* store, std::shared_ptr<const KnownErrors> known = nullptr);
    void update();
    // Asks to move issue `id` to `to` at simulated time `at`; the change shows in the next snapshot.
    void transition(IssueId id, IssueState to, SimTime at);
    bool isBusy() const { return m_jobs.isBusy(); }

    const ErrorSnapshot& snapshot() const { return m_snapshot; }

Q_SIGNALS:
    void updated();

private:
    struct Change
    {
        IssueId id;
        IssueState to;
        SimTime at;
    };
    struct State
    {
        State(const TelemetryStore& store, std::shared_ptr<const KnownErrors> knownErrors)
            : known(std::move(knownErrors)), tracker(store)
        {
            if (known)
                tracker.setKnownIssue(knownIssuePredicate(*known));
        }
        std::mutex trackerMutex; // held by an update for as long as it runs
        std::shared_ptr<const KnownErrors> known; // outlives the tracker's predicate, which points into it
        ErrorTracker tracker;
        std::mutex queueMutex;          // held for moments only: the GUI thread takes it too
        std::vector<Change> changes;    // asked for, not applied yet
        std::vector<QString> rejected;  // every refusal so far, in order (snapshots say which are new)
    };

    std::shared_ptr<State> m_state;
    JobRunner m_jobs;
    std::size_t m_rejectedShown = 0;
    ErrorSnapshot m_snapshot;
};

} // namespace kunren::app
