#pragma once

#include "core/Time.h"
#include "errors/Fingerprint.h"
#include "errors/IssueState.h"
#include "errors/StackFrames.h"
#include "telemetry/Records.h"

#include <cstdint>
#include <string>
#include <vector>

namespace kunren {

using IssueId = std::uint32_t; // 1-based; 0 = none

// One occurrence kept as an example: where to find it in the store and which trace it belongs to.
struct IssueSample
{
    SimTime time = 0;
    bool fromLog = false;
    std::size_t row = 0; // span or log index in the TelemetryStore
    ErrorId error = 0;
    bool hasTrace = false;
    std::uint64_t traceIdHigh = 0, traceIdLow = 0;
    std::uint64_t spanId = 0; // 0 when the event has no span
    std::string version;
};

struct IssueStateChange
{
    IssueState from = IssueState::ForReview;
    IssueState to = IssueState::ForReview;
    SimTime at = 0;
    bool regression = false; // made by a recurrence, not by a call
};

// A group of error events that share a fingerprint.
struct Issue
{
    IssueId id = 0;
    Fingerprint fingerprint = 0;
    std::string service;
    std::string type;
    std::string title;              // the normalised message (the type when there is none)
    std::string message;            // the first raw message seen
    std::vector<StackFrame> frames; // top in-app frames used for grouping
    SimTime firstSeen = 0;
    SimTime lastSeen = 0;
    std::uint64_t count = 0;
    std::uint64_t spanEvents = 0; // of count: from error spans
    std::uint64_t logEvents = 0;  // of count: from error logs with no counted span
    SimTime bucketStart = 0;      // start of the minute perMinute[0] counts
    std::vector<std::uint32_t> perMinute;
    std::vector<std::string> versions; // affected service versions, ascending (semantic order)
    std::vector<IssueSample> samples;
    IssueState state = IssueState::ForReview;
    bool regression = false; // back in FOR_REVIEW because it recurred after RESOLVED
    SimTime stateSince = 0;
    SimTime resolvedAt = 0;
    std::string resolvedInVersion; // empty: unknown, any recurrence is a regression
    std::vector<IssueStateChange> history;
    // An error of a normal day: error tracking had grouped it long before the drill began, so it is never
    // "new" and raises no new-issue notification (ErrorTrackerOptions::knownIssue decides).
    bool knownBeforeDrill = false;
};

// "New issue X at t" (once per issue) and "issue X regressed at t", in the order they happened.
struct IssueNotification
{
    enum class Kind : std::uint8_t { NewIssue, Regression };
    Kind kind = Kind::NewIssue;
    IssueId issue = 0;
    SimTime time = 0;
    std::string text;
};

struct TransitionResult
{
    bool ok = false;
    std::string reason; // why it was rejected
};

} // namespace kunren
