#include "session/DrillSession.h"

#include <algorithm>
#include <cstdio>

namespace kunren {

DrillSession::DrillSession(std::shared_ptr<const Scenario> scenario, SimOptions options)
    : m_simulator(std::make_unique<Simulator>(scenario, options))
{
    m_errors = std::make_unique<ErrorTracker>(m_simulator->telemetry());
    m_alerts = std::make_unique<AlertEngine>(std::move(scenario), m_simulator->telemetry(), m_simulator->seed(),
                                             m_errors.get());
    m_errors->setKnownIssue(knownIssuePredicate(m_alerts->knownErrors()));
}

DrillSession::~DrillSession() = default;

void DrillSession::evaluateNow()
{
    m_errors->update();
    m_alerts->evaluate(m_simulator->now());
}

void DrillSession::step()
{
    m_simulator->step();
    if (m_simulator->now() % AlertEngine::kInterval == 0)
        evaluateNow();
}

void DrillSession::runUntil(SimTime until)
{
    while (now() < until)
        step();
}

int DrillSession::acknowledge(const std::string& monitor, std::optional<SimTime> at)
{
    return m_alerts->acknowledge(monitor, at.value_or(now()));
}

TransitionResult DrillSession::transitionIssue(Fingerprint fingerprint, IssueState to, std::optional<SimTime> at)
{
    m_errors->update();
    const Issue* issue = m_errors->findByFingerprint(fingerprint);
    if (!issue) {
        char hex[17];
        std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(fingerprint));
        return {false, std::string("error tracking has no issue with fingerprint ") + hex};
    }
    return m_errors->transition(issue->id, to, at.value_or(now()));
}

std::vector<TimelineEntry> DrillSession::timeline() const
{
    std::vector<TimelineEntry> out;
    const auto& transitions = m_alerts->transitions();
    const auto& posts = m_alerts->notifications();
    const TelemetryCounts c = telemetry().counts();
    for (std::size_t i = 0; i < c.events; ++i)
        out.push_back({telemetry().event(i).time, TimelineEntry::Kind::SystemEvent, i});
    for (std::size_t i = 0; i < transitions.size(); ++i)
        out.push_back({transitions[i].time, TimelineEntry::Kind::Transition, i});
    for (std::size_t i = 0; i < posts.size(); ++i)
        out.push_back({posts[i].time, TimelineEntry::Kind::Notification, i});
    // Same time: the cause (system event) before the transition before the notification it caused.
    std::stable_sort(out.begin(), out.end(), [](const TimelineEntry& a, const TimelineEntry& b) {
        return a.time != b.time ? a.time < b.time : static_cast<int>(a.kind) > static_cast<int>(b.kind);
    });
    return out;
}

} // namespace kunren
