#pragma once

#include "telemetry/Records.h"
#include "trace/TraceId.h"

#include <algorithm>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kunren {

// A key/value shown on a span (engine/semconv's attributes: what the search finds and the export writes).
struct SpanTag
{
    std::string key;
    std::string value;
};

// A log line that carries this trace and span.
struct LinkedLog
{
    std::size_t index = 0; // row in the store's log column
    SimTime time = 0;
    Severity severity = Severity::Info;
    std::string message;
    std::string_view errorType;
};

// One span placed in a waterfall. Times are µs from the trace's start.
struct AssembledSpan
{
    std::uint16_t indexInTrace = 0;
    std::uint16_t parent = kNoParent; // index in trace; kNoParent for roots
    std::uint32_t storeIndex = 0;     // row in the store's span column
    std::uint64_t spanId = 0;
    int depth = 0;
    std::int64_t startUs = 0;
    std::int64_t endUs = 0;
    std::int64_t selfUs = 0; // duration minus the union of its children's intervals
    bool onCriticalPath = false;
    bool childless = true;
    SpanKind kind = SpanKind::Internal;
    SpanStatus status = SpanStatus::Unset;
    std::uint16_t httpStatus = 0;
    std::uint8_t flags = 0;
    ServiceIndex service = kNoService;
    ServiceIndex peer = kNoService;
    std::string_view serviceName, name, peerName, pod, version;
    std::string_view errorType, errorMessage;
    // The span's attributes (engine/semconv's, listed by spanTags()): its operation's, shared by the spans
    // of the operation, what its outcome adds, and whether it carries the request's.
    std::shared_ptr<const std::vector<SpanTag>> operationTags;
    std::vector<SpanTag> outcomeTags;
    bool carriesRequestTags = false;
    std::vector<LinkedLog> logs;
};

// What broken context propagation leaves behind in a trace.
enum class PropagationIssueKind : std::uint8_t {
    OrphanRoot,     // the root is a SERVER span of a service that is normally called by another
    MissingParent,  // a span points at a parent span that was never recorded
    UnansweredCall, // a CLIENT span to an instrumented service has no child span
    TagsDropped,    // request attributes were lost on this span
};

struct PropagationIssue
{
    PropagationIssueKind kind = PropagationIssueKind::OrphanRoot;
    std::uint16_t span = 0; // index in trace
    std::string detail;
};

std::string_view propagationIssueName(PropagationIssueKind kind);

// A trace ready for a waterfall: spans depth-first, children under their parent by start time.
struct AssembledTrace
{
    TraceIndex index = kNoTrace;
    TraceId id;
    SimTime start = 0;
    std::int64_t durationUs = 0; // end of the latest span
    float weight = 1.0f;
    std::vector<AssembledSpan> spans;
    std::vector<std::uint32_t> positionOf;   // index in trace → position in `spans`
    std::vector<std::uint16_t> criticalPath; // indices in trace, in time order
    std::vector<SpanTag> attributes;         // request attributes of the trace
    std::vector<PropagationIssue> issues;
    std::size_t errorSpans = 0;
    std::size_t logCount = 0;
    // The span that published the message this trace consumed (its root's span link), when there is one.
    struct Link
    {
        TraceId trace;
        std::uint64_t spanId = 0;
    };
    std::optional<Link> follows;

    bool broken() const { return !issues.empty(); }
    bool has(PropagationIssueKind kind) const;
    const AssembledSpan& span(std::uint16_t indexInTrace) const { return spans[positionOf[indexInTrace]]; }
};

// A span's attributes in the export's order: its operation's, its outcome's, then the request's (unless
// propagation lost them on this span) — what the search finds on it.
inline std::vector<SpanTag> spanTags(const AssembledTrace& trace, const AssembledSpan& span)
{
    std::vector<SpanTag> tags;
    if (span.operationTags)
        tags = *span.operationTags;
    tags.insert(tags.end(), span.outcomeTags.begin(), span.outcomeTags.end());
    if (span.carriesRequestTags)
        for (const SpanTag& t : trace.attributes)
            if (!t.value.empty() &&
                std::none_of(tags.begin(), tags.end(), [&](const SpanTag& o) { return o.key == t.key; }))
                tags.push_back(t);
    return tags;
}

} // namespace kunren
