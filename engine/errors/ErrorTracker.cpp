#include "errors/ErrorTracker.h"

#include "core/Duration.h"
#include "errors/SemanticVersion.h"

#include <algorithm>

namespace kunren {

ErrorTracker::ErrorTracker(const TelemetryStore& store, ErrorTrackerOptions options)
    : m_store(store),
      m_options(std::move(options))
{
}

const Issue* ErrorTracker::issue(IssueId id) const
{
    return id >= 1 && id <= m_issues.size() ? &m_issues[id - 1] : nullptr;
}

const Issue* ErrorTracker::findByFingerprint(Fingerprint fp) const
{
    const auto it = m_byFingerprint.find(fp);
    return it == m_byFingerprint.end() ? nullptr : &m_issues[it->second];
}

const ErrorTracker::ErrorEntry& ErrorTracker::entry(ErrorId error)
{
    if (error >= m_errors.size())
        m_errors.resize(std::max<std::size_t>(error + 1, m_errors.size() * 2));
    ErrorEntry& e = m_errors[error];
    if (!e.ready) {
        // Messages and stacks are interned, so each distinct error is parsed once per drill.
        const ErrorInfo& info = m_store.error(error);
        e.normalized = normalizeMessage(m_store.str(info.message), m_options.normalize);
        e.frames = topInAppFrames(m_store.str(info.stack), m_options.maxFrames);
        e.ready = true;
    }
    return e;
}

const std::string& ErrorTracker::normalizedMessage(ErrorId error) { return entry(error).normalized; }

bool ErrorTracker::countsSpan(std::size_t /*index*/, const SpanRecord& span) const
{
    const OperationInfo& op = m_store.operation(span.operation);
    if (op.kind == SpanKind::Server || op.kind == SpanKind::Consumer || span.parent == kNoParent ||
        (span.flags & SpanFlags::ParentMissing) != 0)
        return true;
    const TraceRecord& trace = m_store.trace(span.trace);
    if (span.parent >= trace.spanCount)
        return true;
    const SpanRecord& parent = m_store.span(trace.firstSpan + span.parent);
    return m_store.operation(parent.operation).service != op.service;
}

void ErrorTracker::update() { update(m_store.counts()); }

void ErrorTracker::update(const TelemetryCounts& counts)
{
    for (std::size_t i = m_spansDone; i < counts.spans; ++i) {
        const SpanRecord& s = m_store.span(i);
        if (s.error == 0 || !countsSpan(i, s))
            continue;
        const ResourceInfo& res = m_store.resource(s.resource);
        const OperationInfo& op = m_store.operation(s.operation);
        record({m_store.trace(s.trace).start + s.startOffsetUs, op.service, s.error, res.version, false, i, s.trace,
                static_cast<std::uint16_t>(i - m_store.trace(s.trace).firstSpan)});
    }
    for (std::size_t i = m_logsDone; i < counts.logs; ++i) {
        const LogRecord& l = m_store.log(i);
        if (l.error == 0)
            continue;
        if (l.trace != kNoTrace && l.span != kNoParent) {
            const TraceRecord& t = m_store.trace(l.trace);
            const std::size_t si = t.firstSpan + l.span;
            // The same request's error span was counted already: one event, not two.
            if (l.span < t.spanCount && si < counts.spans) {
                const SpanRecord& s = m_store.span(si);
                if (s.error == l.error && countsSpan(si, s))
                    continue;
            }
        }
        const ResourceInfo& res = m_store.resource(l.resource);
        record({l.time, res.service, l.error, res.version, true, i, l.trace, l.span});
    }
    m_spansDone = std::max(m_spansDone, counts.spans);
    m_logsDone = std::max(m_logsDone, counts.logs);
    m_now = std::max(m_now, counts.time);
}

std::size_t ErrorTracker::issueFor(ServiceIndex service, ErrorId error)
{
    const std::uint64_t key = (static_cast<std::uint64_t>(error) << 16) | service;
    if (const auto it = m_byErrorAndService.find(key); it != m_byErrorAndService.end())
        return it->second;

    const ErrorEntry& e = entry(error);
    const ErrorInfo& info = m_store.error(error);
    const std::string_view serviceName = service == kNoService ? std::string_view{}
                                                               : m_store.str(m_store.service(service).name);
    const std::string_view type = m_store.str(info.type);
    const std::string_view message = m_store.str(info.message);
    const FingerprintOverride* o = findOverride(m_options.overrides, serviceName, type, message);
    const Fingerprint fp = o ? explicitFingerprint(serviceName, type, o->fingerprint)
                             : computeFingerprint(serviceName, type, e.normalized, e.frames);

    std::size_t index = m_issues.size();
    if (const auto it = m_byFingerprint.find(fp); it != m_byFingerprint.end())
        index = it->second;
    else {
        Issue issue;
        issue.id = static_cast<IssueId>(index + 1);
        issue.fingerprint = fp;
        issue.service = std::string(serviceName);
        issue.type = std::string(type);
        issue.title = e.normalized.empty() ? issue.type : e.normalized;
        issue.message = std::string(message);
        issue.frames = e.frames;
        m_issues.push_back(std::move(issue));
        m_versionIds.emplace_back();
        m_byFingerprint.emplace(fp, index);
    }
    m_byErrorAndService.emplace(key, index);
    return index;
}

void ErrorTracker::addVersion(std::size_t index, StringId version)
{
    if (version == kNoString)
        return;
    std::vector<StringId>& ids = m_versionIds[index];
    if (std::find(ids.begin(), ids.end(), version) != ids.end())
        return;
    ids.push_back(version);
    std::vector<std::string>& versions = m_issues[index].versions;
    const std::string v(m_store.str(version));
    versions.insert(
        std::upper_bound(versions.begin(), versions.end(), v,
                         [](const std::string& a, const std::string& b) { return compareVersions(a, b) < 0; }),
        v);
}

void ErrorTracker::notify(IssueNotification::Kind kind, const Issue& issue, SimTime at)
{
    const char* what = kind == IssueNotification::Kind::NewIssue ? "new issue" : "regression of issue";
    m_notifications.push_back({kind, issue.id, at,
                               std::string(what) + " #" + std::to_string(issue.id) + " in " + issue.service + ": " +
                                   issue.type + ": " + issue.title + " at " + formatDuration(at)});
}

void ErrorTracker::record(const Event& e)
{
    const std::size_t index = issueFor(e.service, e.error);
    Issue& issue = m_issues[index];
    const bool first = issue.count == 0;
    const SimTime minuteStart = e.time - ((e.time % kMinute) + kMinute) % kMinute;
    if (first) {
        issue.knownBeforeDrill = e.time < m_options.knownBefore ||
                                 (m_options.knownIssue && m_options.knownIssue(issue));
        issue.firstSeen = issue.lastSeen = e.time;
        issue.bucketStart = minuteStart;
        issue.stateSince = e.time;
    }
    issue.firstSeen = std::min(issue.firstSeen, e.time);
    issue.lastSeen = std::max(issue.lastSeen, e.time);
    ++issue.count;
    ++(e.fromLog ? issue.logEvents : issue.spanEvents);
    if (minuteStart < issue.bucketStart) { // events within a tick arrive slightly out of order
        issue.perMinute.insert(issue.perMinute.begin(),
                               static_cast<std::size_t>((issue.bucketStart - minuteStart) / kMinute), 0);
        issue.bucketStart = minuteStart;
    }
    const auto bucket = static_cast<std::size_t>((minuteStart - issue.bucketStart) / kMinute);
    if (bucket >= issue.perMinute.size())
        issue.perMinute.resize(bucket + 1, 0);
    ++issue.perMinute[bucket];
    addVersion(index, e.version);

    if (issue.samples.size() < m_options.maxSamples) {
        IssueSample s;
        s.time = e.time;
        s.fromLog = e.fromLog;
        s.row = e.row;
        s.error = e.error;
        s.version = std::string(m_store.str(e.version));
        if (e.trace != kNoTrace) {
            const TraceRecord& t = m_store.trace(e.trace);
            s.hasTrace = true;
            s.traceIdHigh = t.idHigh;
            s.traceIdLow = t.idLow;
            s.spanId = e.span != kNoParent ? TelemetryStore::spanId(t, e.span) : 0;
        }
        issue.samples.push_back(std::move(s));
    }

    if (first && !issue.knownBeforeDrill)
        notify(IssueNotification::Kind::NewIssue, issue, issue.firstSeen);

    if (issue.state == IssueState::Resolved && e.time > issue.resolvedAt) {
        const std::string_view version = m_store.str(e.version);
        const bool newer = issue.resolvedInVersion.empty() || version.empty() ||
                           compareVersions(version, issue.resolvedInVersion) > 0;
        if (newer) {
            issue.history.push_back({IssueState::Resolved, IssueState::ForReview, e.time, true});
            issue.state = IssueState::ForReview;
            issue.regression = true;
            issue.stateSince = e.time;
            notify(IssueNotification::Kind::Regression, issue, e.time);
        }
    }
}

TransitionResult ErrorTracker::transition(IssueId id, IssueState to, SimTime at, std::string_view version)
{
    if (id == 0 || id > m_issues.size())
        return {false, "no issue #" + std::to_string(id)};
    Issue& issue = m_issues[id - 1];
    if (std::string reason = transitionError(issue.state, to); !reason.empty())
        return {false, std::move(reason)};
    issue.history.push_back({issue.state, to, at, false});
    issue.state = to;
    issue.stateSince = at;
    if (to == IssueState::Resolved) {
        issue.resolvedAt = at;
        issue.resolvedInVersion = !version.empty()         ? std::string(version)
                                  : issue.versions.empty() ? std::string()
                                                           : issue.versions.back();
        issue.regression = false;
    } else if (to == IssueState::Ignored)
        issue.regression = false;
    return {true, {}};
}

bool ErrorTracker::isNew(const Issue& issue, SimTime now) const
{
    return issue.count > 0 && !issue.knownBeforeDrill && now >= issue.firstSeen &&
           now - issue.firstSeen < m_options.newIssuePeriod;
}

std::vector<IssueId> ErrorTracker::newIssues(SimTime now) const
{
    std::vector<IssueId> ids;
    for (const Issue& issue : m_issues)
        if (isNew(issue, now))
            ids.push_back(issue.id);
    return ids;
}

} // namespace kunren
