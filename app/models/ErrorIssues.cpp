#include "models/ErrorIssues.h"

#include "bridge/DrillRunner.h"
#include "bridge/QtConversions.h"

namespace kunren::app {

namespace {
const ErrorSnapshot kNoErrors;
}

ErrorIssues::ErrorIssues(DrillRunner* runner, QObject* parent) : QObject(parent), m_runner(runner)
{
    connect(m_runner, &DrillRunner::errorsUpdated, this, &ErrorIssues::onErrors);
    connect(m_runner, &DrillRunner::loaded, this, &ErrorIssues::reset);
    connect(m_runner, &DrillRunner::unloading, this, &ErrorIssues::reset);
}

const ErrorSnapshot& ErrorIssues::snapshot() const { return m_snapshot ? *m_snapshot : kNoErrors; }

void ErrorIssues::reset()
{
    // The old drill's answer, if one is still on its way, never arrives (the runner drops it).
    m_snapshot.reset();
    m_asked = false;
    m_again = false;
}

void ErrorIssues::update()
{
    if (m_asked) {
        m_again = true;
        return;
    }
    m_asked = m_runner->requestErrors();
}

void ErrorIssues::transition(IssueId id, IssueState to)
{
    const ErrorSnapshot& s = snapshot();
    if (id == 0 || id > s.issues.size())
        return;
    const Issue& issue = s.issues[id - 1]; // issues are numbered in the order they were found
    m_runner->transitionIssue(issue.fingerprint, to, qs(issue.service + " " + issue.type + ": " + issue.title));
}

void ErrorIssues::onErrors(const ErrorSnapshotPtr& snapshot)
{
    m_snapshot = snapshot;
    m_asked = false;
    if (std::exchange(m_again, false))
        update();
    Q_EMIT updated();
}

} // namespace kunren::app
