#include "trace/TraceAssembly.h"

#include "core/ServiceKind.h"
#include "semconv/RecordAttributes.h"
#include "trace/CriticalPath.h"
#include "trace/TraceLogs.h"

#include <algorithm>
#include <map>
#include <numeric>

namespace kunren {

std::string_view propagationIssueName(PropagationIssueKind kind)
{
    switch (kind) {
    case PropagationIssueKind::OrphanRoot: return "orphan-root";
    case PropagationIssueKind::MissingParent: return "missing-parent";
    case PropagationIssueKind::UnansweredCall: return "unanswered-call";
    case PropagationIssueKind::TagsDropped: return "tags-dropped";
    }
    return "unknown";
}

bool AssembledTrace::has(PropagationIssueKind kind) const
{
    return std::any_of(issues.begin(), issues.end(), [kind](const PropagationIssue& i) { return i.kind == kind; });
}

namespace {

// Services that answer calls with spans of their own; a call to them without a child span lost context.
bool instrumented(std::uint8_t kind)
{
    const auto k = static_cast<ServiceKind>(kind);
    return k == ServiceKind::Http || k == ServiceKind::Grpc || k == ServiceKind::Worker ||
           k == ServiceKind::LoadBalancer;
}

// Children of every span as one flat array (CSR), each list sorted by start time; roots likewise.
struct ChildLists
{
    std::vector<std::uint32_t> offsets; // n + 1
    std::vector<std::uint16_t> items;
    std::vector<std::uint16_t> roots;
};

ChildLists childLists(const std::vector<AssembledSpan>& spans)
{
    const std::size_t n = spans.size();
    ChildLists c;
    c.offsets.assign(n + 1, 0);
    for (const auto& s : spans)
        if (s.parent != kNoParent)
            ++c.offsets[s.parent + 1u];
    std::partial_sum(c.offsets.begin(), c.offsets.end(), c.offsets.begin());
    c.items.resize(c.offsets[n]);
    std::vector<std::uint32_t> fill(c.offsets.begin(), c.offsets.end() - 1);
    for (std::size_t i = 0; i < n; ++i) {
        if (spans[i].parent == kNoParent)
            c.roots.push_back(static_cast<std::uint16_t>(i));
        else
            c.items[fill[spans[i].parent]++] = static_cast<std::uint16_t>(i);
    }
    auto byStart = [&spans](std::uint16_t a, std::uint16_t b) {
        return spans[a].startUs != spans[b].startUs ? spans[a].startUs < spans[b].startUs : a < b;
    };
    for (std::size_t i = 0; i < n; ++i)
        std::sort(c.items.begin() + c.offsets[i], c.items.begin() + c.offsets[i + 1], byStart);
    std::sort(c.roots.begin(), c.roots.end(), byStart);
    return c;
}

// Union of the children's intervals, clipped to the parent's: what the span did not do itself.
std::int64_t childCoverage(const std::vector<AssembledSpan>& spans, const ChildLists& c, std::size_t i)
{
    const AssembledSpan& p = spans[i];
    std::int64_t covered = 0, runStart = 0, runEnd = -1;
    bool open = false;
    for (std::uint32_t k = c.offsets[i]; k < c.offsets[i + 1]; ++k) {
        const AssembledSpan& ch = spans[c.items[k]];
        const std::int64_t s = std::max(ch.startUs, p.startUs), e = std::min(ch.endUs, p.endUs);
        if (e <= s)
            continue;
        if (open && s <= runEnd) {
            runEnd = std::max(runEnd, e);
            continue;
        }
        if (open)
            covered += runEnd - runStart;
        runStart = s;
        runEnd = e;
        open = true;
    }
    if (open)
        covered += runEnd - runStart;
    return covered;
}

// Depth-first order from the roots; spans caught in a parent cycle (never from the simulator, but a
// store is data) are promoted to roots so every span is shown once.
std::vector<std::uint16_t> waterfallOrder(std::vector<AssembledSpan>& spans, ChildLists& c)
{
    const std::size_t n = spans.size();
    std::vector<std::uint16_t> order;
    order.reserve(n);
    std::vector<char> seen(n, 0);
    std::vector<std::uint16_t> stack;
    auto visit = [&](std::uint16_t root) {
        stack.push_back(root);
        spans[root].depth = 0;
        while (!stack.empty()) {
            const std::uint16_t s = stack.back();
            stack.pop_back();
            if (seen[s])
                continue;
            seen[s] = 1;
            order.push_back(s);
            for (std::uint32_t k = c.offsets[s + 1u]; k > c.offsets[s]; --k) { // reversed: earliest pops first
                const std::uint16_t ch = c.items[k - 1];
                spans[ch].depth = spans[s].depth + 1;
                stack.push_back(ch);
            }
        }
    };
    for (std::uint16_t r : c.roots)
        visit(r);
    for (std::size_t i = 0; i < n && order.size() < n; ++i)
        if (!seen[i]) {
            spans[i].parent = kNoParent;
            c.roots.push_back(static_cast<std::uint16_t>(i));
            visit(static_cast<std::uint16_t>(i));
        }
    return order;
}

void detectIssues(const TelemetryStore& store, AssembledTrace& t, const AssembleOptions& options)
{
    std::size_t dropped = 0;
    std::uint16_t firstDropped = 0;
    for (const AssembledSpan& s : t.spans) {
        if (s.flags & SpanFlags::ParentMissing) {
            t.issues.push_back({PropagationIssueKind::MissingParent, s.indexInTrace,
                                std::string(s.serviceName) + " '" + std::string(s.name) +
                                    "' points at a parent span that was never recorded"});
        } else if (s.parent == kNoParent && s.kind == SpanKind::Server) {
            // Entry requests carry request attributes; a called service's root without them was split off.
            const bool called = s.service < options.calledServices.size() && options.calledServices[s.service];
            if ((s.flags & SpanFlags::TagsDropped) || (called && t.attributes.empty()))
                t.issues.push_back({PropagationIssueKind::OrphanRoot, s.indexInTrace,
                                    "trace starts at " + std::string(s.serviceName) + " '" + std::string(s.name) +
                                        "', which is normally called by another service: its caller's part is in "
                                        "another trace"});
        }
        if ((s.kind == SpanKind::Client || s.kind == SpanKind::Producer) && s.childless && s.peer != kNoService &&
            instrumented(store.service(s.peer).kind)) {
            std::string detail = std::string(s.serviceName) + " called " + std::string(s.peerName) + " '" +
                                 std::string(s.name) + "' but no span of " + std::string(s.peerName) + " follows";
            if (s.status == SpanStatus::Error)
                detail += " (the call failed, so it may never have arrived)";
            t.issues.push_back({PropagationIssueKind::UnansweredCall, s.indexInTrace, std::move(detail)});
        }
        if (s.flags & SpanFlags::TagsDropped) {
            if (dropped++ == 0)
                firstDropped = s.indexInTrace;
        }
    }
    if (dropped)
        t.issues.push_back({PropagationIssueKind::TagsDropped, firstDropped,
                            std::to_string(dropped) + " span(s) lost the request attributes"});
}

void attachLogs(const TelemetryStore& store, const TelemetryCounts& counts, AssembledTrace& t,
                const LogTimeIndex* index)
{
    for (std::size_t row : logsOfTrace(store, counts, t.index, t.start, t.start + t.durationUs, index)) {
        const LogRecord& l = store.log(row);
        if (l.span == kNoParent || l.span >= t.positionOf.size())
            continue;
        LinkedLog linked;
        linked.index = row;
        linked.time = l.time;
        linked.severity = l.severity;
        linked.message = renderLogMessage(store, l);
        if (l.error)
            linked.errorType = store.str(store.error(l.error).type);
        t.spans[t.positionOf[l.span]].logs.push_back(std::move(linked));
        ++t.logCount;
    }
}

} // namespace

std::optional<AssembledTrace> assembleTrace(const TelemetryStore& store, const TelemetryCounts& counts,
                                            TraceIndex trace, const AssembleOptions& options)
{
    if (trace >= counts.traces)
        return std::nullopt;
    const TraceRecord& tr = store.trace(trace);
    AssembledTrace t;
    t.index = trace;
    t.id = {tr.idHigh, tr.idLow};
    t.start = tr.start;
    t.weight = tr.weight;
    for (const auto& [k, v] : store.attributes(tr.attributes))
        t.attributes.push_back({std::string(store.str(k)), std::string(store.str(v))});
    for (const TraceLink& link : store.linksOf(trace, counts.traceLinks))
        if (link.span == 0)
            t.follows = AssembledTrace::Link{{link.linkedTraceHigh, link.linkedTraceLow}, link.linkedSpanId};

    const std::size_t n = std::min<std::size_t>(tr.spanCount,
                                                counts.spans > tr.firstSpan ? counts.spans - tr.firstSpan : 0);
    std::vector<AssembledSpan> spans(n);
    // A trace repeats few operations: each is described once, its tags shared by its spans.
    std::map<OperationId, std::pair<semconv::SpanProtocol, std::shared_ptr<const std::vector<SpanTag>>>> operations;
    for (std::size_t i = 0; i < n; ++i) {
        const SpanRecord& r = store.span(tr.firstSpan + i);
        const OperationInfo& op = store.operation(r.operation);
        AssembledSpan& s = spans[i];
        s.indexInTrace = static_cast<std::uint16_t>(i);
        s.parent = r.parent < n && r.parent != i ? r.parent : kNoParent;
        s.storeIndex = static_cast<std::uint32_t>(tr.firstSpan + i);
        s.spanId = TelemetryStore::spanId(tr, static_cast<std::uint32_t>(i));
        s.startUs = r.startOffsetUs;
        s.endUs = static_cast<std::int64_t>(r.startOffsetUs) + r.durationUs;
        s.kind = op.kind;
        s.status = r.status;
        s.httpStatus = r.httpStatus;
        s.flags = r.flags;
        if (r.parent != kNoParent && r.parent >= n)
            s.flags |= SpanFlags::ParentMissing; // points past the trace's recorded spans
        s.service = op.service;
        s.peer = op.peer;
        s.serviceName = op.service != kNoService ? store.str(store.service(op.service).name) : std::string_view{};
        s.peerName = op.peer != kNoService ? store.str(store.service(op.peer).name) : std::string_view{};
        s.name = store.str(op.name);
        if (r.resource != kNoResource) {
            const ResourceInfo& res = store.resource(r.resource);
            s.pod = store.str(res.pod);
            s.version = store.str(res.version);
        }
        if (r.error) {
            const ErrorInfo& e = store.error(r.error);
            s.errorType = store.str(e.type);
            s.errorMessage = store.str(e.message);
        }
        if (r.status == SpanStatus::Error)
            ++t.errorSpans;
        auto described = operations.find(r.operation);
        if (described == operations.end()) {
            semconv::OperationAttributes attributes = semconv::describeOperation(store, r.operation, counts);
            auto tags = std::make_shared<std::vector<SpanTag>>();
            for (semconv::Attribute& a : attributes.list)
                tags->push_back({std::move(a.key), std::move(a.text)});
            described = operations.emplace(r.operation, std::pair{attributes.protocol, std::move(tags)}).first;
        }
        s.operationTags = described->second.second;
        semconv::AttributeList outcome;
        semconv::appendOutcome(outcome, store, described->second.first, r);
        for (semconv::Attribute& a : outcome)
            s.outcomeTags.push_back({std::move(a.key), std::move(a.text)});
        s.carriesRequestTags = semconv::carriesRequestAttributes(tr, r.flags);
        t.durationUs = std::max(t.durationUs, s.endUs);
    }
    for (const auto& s : spans)
        if (s.parent != kNoParent)
            spans[s.parent].childless = false;

    ChildLists children = childLists(spans);
    const std::vector<std::uint16_t> order = waterfallOrder(spans, children);
    for (std::size_t i = 0; i < n; ++i)
        spans[i].selfUs = (spans[i].endUs - spans[i].startUs) - childCoverage(spans, children, i);
    t.criticalPath = criticalPath(
        n,
        [&spans](std::uint16_t i) {
            return std::pair{spans[i].startUs, spans[i].endUs};
        },
        [&children](std::uint16_t i) {
            return std::span<const std::uint16_t>(children.items.data() + children.offsets[i],
                                                  children.offsets[i + 1u] - children.offsets[i]);
        },
        children.roots);
    for (std::uint16_t i : t.criticalPath)
        spans[i].onCriticalPath = true;

    // Waterfall order in place: a second array of thousands of spans would be fresh memory, and on a
    // virtual machine its page faults cost more than the whole assembly.
    t.positionOf.assign(n, 0);
    for (std::size_t k = 0; k < order.size(); ++k)
        t.positionOf[order[k]] = static_cast<std::uint32_t>(k);
    std::vector<std::uint32_t> target(t.positionOf);
    for (std::size_t i = 0; i < n; ++i)
        while (target[i] != i) {
            const std::uint32_t to = target[i];
            std::swap(spans[i], spans[to]);
            std::swap(target[i], target[to]);
        }
    t.spans = std::move(spans);
    detectIssues(store, t, options);
    if (options.withLogs)
        attachLogs(store, counts, t, options.logIndex);
    return t;
}

std::optional<AssembledTrace> assembleTrace(const TelemetryStore& store, TraceIndex trace,
                                            const AssembleOptions& options)
{
    return assembleTrace(store, store.counts(), trace, options);
}

} // namespace kunren
