#pragma once

#include "errors/Issue.h"
#include "errors/MessageNormalizer.h"
#include "telemetry/TelemetryStore.h"

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace kunren {

struct ErrorTrackerOptions
{
    SimDuration newIssuePeriod = 24 * kHour; // an issue is "new" this long after it was first seen
    // Issues first seen before this time predate the drill (background noise that was always there):
    // they are never "new" and raise no notification.
    SimTime knownBefore = 0;
    // Whether an issue, when first seen, is one the system has on a normal day (the drill's background
    // errors): such an issue existed before the drill, so it is never "new". Empty: none is.
    std::function<bool(const Issue&)> knownIssue;
    std::size_t maxFrames = 3;  // top in-app frames that take part in the fingerprint
    std::size_t maxSamples = 5; // example events kept per issue (the first ones)
    NormalizeOptions normalize;
    std::vector<FingerprintOverride> overrides;
};

// Groups the errors of published telemetry into issues, incrementally: each update() reads only the
// rows published since the previous one.
//
// Events: an error span counts when it is a service entry span (no parent, a parent in another service,
// or a SERVER/CONSUMER span), as Datadog APM does, so a failed request is one event per service. An error
// log counts unless it belongs to a counted span with the same error (the same request reported twice);
// logs without spans are how batch jobs, workers and unsampled requests report. Counts are of recorded
// events (sampled spans, all logs), not of estimated requests.
//
// Regression rule: an event after a RESOLVED issue's resolve time sends it back to FOR_REVIEW with the
// regression flag, unless both the event's and the resolved version are known and the event's is not
// newer (semantic version order): an old pod still failing is not a regression of the fix.
//
// Not thread-safe; one reader thread drives it. Never throws.
class ErrorTracker
{
public:
    explicit ErrorTracker(const TelemetryStore& store, ErrorTrackerOptions options = {});

    void update();                              // catches up to the store's published counts
    void update(const TelemetryCounts& counts); // catches up to these counts (at most the published ones)

    const std::vector<Issue>& issues() const { return m_issues; }
    const Issue* issue(IssueId id) const;
    const Issue* findByFingerprint(Fingerprint fp) const;
    SimTime now() const { return m_now; } // simulated time the tracker has caught up to

    // Explicit state changes at simulated time `at`. Resolving records the version it was resolved in:
    // `version` when given, else the newest affected version.
    TransitionResult transition(IssueId id, IssueState to, SimTime at, std::string_view version = {});

    // Set before the first update(): what ErrorTrackerOptions::knownIssue says.
    void setKnownIssue(std::function<bool(const Issue&)> known) { m_options.knownIssue = std::move(known); }

    bool isNew(const Issue& issue, SimTime now) const;
    std::vector<IssueId> newIssues(SimTime now) const;

    // Every notification so far; a consumer remembers how many it has seen.
    const std::vector<IssueNotification>& notifications() const { return m_notifications; }

    // Fingerprint inputs for one interned error (cached per ErrorId).
    const std::string& normalizedMessage(ErrorId error);

private:
    struct ErrorEntry
    {
        bool ready = false;
        std::string normalized;
        std::vector<StackFrame> frames;
    };
    struct Event
    {
        SimTime time = 0;
        ServiceIndex service = kNoService;
        ErrorId error = 0;
        StringId version = kNoString;
        bool fromLog = false;
        std::size_t row = 0;
        TraceIndex trace = kNoTrace;
        std::uint16_t span = kNoParent;
    };

    const ErrorEntry& entry(ErrorId error);
    bool countsSpan(std::size_t index, const SpanRecord& span) const;
    std::size_t issueFor(ServiceIndex service, ErrorId error);
    void record(const Event& e);
    void addVersion(std::size_t issue, StringId version);
    void notify(IssueNotification::Kind kind, const Issue& issue, SimTime at);

    const TelemetryStore& m_store;
    ErrorTrackerOptions m_options;
    std::size_t m_spansDone = 0;
    std::size_t m_logsDone = 0;
    SimTime m_now = 0;
    std::vector<ErrorEntry> m_errors;                                   // by ErrorId
    std::unordered_map<std::uint64_t, std::size_t> m_byErrorAndService; // (error << 16 | service) → issue
    std::unordered_map<Fingerprint, std::size_t> m_byFingerprint;
    std::vector<Issue> m_issues;
    std::vector<std::vector<StringId>> m_versionIds; // per issue, to test membership without strings
    std::vector<IssueNotification> m_notifications;
};

} // namespace kunren
