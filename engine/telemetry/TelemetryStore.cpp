#include "telemetry/TelemetryStore.h"

#include <algorithm>
#include <stdexcept>

namespace kunren {

ServiceIndex TelemetryStore::addService(const ServiceInfo& info)
{
    m_services.push_back(info);
    return static_cast<ServiceIndex>(m_services.size() - 1);
}

ResourceId TelemetryStore::addResource(const ResourceInfo& info)
{
    m_resources.push_back(info);
    return static_cast<ResourceId>(m_resources.size() - 1);
}

OperationId TelemetryStore::addOperation(const OperationInfo& info)
{
    m_operations.push_back(info);
    return static_cast<OperationId>(m_operations.size() - 1);
}

ErrorId TelemetryStore::internError(const ErrorInfo& info)
{
    if (m_errors.size() == 0)
        m_errors.push_back(ErrorInfo{}); // id 0 = no error
    const auto key = std::make_tuple(info.type, info.message, info.stack);
    if (auto it = m_errorIds.find(key); it != m_errorIds.end())
        return it->second;
    m_errors.push_back(info);
    const auto id = static_cast<ErrorId>(m_errors.size() - 1);
    m_errorIds.emplace(key, id);
    return id;
}

AttributeSetId TelemetryStore::internAttributes(std::span<const KeyValue> sortedPairs)
{
    if (m_attributeSets.size() == 0)
        m_attributeSets.push_back({0, 0}); // id 0 = empty set
    if (sortedPairs.empty())
        return 0;
    std::vector<KeyValue> key(sortedPairs.begin(), sortedPairs.end());
    if (auto it = m_attributeSetIds.find(key); it != m_attributeSetIds.end())
        return it->second;
    // Keep each set inside one chunk so readers can hand it out as one contiguous span.
    constexpr std::size_t chunk = decltype(m_attributePairs)::kChunkSize;
    if ((m_attributePairs.size() % chunk) + sortedPairs.size() > chunk)
        while (m_attributePairs.size() % chunk != 0)
            m_attributePairs.push_back({});
    const auto first = static_cast<std::uint32_t>(m_attributePairs.size());
    for (const auto& kv : sortedPairs)
        m_attributePairs.push_back(kv);
    m_attributeSets.push_back({first, static_cast<std::uint32_t>(sortedPairs.size())});
    const auto id = static_cast<AttributeSetId>(m_attributeSets.size() - 1);
    m_attributeSetIds.emplace(std::move(key), id);
    return id;
}

std::span<const TelemetryStore::KeyValue> TelemetryStore::attributes(AttributeSetId id) const
{
    if (id == 0)
        return {};
    const auto [first, count] = m_attributeSets[id];
    return {&m_attributePairs[first], count};
}

std::uint16_t TelemetryStore::addBucketBounds(std::vector<double> bounds)
{
    std::lock_guard lock(m_boundsMutex);
    for (std::size_t i = 0; i < m_bounds.size(); ++i)
        if (*m_bounds[i] == bounds)
            return static_cast<std::uint16_t>(i);
    m_bounds.push_back(std::make_unique<const std::vector<double>>(std::move(bounds)));
    return static_cast<std::uint16_t>(m_bounds.size() - 1);
}

std::span<const double> TelemetryStore::bucketBounds(std::uint16_t id) const
{
    std::lock_guard lock(m_boundsMutex);
    return *m_bounds.at(id);
}

SeriesId TelemetryStore::addSeries(const SeriesInfo& info)
{
    m_series.push_back(info);
    return static_cast<SeriesId>(m_series.size() - 1);
}

TraceIndex TelemetryStore::beginTrace(const TraceRecord& trace)
{
    TraceRecord t = trace;
    t.firstSpan = static_cast<std::uint32_t>(m_spans.size());
    t.spanCount = 0;
    m_traces.push_back(t);
    return static_cast<TraceIndex>(m_traces.size() - 1);
}

namespace {

// Widens the open block's summary by one row; when the row completes the block, files the summary.
void summarise(BlockSummary& open, ChunkedColumn<BlockSummary, 10>& done, std::size_t row, SimTime time, float weight)
{
    if (row % TelemetryStore::kSummaryBlock == 0) {
        open = BlockSummary{time, time, weight, weight};
    } else {
        open.minTime = std::min(open.minTime, time);
        open.maxTime = std::max(open.maxTime, time);
        open.minWeight = std::min(open.minWeight, weight);
        open.maxWeight = std::max(open.maxWeight, weight);
    }
    if ((row + 1) % TelemetryStore::kSummaryBlock == 0)
        done.push_back(open);
}

} // namespace

std::uint32_t TelemetryStore::addSpan(const SpanRecord& span)
{
    TraceRecord& trace = m_traces.mutableAt(span.trace);
    summarise(m_spanOpen, m_spanBlocks, m_spans.size(), trace.start + span.startOffsetUs, trace.weight);
    m_spans.push_back(span);
    m_spanOperation.push_back(span.operation);
    m_spanResource.push_back(span.resource);
    m_spanStatus.push_back(span.status);
    m_spanDuration.push_back(span.durationUs);
    m_spanTrace.push_back(span.trace);
    m_spanFlags.push_back(span.flags);
    ++trace.spanCount;
    return static_cast<std::uint32_t>(m_spans.size() - 1);
}

void TelemetryStore::addLog(LogRecord log, std::span<const LogArg> args)
{
    if (log.resource != kNoResource && log.resource >= kNoLogResource)
        throw std::length_error("more than 65,534 resources write logs");
    log.firstArg = static_cast<std::uint32_t>(m_logArgs.size());
    log.argCount = static_cast<std::uint8_t>(args.size());
    for (LogArg a : args)
        m_logArgs.push_back(a);
    if (log.templ >= m_templatePlaceholders.size())
        m_templatePlaceholders.resize(std::max<std::size_t>(log.templ + 1, m_templatePlaceholders.size() * 2), 0);
    if (m_templatePlaceholders[log.templ] == 0) {
        const LogTemplateParts parts = splitLogTemplate(m_strings.view(log.templ));
        m_templatePlaceholders[log.templ] = static_cast<std::uint8_t>(1 +
                                                                      std::min<std::size_t>(parts.names.size(), 254));
        m_logTemplateParts.push_back(parts);
        m_logTemplates.push_back(log.templ);
    }
    const std::size_t row = m_logTime.size();
    m_logTerms.add(static_cast<std::uint32_t>(row), log.templ, args, m_templatePlaceholders[log.templ] - 1u);
    summarise(m_logOpen, m_logBlocks, row, log.time, 1.0f);
    m_logTime.push_back(log.time);
    m_logResource.push_back(log.resource == kNoResource ? kNoLogResource : static_cast<LogResource>(log.resource));
    m_logTemplate.push_back(log.templ);
    m_logSeverity.push_back(log.severity);
    m_logLinks.push_back(LogLinks{log.firstArg, log.error, log.trace, log.span, log.argCount});
}

LogRecord TelemetryStore::log(std::size_t i) const
{
    const LogLinks& k = m_logLinks[i];
    LogRecord r;
    r.time = m_logTime[i];
    r.resource = m_logResource[i] == kNoLogResource ? kNoResource : m_logResource[i];
    r.templ = m_logTemplate[i];
    r.firstArg = k.firstArg;
    r.error = k.error;
    r.trace = k.trace;
    r.span = k.span;
    r.argCount = k.argCount;
    r.severity = m_logSeverity[i];
    return r;
}

void TelemetryStore::addPoint(SeriesId series, SimTime time, double value)
{
    m_points.push_back(MetricPoint{time, value, series});
}

void TelemetryStore::addHistogramPoint(SeriesId series, SimTime time, std::uint64_t count, double sum,
                                       std::span<const std::uint32_t> bucketCounts)
{
    HistogramPoint p{time, sum, count, static_cast<std::uint32_t>(m_buckets.size()), series};
    for (auto c : bucketCounts)
        m_buckets.push_back(c);
    m_histogramPoints.push_back(p);
}

void TelemetryStore::publish(SimTime time)
{
    TelemetryCounts c;
    c.services = m_services.size();
    c.resources = m_resources.size();
    c.operations = m_operations.size();
    c.errors = m_errors.size();
    c.attributeSets = m_attributeSets.size();
    c.traces = m_traces.size();
    c.spans = m_spans.size();
    c.logs = m_logTime.size();
    c.logArgs = m_logArgs.size();
    c.logTemplates = m_logTemplates.size();
    c.series = m_series.size();
    c.points = m_points.size();
    c.histogramPoints = m_histogramPoints.size();
    c.buckets = m_buckets.size();
    c.events = m_events.size();
    c.traceLinks = m_traceLinks.size();
    c.time = time;
    std::lock_guard lock(m_publishMutex);
    m_published = c;
}

TelemetryCounts TelemetryStore::counts() const
{
    std::lock_guard lock(m_publishMutex);
    return m_published;
}

void TelemetryStore::addTraceLink(const TraceLink& link) { m_traceLinks.push_back(link); }

std::vector<TraceLink> TelemetryStore::linksOf(TraceIndex trace, std::size_t publishedLinks) const
{
    // Links are appended in trace order: the first with a trace at or after `trace`, then its run.
    std::size_t lo = 0, hi = publishedLinks;
    while (lo < hi) {
        const std::size_t mid = lo + (hi - lo) / 2;
        if (m_traceLinks[mid].trace < trace)
            lo = mid + 1;
        else
            hi = mid;
    }
    std::vector<TraceLink> out;
    for (; lo < publishedLinks && m_traceLinks[lo].trace == trace; ++lo)
        out.push_back(m_traceLinks[lo]);
    return out;
}

std::uint64_t TelemetryStore::spanId(const TraceRecord& trace, std::uint32_t indexInTrace)
{
    // splitmix64 finaliser over the trace id and index: unique per span in practice, never zero.
    std::uint64_t z = trace.idLow ^ (trace.idHigh * 0x9E3779B97F4A7C15ull) ^
                      (std::uint64_t{indexInTrace} + 1) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    z ^= z >> 31;
    return z == 0 ? 1 : z;
}

std::size_t TelemetryStore::spanBytes() const
{
    const std::size_t columns = sizeof(OperationId) + sizeof(ResourceId) + sizeof(SpanStatus) + sizeof(std::uint32_t) +
                                sizeof(TraceIndex) + sizeof(std::uint8_t);
    return m_spans.size() * (sizeof(SpanRecord) + columns) + m_traces.size() * sizeof(TraceRecord) +
           m_spanBlocks.size() * sizeof(BlockSummary);
}

std::size_t TelemetryStore::logBytes() const
{
    const std::size_t row = sizeof(SimTime) + sizeof(LogResource) + sizeof(StringId) + sizeof(Severity) +
                            sizeof(LogLinks);
    return m_logTime.size() * row + m_logArgs.size() * sizeof(LogArg) + m_logBlocks.size() * sizeof(BlockSummary) +
           m_logTemplates.size() * sizeof(StringId) + m_logTemplateParts.bytesReserved() + m_logTerms.bytesReserved();
}

} // namespace kunren
