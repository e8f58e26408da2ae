#include "models/ErrorIssues.h"

#include "bridge/QtConversions.h"

#include <QtConcurrent/QtConcurrentRun>

namespace kunren::app {

ErrorIssues::ErrorIssues(QObject* parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<ErrorSnapshot>::finished, this, &ErrorIssues::onFinished);
}

ErrorIssues::~ErrorIssues() { setStore(nullptr); }

void ErrorIssues::setStore(const TelemetryStore* store, std::shared_ptr<const KnownErrors> known)
{
    if (m_running) {
        m_watcher.waitForFinished();
        m_running = false;
    }
    m_again = false;
    m_changes.clear();
    m_snapshot = {};
    m_state = store ? std::make_shared<State>(*store, std::move(known)) : nullptr;
}

void ErrorIssues::update()
{
    if (!m_state)
        return;
    if (m_running) {
        m_again = true;
        return;
    }
    launch();
}

void ErrorIssues::transition(IssueId id, IssueState to, SimTime at)
{
    m_changes.push_back({id, to, at});
    update();
}

void ErrorIssues::launch()
{
    m_running = true;
    m_again = false;
    m_watcher.setFuture(QtConcurrent::run([state = m_state, changes = std::exchange(m_changes, {})] {
        ErrorSnapshot s;
        const std::lock_guard lock(state->mutex);
        ErrorTracker& t = state->tracker;
        for (const Change& c : changes) {
            const TransitionResult r = t.transition(c.id, c.to, c.at);
            if (!r.ok)
                s.rejected.push_back(qs(r.reason));
        }
        t.update();
        s.now = t.now();
        s.issues = t.issues();
        s.isNew.reserve(s.issues.size());
        for (const Issue& i : s.issues)
            s.isNew.push_back(t.isNew(i, s.now) ? 1 : 0);
        return s;
    }));
}

void ErrorIssues::onFinished()
{
    if (!m_running)
        return;
    m_running = false;
    m_snapshot = m_watcher.result();
    Q_EMIT updated();
    if (m_again || !m_changes.empty())
        launch();
}

} // namespace kunren::app
