#pragma once

#include "telemetry/ChunkedColumn.h"
#include "telemetry/LogTermIndex.h"
#include "telemetry/LogText.h"
#include "telemetry/Records.h"
#include "telemetry/StringTable.h"

#include <map>
#include <mutex>
#include <span>
#include <string>
#include <utility>
#include <vector>

namespace kunren {

// Row counts of every table at one moment: what a reader may look at.
struct TelemetryCounts
{
    std::size_t services = 0, resources = 0, operations = 0, errors = 0, attributeSets = 0;
    std::size_t traces = 0, spans = 0, logs = 0, logArgs = 0, logTemplates = 0;
    std::size_t series = 0, points = 0, histogramPoints = 0, buckets = 0, events = 0;
    std::size_t traceLinks = 0;
    SimTime time = 0; // simulated time up to which telemetry is complete
};

// Where the drill's system runs: part of every record's resource (deployment.environment.name,
// k8s.cluster.name) and of the search's env:.
struct Deployment
{
    std::string environment = "prod";
    std::string cluster; // empty = not set
};

// Everything a drill's simulation emits, stored column-wise and append-only.
//
// The simulator is the single writer. It appends rows and calls publish() once per tick; readers on
// any thread take counts() and read rows below those counts, which never move or change.
class TelemetryStore
{
public:
    using KeyValue = std::pair<StringId, StringId>;

    TelemetryStore() = default;
    TelemetryStore(const TelemetryStore&) = delete;
    TelemetryStore& operator=(const TelemetryStore&) = delete;

    // --- writer ---------------------------------------------------------------------------------
    // Set once, before any reader exists.
    void setDeployment(Deployment deployment) { m_deployment = std::move(deployment); }
    StringTable& strings() { return m_strings; }
    ServiceIndex addService(const ServiceInfo& info);
    ResourceId addResource(const ResourceInfo& info);
    OperationId addOperation(const OperationInfo& info);
    ErrorId internError(const ErrorInfo& info);
    AttributeSetId internAttributes(std::span<const KeyValue> sortedPairs);
    std::uint16_t addBucketBounds(std::vector<double> bounds);
    SeriesId addSeries(const SeriesInfo& info);

    TraceIndex beginTrace(const TraceRecord& trace); // spans appended next belong to it
    std::uint32_t addSpan(const SpanRecord& span);   // returns the span's global index
    void addTraceLink(const TraceLink& link);        // in trace order (links of one trace together)
    // Patching rows: never a trace's start or weight, which block summaries hold. Spans are never patched:
    // the span columns (spanColumns) copy some of their fields.
    TraceRecord& traceForUpdate(TraceIndex index) { return m_traces.mutableAt(index); }
    void addLog(LogRecord log, std::span<const LogArg> args);
    void addPoint(SeriesId series, SimTime time, double value);
    void addEvent(const EventRecord& event) { m_events.push_back(event); }
    void addHistogramPoint(SeriesId series, SimTime time, std::uint64_t count, double sum,
                           std::span<const std::uint32_t> bucketCounts);

    std::size_t spansWritten() const { return m_spans.size(); } // published or not
    // Makes everything appended so far visible to readers, complete up to simulated time `time`.
    void publish(SimTime time);

    // --- readers (any thread) ------------------------------------------------------------------
    TelemetryCounts counts() const;
    const StringTable& strings() const { return m_strings; }
    const Deployment& deployment() const { return m_deployment; }
    std::string_view str(StringId id) const { return m_strings.view(id); }
    const ServiceInfo& service(ServiceIndex i) const { return m_services[i]; }
    const ResourceInfo& resource(ResourceId i) const { return m_resources[i]; }
    const OperationInfo& operation(OperationId i) const { return m_operations[i]; }
    const ErrorInfo& error(ErrorId i) const { return m_errors[i]; }
    std::span<const KeyValue> attributes(AttributeSetId id) const;
    const TraceRecord& trace(TraceIndex i) const { return m_traces[i]; }
    const SpanRecord& span(std::size_t i) const { return m_spans[i]; }
    const TraceLink& traceLink(std::size_t i) const { return m_traceLinks[i]; }
    // The links of spans of `trace` (below counts.traceLinks), found by binary search.
    std::vector<TraceLink> linksOf(TraceIndex trace, std::size_t publishedLinks) const;
    LogRecord log(std::size_t i) const;
    SimTime logTime(std::size_t i) const { return m_logTime[i]; }
    // The log columns from row `first` on, for scans: each pointer is valid up to the end of first's chunk
    // (kLogChunk rows), so a block of kSummaryBlock rows starting at a multiple of it lies in one chunk.
    static constexpr std::size_t kLogChunk = std::size_t{1} << 16;
    struct LogColumns
    {
        const SimTime* time;
        const LogResource* resource; // kNoLogResource: none
        const StringId* templ;
        const Severity* severity;
        const LogLinks* links;
    };
    LogColumns logColumns(std::size_t first) const
    {
        return {&m_logTime[first], &m_logResource[first], &m_logTemplate[first], &m_logSeverity[first],
                &m_logLinks[first]};
    }
    // Copies of the span fields filters and facets test most, one column each, so a test streams 1–4 bytes
    // per span instead of the 32-byte row. Same contiguity as LogColumns (a block of kSummaryBlock rows
    // starting at a multiple of it lies in one chunk).
    struct SpanColumns
    {
        const OperationId* operation;
        const ResourceId* resource;
        const SpanStatus* status;
        const std::uint32_t* durationUs;
        const TraceIndex* trace;
        const std::uint8_t* flags;
    };
    SpanColumns spanColumns(std::size_t first) const
    {
        return {&m_spanOperation[first], &m_spanResource[first], &m_spanStatus[first],
                &m_spanDuration[first],  &m_spanTrace[first],    &m_spanFlags[first]};
    }
    LogArg logArg(std::size_t i) const { return m_logArgs[i]; }
    // The arguments from index `first` on, for scans: valid up to the end of first's chunk (kLogArgChunk).
    static constexpr std::size_t kLogArgChunk = std::size_t{1} << 16;
    const LogArg* logArgs(std::size_t first) const { return &m_logArgs[first]; }
    const SeriesInfo& series(SeriesId i) const { return m_series[i]; }
    const MetricPoint& point(std::size_t i) const { return m_points[i]; }
    const HistogramPoint& histogramPoint(std::size_t i) const { return m_histogramPoints[i]; }
    std::uint32_t bucketCount(std::size_t i) const { return m_buckets[i]; }
    const EventRecord& event(std::size_t i) const { return m_events[i]; }
    std::span<const double> bucketBounds(std::uint16_t id) const;

    // Summaries of complete blocks of kSummaryBlock log / span rows: block b covers rows [b·N, (b+1)·N).
    // Only blocks wholly below the published row count exist for readers (b < counts.logs / N).
    static constexpr std::size_t kSummaryBlock = 4096;
    const BlockSummary& logBlock(std::size_t b) const { return m_logBlocks[b]; }
    const BlockSummary& spanBlock(std::size_t b) const { return m_spanBlocks[b]; }
    // Which log rows use a template, a string argument or an id (rows below counts.logs).
    const LogTermIndex& logTerms() const { return m_logTerms; }
    // Every distinct message template logs used, in order of first use (i < counts.logTemplates).
    StringId logTemplate(std::size_t i) const { return m_logTemplates[i]; }
    // Template i split at its placeholders, once when it was first used (views into the string table).
    const LogTemplateParts& logTemplateParts(std::size_t i) const { return m_logTemplateParts[i]; }

    // 64-bit span id: derived, so it costs no storage; never zero.
    static std::uint64_t spanId(const TraceRecord& trace, std::uint32_t indexInTrace);

    // Bytes held by span data (span and trace rows plus their share of interned strings), for budgets.
    std::size_t spanBytes() const;
    std::size_t logBytes() const;

private:
    StringTable m_strings;
    Deployment m_deployment;
    ChunkedColumn<ServiceInfo, 8> m_services;
    ChunkedColumn<ResourceInfo, 10> m_resources;
    ChunkedColumn<OperationInfo, 10> m_operations;
    ChunkedColumn<ErrorInfo, 12> m_errors;
    std::map<std::tuple<StringId, StringId, StringId>, ErrorId> m_errorIds;

    // Attribute sets: pair ranges in one column, interned by content.
    ChunkedColumn<KeyValue, 12> m_attributePairs;
    ChunkedColumn<std::pair<std::uint32_t, std::uint32_t>, 10> m_attributeSets; // first, count
    std::map<std::vector<KeyValue>, AttributeSetId> m_attributeSetIds;

    ChunkedColumn<TraceRecord> m_traces;
    ChunkedColumn<SpanRecord, 16> m_spans;
    ChunkedColumn<TraceLink, 12> m_traceLinks;
    ChunkedColumn<OperationId, 16> m_spanOperation;
    ChunkedColumn<ResourceId, 16> m_spanResource;
    ChunkedColumn<SpanStatus, 16> m_spanStatus;
    ChunkedColumn<std::uint32_t, 16> m_spanDuration;
    ChunkedColumn<TraceIndex, 16> m_spanTrace;
    ChunkedColumn<std::uint8_t, 16> m_spanFlags;
    ChunkedColumn<SimTime, 16> m_logTime;
    ChunkedColumn<LogResource, 16> m_logResource;
    ChunkedColumn<StringId, 16> m_logTemplate;
    ChunkedColumn<Severity, 16> m_logSeverity;
    ChunkedColumn<LogLinks, 16> m_logLinks;
    ChunkedColumn<LogArg, 16> m_logArgs;
    static_assert(decltype(m_logArgs)::kChunkSize == kLogArgChunk);

    // Block summaries: complete blocks in columns, the block being filled in the writer's running copy.
    ChunkedColumn<BlockSummary, 10> m_logBlocks, m_spanBlocks;
    BlockSummary m_logOpen, m_spanOpen;
    LogTermIndex m_logTerms;
    ChunkedColumn<StringId, 10> m_logTemplates;
    ChunkedColumn<LogTemplateParts, 10> m_logTemplateParts;
    std::vector<std::uint8_t> m_templatePlaceholders; // writer only, by StringId: 1 + placeholders, 0 = no template yet

    std::vector<std::unique_ptr<const std::vector<double>>> m_bounds; // writer appends before use
    mutable std::mutex m_boundsMutex;
    ChunkedColumn<SeriesInfo, 12> m_series;
    ChunkedColumn<MetricPoint, 16> m_points;
    ChunkedColumn<HistogramPoint, 14> m_histogramPoints;
    ChunkedColumn<std::uint32_t, 16> m_buckets;
    ChunkedColumn<EventRecord, 10> m_events;

    mutable std::mutex m_publishMutex;
    TelemetryCounts m_published;
};

} // namespace kunren
