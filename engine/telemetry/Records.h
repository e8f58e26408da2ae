#pragma once

#include "core/Time.h"
#include "telemetry/StringTable.h"

#include <cstdint>

namespace kunren {

using ServiceIndex = std::uint16_t;
using ResourceId = std::uint32_t;
using OperationId = std::uint32_t;
using TraceIndex = std::uint32_t;
using ErrorId = std::uint32_t;        // 0 = no error
using AttributeSetId = std::uint32_t; // 0 = no attributes
using SeriesId = std::uint32_t;

constexpr ResourceId kNoResource = 0xFFFFFFFFu;
// Logs store their resource in 16 bits (a drill has thousands of pods, not 65 thousand).
using LogResource = std::uint16_t;
constexpr LogResource kNoLogResource = 0xFFFFu;
constexpr TraceIndex kNoTrace = 0xFFFFFFFFu;
constexpr std::uint16_t kNoParent = 0xFFFFu;
constexpr ServiceIndex kNoService = 0xFFFFu;

// OTLP SpanKind values.
enum class SpanKind : std::uint8_t {
    Unspecified = 0,
    Internal = 1,
    Server = 2,
    Client = 3,
    Producer = 4,
    Consumer = 5
};
// OTLP status codes.
enum class SpanStatus : std::uint8_t { Unset = 0, Ok = 1, Error = 2 };
// OTLP severity numbers (the first of each range).
enum class Severity : std::uint8_t { Trace = 1, Debug = 5, Info = 9, Warn = 13, Error = 17, Fatal = 21 };
enum class MetricType : std::uint8_t { Gauge, Sum, Histogram };

// A component of the topology as telemetry names it.
struct ServiceInfo
{
    StringId name = kNoString;
    StringId ns = kNoString;
    StringId system = kNoString; // db.system.name, messaging.system …
    std::uint8_t kind = 0;       // ServiceKind
};

// Who emitted a record: one per pod (and one per service for service-level metrics and managed components).
struct ResourceInfo
{
    ServiceIndex service = kNoService;
    StringId pod = kNoString;     // k8s.pod.name; empty for service-level resources
    StringId version = kNoString; // service.version
    StringId node = kNoString;    // k8s.node.name
    StringId region = kNoString;  // cloud.region
};

// What a span does; attributes that follow from the operation are derived from here at export time.
struct OperationInfo
{
    ServiceIndex service = kNoService; // the service that records the span
    ServiceIndex peer = kNoService;    // CLIENT/PRODUCER spans: the component called
    SpanKind kind = SpanKind::Internal;
    StringId name = kNoString;         // span name, e.g. "GET /api/orders", "SELECT orders"
    StringId method = kNoString;       // http.request.method
    StringId route = kNoString;        // http.route / url.path
    StringId dbOperation = kNoString;  // db.operation.name
    StringId dbCollection = kNoString; // db.collection.name
    StringId dbQueryText = kNoString;  // db.query.text (parameterised)
    StringId destination = kNoString;  // messaging.destination.name
};

// An error as recorded on a span or a log: exception type, message and stack.
struct ErrorInfo
{
    StringId type = kNoString;
    StringId message = kNoString;
    StringId stack = kNoString;
};

// Per-trace data shared by all its spans.
struct TraceRecord
{
    std::uint64_t idHigh = 0;
    std::uint64_t idLow = 0;
    SimTime start = 0;
    std::uint32_t firstSpan = 0;
    std::uint16_t spanCount = 0;
    AttributeSetId attributes = 0; // request attributes (customer.tier, region …)
    float weight = 1.0f;           // requests this trace stands for (1 / sample rate)
};

// A span link (OpenTelemetry): a span of trace `trace` points at another trace's span, as a message's
// consumer points at the span that published it. Kept apart from the spans: few traces have one.
struct TraceLink
{
    TraceIndex trace = kNoTrace; // the trace of the linking span
    std::uint16_t span = 0;      // the linking span's index in that trace
    std::uint64_t linkedTraceHigh = 0, linkedTraceLow = 0;
    std::uint64_t linkedSpanId = 0;
};

// One span, 30 bytes; span ids are derived from the trace id and the span's index in its trace.
struct SpanRecord
{
    TraceIndex trace = kNoTrace;
    OperationId operation = 0;
    ResourceId resource = kNoResource;
    ErrorId error = 0;
    std::uint32_t startOffsetUs = 0; // from the trace's start
    std::uint32_t durationUs = 0;
    std::uint16_t parent = kNoParent; // index within the trace
    std::uint16_t httpStatus = 0;
    SpanStatus status = SpanStatus::Unset;
    std::uint8_t flags = 0;
};

namespace SpanFlags {
constexpr std::uint8_t ParentMissing = 1; // the parent span id points at a span that was never recorded
constexpr std::uint8_t TagsDropped = 2;   // request attributes were lost (broken propagation)
constexpr std::uint8_t Retry = 4;         // a retry attempt
} // namespace SpanFlags

// How a log record is stored: the columns scans read (time, resource, template, severity) apart, and the
// rest (LogLinks) together, so filtering by a field streams 1–8 bytes per row instead of the whole record.
struct LogLinks
{
    std::uint32_t firstArg = 0;
    ErrorId error = 0;
    TraceIndex trace = kNoTrace;
    std::uint16_t span = kNoParent;
    std::uint8_t argCount = 0;
};

// One log record as readers see it (assembled from the columns).
struct LogRecord
{
    SimTime time = 0;
    ResourceId resource = kNoResource;
    StringId templ = kNoString; // message template with {placeholders}
    std::uint32_t firstArg = 0; // index into the argument column
    ErrorId error = 0;
    TraceIndex trace = kNoTrace;
    std::uint16_t span = kNoParent; // index of the span within the trace
    std::uint8_t argCount = 0;
    Severity severity = Severity::Info;
};

// What readers may skip a block of rows by (see TelemetryStore::kSummaryBlock): the block's time range
// (log time; span start) and, for spans, the range of their traces' weights (equal: one weight for all).
struct BlockSummary
{
    SimTime minTime = 0, maxTime = 0;
    float minWeight = 1.0f, maxWeight = 1.0f;
};

struct SeriesInfo
{
    StringId name = kNoString;
    StringId unit = kNoString;
    MetricType type = MetricType::Gauge;
    bool monotonic = false;
    ResourceId resource = kNoResource;
    AttributeSetId attributes = 0;
    std::uint16_t bounds = 0; // histograms: index of the bucket-bound set
};

struct MetricPoint
{
    SimTime time = 0;
    double value = 0.0;
    SeriesId series = 0;
};

struct HistogramPoint
{
    SimTime time = 0;
    double sum = 0.0;
    std::uint64_t count = 0;
    std::uint32_t firstBucket = 0; // index into the bucket-count column; bounds().size() + 1 buckets
    SeriesId series = 0;
};

// Something that happened to the system, as an events stream shows it (deploys, restarts, scaling …).
struct EventRecord
{
    SimTime time = 0;
    StringId kind = kNoString; // deploy, config-change, flag-flip, scaling, oom-killed, crash-loop, …
    StringId title = kNoString;
    ServiceIndex service = kNoService;
    ResourceId resource = kNoResource; // the pod, when the event is about one
    StringId version = kNoString;
};

} // namespace kunren
