#pragma once

#include "telemetry/TelemetryStore.h"

#include <memory>
#include <vector>

namespace kunren {

// A log line produced while walking a request; committed with the trace so it can link to it.
struct PendingLog
{
    SimTime time = 0;
    ResourceId resource = kNoResource;
    StringId templ = kNoString;
    ErrorId error = 0;
    std::uint32_t firstArg = 0;
    std::uint8_t argCount = 0;
    std::uint16_t span = kNoParent;
    Severity severity = Severity::Info;
};

// The trace being built for one request: spans and logs are buffered here and appended to the store
// in one piece, because a trace's spans must be contiguous and broken propagation can split a request
// into several traces.
struct RequestContext
{
    bool recording = false; // the trace is sampled: spans are stored
    SimTime traceStart = 0;
    std::uint64_t idHigh = 0, idLow = 0;
    AttributeSetId attributes = 0;
    std::vector<TelemetryStore::KeyValue> attributePairs; // for slices and log placeholders
    bool tagsDropped = false;
    float weight = 1.0f;
    std::vector<SpanRecord> spans;
    std::vector<PendingLog> logs;
    std::vector<LogArg> logArgs;
    std::vector<std::pair<StringId, LogArg>> generatedIds;  // placeholder name → value, per request
    std::vector<std::unique_ptr<RequestContext>> fragments; // traces split off this request
    // A message's consumer points at the span that published it (OpenTelemetry messaging: a span link).
    struct Link
    {
        std::uint64_t traceHigh = 0, traceLow = 0, spanId = 0; // spanId 0: none
    } link;

    void reset(SimTime start, std::uint64_t hi, std::uint64_t lo, bool sampled, float w)
    {
        recording = sampled;
        traceStart = start;
        idHigh = hi;
        idLow = lo;
        attributes = 0;
        attributePairs.clear();
        tagsDropped = false;
        weight = w;
        spans.clear();
        logs.clear();
        logArgs.clear();
        generatedIds.clear();
        fragments.clear();
        link = {};
    }

    // Appends a span starting at absolute time `start`; returns its index in the trace (or kNoParent
    // when the trace is not recorded or is full).
    std::uint16_t addSpan(OperationId op, ResourceId resource, SimTime start, std::uint16_t parent,
                          std::uint8_t flags = 0)
    {
        if (!recording || spans.size() >= 0xFFFEu)
            return kNoParent;
        SpanRecord s;
        s.operation = op;
        s.resource = resource;
        s.startOffsetUs = static_cast<std::uint32_t>(start > traceStart ? start - traceStart : 0);
        s.parent = parent;
        s.flags = static_cast<std::uint8_t>(flags | (tagsDropped ? SpanFlags::TagsDropped : 0));
        spans.push_back(s);
        return static_cast<std::uint16_t>(spans.size() - 1);
    }

    SpanRecord* span(std::uint16_t index) { return index == kNoParent ? nullptr : &spans[index]; }

    // Appends the trace, its logs and any split-off traces to the store.
    void commit(TelemetryStore& store);
};

} // namespace kunren
