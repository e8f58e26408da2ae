#include "alerting/ErrorTrackingMonitor.h"

#include "errors/ErrorTracker.h"

namespace kunren {

ErrorTrackingMonitor::ErrorTrackingMonitor(const MonitorSpec& spec, std::size_t index,
                                           const std::vector<ScopeTerm>& scope, const KnownErrors& known)
    : MonitorEvaluator(spec, index),
      m_known(known)
{
    m_newIssues = scopeValue(scope, "status") == "new";
    m_service = scopeValue(scope, "service");
    if (m_service.empty())
        m_service = spec.service;
    m_type = scopeValue(scope, "type");
    if (m_type.empty())
        m_type = scopeValue(scope, "error.type");
    if (!m_newIssues && !m_spec.critical && !m_spec.warning) {
        m_spec.critical = 1.0; // any event of a matching issue
        m_spec.comparator = MonitorComparator::AboveOrEqual;
    }
}

bool ErrorTrackingMonitor::matches(const std::string& service, const std::string& type) const
{
    return (m_service.empty() || service == m_service) && (m_type.empty() || type == m_type);
}

void ErrorTrackingMonitor::evaluate(MonitorContext& ctx, SimTime now, std::vector<MonitorReading>& out)
{
    if (!ctx.errors)
        return;
    const ErrorTracker& tracker = *ctx.errors;
    if (m_newIssues) {
        const auto& notes = tracker.notifications();
        for (; m_seenNotifications < notes.size(); ++m_seenNotifications) {
            const IssueNotification& n = notes[m_seenNotifications];
            if (n.kind != IssueNotification::Kind::NewIssue)
                continue;
            const Issue* issue = tracker.issue(n.issue);
            if (!issue || !matches(issue->service, issue->type) ||
                m_known.contains(issue->service, issue->type, issue->title, issue->message))
                continue;
            m_alerted.push_back(issue->id);
        }
        for (std::uint32_t id : m_alerted) {
            const Issue* issue = tracker.issue(id);
            MonitorReading r;
            r.group = "issue:" + std::to_string(id);
            r.series = "error tracking: new issue";
            r.value = static_cast<double>(issue->count);
            r.level = AlertLevel::Alert; // stays until the issue is no longer new (24 h): notified once
            r.detail = issue->service + " " + issue->type + ": " + issue->title + " (first seen " +
                       std::to_string(issue->firstSeen / kSecond) + " s into the drill)";
            out.push_back(std::move(r));
        }
        return;
    }
    // Count mode: events of matching issues in the window's whole minutes.
    const SimTime from = now - m_spec.window;
    double count = 0;
    for (const Issue& issue : tracker.issues()) {
        if (!matches(issue.service, issue.type))
            continue;
        for (std::size_t m = 0; m < issue.perMinute.size(); ++m) {
            const SimTime start = issue.bucketStart + static_cast<SimTime>(m) * kMinute;
            if (start >= from && start < now)
                count += issue.perMinute[m];
        }
    }
    MonitorReading r;
    r.series = "error tracking: events of matching issues";
    r.value = count;
    r.threshold = m_spec.critical.value_or(m_spec.warning.value_or(0.0));
    r.level = thresholdLevel(m_spec, count, ctx.previousLevel(m_index, r.group));
    r.detail = thresholdDetail(m_spec, count, r.level) + " error events";
    out.push_back(std::move(r));
}

} // namespace kunren
