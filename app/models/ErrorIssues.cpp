#include "models/ErrorIssues.h"

#include "bridge/QtConversions.h"

#include <algorithm>

namespace kunren::app {

ErrorIssues::ErrorIssues(QObject* parent) : QObject(parent) {}

ErrorIssues::~ErrorIssues() { setStore(nullptr); }

void ErrorIssues::setStore(const TelemetryStore* store, std::shared_ptr<const KnownErrors> known)
{
    m_jobs.cancelAndWait();
    m_snapshot = {};
    m_rejectedShown = 0;
    m_state = store ? std::make_shared<State>(*store, std::move(known)) : nullptr;
}

void ErrorIssues::transition(IssueId id, IssueState to, SimTime at)
{
    if (!m_state)
        return;
    {
        const std::lock_guard lock(m_state->queueMutex);
        m_state->changes.push_back({id, to, at});
    }
    update();
}

void ErrorIssues::update()
{
    if (!m_state)
        return;
    m_jobs.run(
        [state = m_state] {
            const std::lock_guard trackerLock(state->trackerMutex);
            std::vector<Change> changes;
            {
                const std::lock_guard lock(state->queueMutex);
                changes = std::exchange(state->changes, {});
            }
            std::vector<QString> rejected;
            ErrorTracker& t = state->tracker;
            for (const Change& c : changes) {
                const TransitionResult r = t.transition(c.id, c.to, c.at);
                if (!r.ok)
                    rejected.push_back(qs(r.reason));
            }
            t.update();
            ErrorSnapshot s;
            s.now = t.now();
            s.issues = t.issues();
            s.isNew.reserve(s.issues.size());
            for (const Issue& i : s.issues)
                s.isNew.push_back(t.isNew(i, s.now) ? 1 : 0);
            const std::lock_guard lock(state->queueMutex);
            state->rejected.insert(state->rejected.end(), rejected.begin(), rejected.end());
            s.rejected = state->rejected; // all so far; apply keeps the ones not shown yet
            return s;
        },
        [this](ErrorSnapshot& s) {
            const std::size_t all = s.rejected.size();
            s.rejected.erase(s.rejected.begin(), s.rejected.begin() + static_cast<std::ptrdiff_t>(std::min(m_rejectedShown, all)));
            m_rejectedShown = all;
            m_snapshot = std::move(s);
            Q_EMIT updated();
        });
}

} // namespace kunren::app
