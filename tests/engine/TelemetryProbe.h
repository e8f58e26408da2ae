#pragma once

// Small read-only questions about a TelemetryStore, phrased as a trainee would ask them.

#include "telemetry/TelemetryStore.h"

#include <algorithm>
#include <cstdint>
#include <string_view>
#include <vector>

namespace kunren::test {

struct SpanStats
{
    std::uint64_t count = 0;
    std::uint64_t errors = 0;
    std::vector<double> durationsMs;
    double quantile(double q)
    {
        if (durationsMs.empty())
            return 0.0;
        std::sort(durationsMs.begin(), durationsMs.end());
        return durationsMs[static_cast<std::size_t>(q * static_cast<double>(durationsMs.size() - 1))];
    }
    double errorRate() const { return count ? static_cast<double>(errors) / static_cast<double>(count) : 0.0; }
};

// Spans recorded by `service` (optionally one operation and kind) whose trace started in [from, to).
inline SpanStats spanStats(const TelemetryStore& store, std::string_view service, std::string_view operation = {},
                           int kind = -1, SimTime from = 0, SimTime to = INT64_MAX)
{
    SpanStats st;
    const auto c = store.counts();
    for (std::size_t i = 0; i < c.spans; ++i) {
        const SpanRecord& s = store.span(i);
        const OperationInfo& op = store.operation(s.operation);
        if (store.str(store.service(op.service).name) != service)
            continue;
        if (!operation.empty() && store.str(op.name) != operation)
            continue;
        if (kind >= 0 && static_cast<int>(op.kind) != kind)
            continue;
        const SimTime start = store.trace(s.trace).start + s.startOffsetUs;
        if (start < from || start >= to)
            continue;
        ++st.count;
        st.errors += s.status == SpanStatus::Error ? 1 : 0;
        st.durationsMs.push_back(s.durationUs / 1000.0);
    }
    return st;
}

// The last value of a metric series named `name` whose resource belongs to `service`, summed over resources.
inline double lastMetric(const TelemetryStore& store, std::string_view name, std::string_view service,
                         std::string_view operation = {})
{
    const auto c = store.counts();
    std::vector<double> last(c.series, 0.0);
    std::vector<char> seen(c.series, 0);
    for (std::size_t i = 0; i < c.points; ++i) {
        const MetricPoint& p = store.point(i);
        last[p.series] = p.value;
        seen[p.series] = 1;
    }
    double total = 0;
    for (std::size_t s = 0; s < c.series; ++s) {
        const SeriesInfo& info = store.series(static_cast<SeriesId>(s));
        if (!seen[s] || store.str(info.name) != name)
            continue;
        if (store.str(store.service(store.resource(info.resource).service).name) != service)
            continue;
        if (!operation.empty()) {
            bool match = false;
            for (const auto& [k, v] : store.attributes(info.attributes))
                match = match || (store.str(k) == "operation" && store.str(v) == operation);
            if (!match)
                continue;
        }
        total += last[s];
    }
    return total;
}

inline std::size_t countEvents(const TelemetryStore& store, std::string_view kind, std::string_view service = {})
{
    std::size_t n = 0;
    const auto c = store.counts();
    for (std::size_t i = 0; i < c.events; ++i) {
        const EventRecord& e = store.event(i);
        if (store.str(e.kind) != kind)
            continue;
        if (!service.empty() && (e.service == kNoService || store.str(store.service(e.service).name) != service))
            continue;
        ++n;
    }
    return n;
}

// A fingerprint of everything stored, for determinism checks.
inline std::uint64_t digest(const TelemetryStore& store)
{
    std::uint64_t h = 1469598103934665603ull;
    auto mix = [&h](const void* p, std::size_t n) {
        const auto* b = static_cast<const unsigned char*>(p);
        for (std::size_t i = 0; i < n; ++i)
            h = (h ^ b[i]) * 1099511628211ull;
    };
    const auto c = store.counts();
    for (std::size_t i = 0; i < c.traces; ++i) {
        const TraceRecord& t = store.trace(static_cast<TraceIndex>(i));
        mix(&t.idHigh, 8);
        mix(&t.idLow, 8);
        mix(&t.start, 8);
        mix(&t.spanCount, 2);
    }
    for (std::size_t i = 0; i < c.spans; ++i) {
        const SpanRecord& s = store.span(i);
        mix(&s.durationUs, 4);
        mix(&s.startOffsetUs, 4);
        mix(&s.operation, 4);
        mix(&s.httpStatus, 2);
        mix(&s.parent, 2);
        mix(&s.resource, 4);
        mix(&s.error, 4);
    }
    for (std::size_t i = 0; i < c.logs; ++i) {
        const LogRecord& l = store.log(i);
        mix(&l.time, 8);
        mix(&l.templ, 4);
        mix(&l.trace, 4);
    }
    for (std::size_t i = 0; i < c.logs; ++i) {
        const std::string message = renderLogMessage(store, store.log(i));
        mix(message.data(), message.size());
    }
    for (std::size_t i = 0; i < c.points; ++i) {
        const MetricPoint& p = store.point(i);
        mix(&p.value, 8);
        mix(&p.series, 4);
        mix(&p.time, 8);
    }
    return h;
}

} // namespace kunren::test
