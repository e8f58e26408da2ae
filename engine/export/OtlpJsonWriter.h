#pragma once

#include "core/Time.h"
#include "export/ByteSink.h"
#include "telemetry/TelemetryStore.h"

#include <cstdint>
#include <memory>
#include <string>

namespace kunren {

class JsonOut;
class OtlpFragments;

struct OtlpExportOptions
{
    std::int64_t startsAtUnixNanos = 0; // unix time of simulated time 0
    std::string scopeName = "kunren-sim";
    std::string scopeVersion = "0.1.0";
    SimDuration batch = 10 * kSecond;           // one request per window of simulated time …
    std::size_t maxRecordsPerRequest = 8192;    // … split further so no line grows without bound
    SimDuration histogramWindow = 10 * kSecond; // histogram points are deltas over this window
};

struct WriteResult
{
    std::uint64_t bytes = 0;  // bytes handed to the sink
    std::size_t requests = 0; // lines: one Export*ServiceRequest each
    std::size_t records = 0;  // spans, log records or data points written
    std::string error;        // empty on success
    bool ok() const { return error.empty(); }
};

// Streams a TelemetryStore as OTLP/JSON, one Export{Trace,Logs,Metrics}ServiceRequest per line (the
// layout of the OpenTelemetry Collector's file exporter, so `otelcol` and friends can replay it).
//
// Records are batched by windows of simulated time (`batch`), and inside a request grouped by resource,
// then by the single instrumentation scope. The range forms export only the rows between two
// TelemetryCounts, so a drill can stream files while it runs: exporting [a, b) and then [b, c) yields
// the same records as exporting [0, c) (requests may be cut differently at the seam).
//
// Output is a pure function of the store and the options: byte-identical across runs and machines.
// Not thread-safe: one writer per thread (it caches serialised fragments).
class OtlpJsonWriter
{
public:
    OtlpJsonWriter(const TelemetryStore& store, OtlpExportOptions options);
    ~OtlpJsonWriter();
    OtlpJsonWriter(const OtlpJsonWriter&) = delete;
    OtlpJsonWriter& operator=(const OtlpJsonWriter&) = delete;

    // Traces of rows [from.traces, to.traces); a trace and all its spans go out together.
    WriteResult writeTraces(SinkRef out, const TelemetryCounts& from, const TelemetryCounts& to);
    WriteResult writeTraces(SinkRef out, const TelemetryCounts& upTo) { return writeTraces(out.sink(), {}, upTo); }

    // Log records [from.logs, to.logs).
    WriteResult writeLogs(SinkRef out, const TelemetryCounts& from, const TelemetryCounts& to);
    WriteResult writeLogs(SinkRef out, const TelemetryCounts& upTo) { return writeLogs(out.sink(), {}, upTo); }

    // Metric points [from.points, to.points) and histogram points [from.histogramPoints, to.histogramPoints).
    WriteResult writeMetrics(SinkRef out, const TelemetryCounts& from, const TelemetryCounts& to);
    WriteResult writeMetrics(SinkRef out, const TelemetryCounts& upTo) { return writeMetrics(out.sink(), {}, upTo); }

    const OtlpExportOptions& options() const { return m_options; }

private:
    std::int64_t unixNanos(SimTime t) const { return m_options.startsAtUnixNanos + t * 1000; }
    std::int64_t window(SimTime t) const;
    void writeSpan(JsonOut& out, TraceIndex traceIndex, std::uint32_t spanIndex, std::size_t publishedLinks);
    void writeLog(JsonOut& out, const LogRecord& log, const TelemetryCounts& to);
    WriteResult finish(JsonOut& out, std::size_t requests, std::size_t records);

    const TelemetryStore& m_store;
    OtlpExportOptions m_options;
    std::unique_ptr<OtlpFragments> m_fragments;
};

} // namespace kunren
