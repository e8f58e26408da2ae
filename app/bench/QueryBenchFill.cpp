#include "QueryBenchFill.h"

#include "BenchStats.h"

#include "scenario/ScenarioLoader.h"
#include "trace/TraceLogs.h"

#include <algorithm>
#include <cstdio>

namespace kunren::cli {

namespace {

// platform-bench writes ~2 M logs and (at the default budget) ~18 M spans per simulated hour. The bench
// wants 10 M logs and 5 M spans in about one hour, so request logs become this much likelier (×5 gave
// ~5 M an hour; probabilities cap at 1) and the span budget shrinks; smaller counts simulate proportionally
// less time at the same rates.
constexpr double kRequestLogScale = 12.0;
constexpr double kLogsPerHour = 10e6;
constexpr double kSpansPerHour = 5e6;

std::shared_ptr<const Scenario> benchScenario(SimDuration until)
{
    const auto path = resolveScenario("platform-bench");
    if (!path) {
        std::fprintf(stderr, "bench query: built-in scenario platform-bench not found\n");
        return nullptr;
    }
    auto loaded = loadScenarioFile(*path);
    for (const auto& d : loaded.diagnostics)
        std::fprintf(stderr, "%s\n", d.format().c_str());
    if (!loaded.ok())
        return nullptr;
    auto topology = std::make_shared<Topology>(*loaded.value->topology);
    for (ServiceSpec& s : topology->services)
        for (LogTemplate& t : s.logs)
            if (t.when == LogTemplate::When::Request)
                t.probability = std::min(1.0, t.probability * kRequestLogScale);
    auto scenario = std::make_shared<Scenario>(*loaded.value);
    scenario->topology = topology;
    scenario->duration = std::max(scenario->duration, until);
    return scenario;
}

// The trace with the most spans among the last `window` traces: the template the big trace repeats.
TraceIndex widestRecentTrace(const TelemetryStore& store, const TelemetryCounts& c, std::size_t window)
{
    TraceIndex best = kNoTrace;
    for (std::size_t i = c.traces; i-- > (c.traces > window ? c.traces - window : 0);)
        if (best == kNoTrace || store.trace(static_cast<TraceIndex>(i)).spanCount > store.trace(best).spanCount)
            best = static_cast<TraceIndex>(i);
    return best;
}

// Appends one trace of `target` spans: the template's root, then copies of the template's other spans (with
// their logs) one after another, as a job that processes its items in one trace does.
TraceIndex appendFanOutTrace(TelemetryStore& store, std::size_t target)
{
    const TelemetryCounts c = store.counts();
    const TraceIndex templ = widestRecentTrace(store, c, 200000);
    if (templ == kNoTrace || store.trace(templ).spanCount < 2)
        return kNoTrace;
    const TraceRecord src = store.trace(templ);
    const std::size_t n = std::min<std::size_t>(src.spanCount, c.spans - src.firstSpan);
    std::uint32_t srcEnd = 0;
    for (std::size_t i = 1; i < n; ++i) {
        const SpanRecord& s = store.span(src.firstSpan + i);
        srcEnd = std::max(srcEnd, s.startOffsetUs + s.durationUs);
    }
    const std::vector<std::size_t> srcLogs = logsOfTrace(store, c, templ, src.start, src.start + srcEnd + kSecond);

    TraceRecord t = src;
    t.idHigh = 0x6b756e72656e0000ull; // "kunren"
    t.idLow = 0x00000000fa0500ffull;
    const std::size_t copies = (target - 1 + (n - 2)) / (n - 1);
    const std::uint32_t stride = std::max<std::uint32_t>(1000, static_cast<std::uint32_t>(15'000'000 / copies));
    t.start = std::max<SimTime>(0, c.time - 20 * kSecond - static_cast<SimTime>(stride) * static_cast<SimTime>(copies));
    const TraceIndex big = store.beginTrace(t);
    SpanRecord root = store.span(src.firstSpan);
    root.trace = big;
    root.parent = kNoParent;
    root.startOffsetUs = 0;
    root.durationUs = static_cast<std::uint32_t>(stride * copies + srcEnd);
    store.addSpan(root);

    std::vector<LogArg> args;
    std::size_t added = 1;
    for (std::size_t k = 0; k < copies && added < target; ++k) {
        const std::uint32_t shift = static_cast<std::uint32_t>(k * stride);
        const std::size_t base = added - 1; // template span i becomes span base + i (i ≥ 1)
        for (std::size_t i = 1; i < n && added < target; ++i) {
            SpanRecord s = store.span(src.firstSpan + i);
            s.trace = big;
            s.startOffsetUs += shift;
            if (s.parent != kNoParent && s.parent != 0)
                s.parent = static_cast<std::uint16_t>(base + s.parent);
            if (s.parent != kNoParent && s.parent >= added)
                continue; // its parent fell outside the copy; keep the trace whole
            store.addSpan(s);
            ++added;
        }
        for (const std::size_t row : srcLogs) {
            LogRecord l = store.log(row);
            if (l.span == kNoParent || l.span == 0 || base + l.span >= added)
                continue;
            args.clear();
            for (std::size_t a = 0; a < l.argCount; ++a)
                args.push_back(store.logArg(l.firstArg + a));
            l.trace = big;
            l.span = static_cast<std::uint16_t>(base + l.span);
            l.time = t.start + shift + (l.time - src.start);
            store.addLog(l, args);
        }
    }
    store.publish(c.time);
    return big;
}

} // namespace

QueryBenchStore fillQueryBenchStore(std::size_t logs, std::size_t spans, std::size_t bigTraceSpans)
{
    QueryBenchStore out;
    const double hours = std::max(
        {static_cast<double>(logs) / kLogsPerHour, static_cast<double>(spans) / kSpansPerHour, 5.0 / 60.0});
    const auto planned = static_cast<SimDuration>(hours * static_cast<double>(kHour));
    const auto scenario = benchScenario(planned);
    if (!scenario)
        return out;
    SimOptions options;
    options.autoSampleBudget = kSpansPerHour / 3600.0;
    const auto start = std::chrono::steady_clock::now();
    out.simulator = std::make_unique<Simulator>(scenario, options);
    Simulator& sim = *out.simulator;
    // Run on until both counts are reached (the rates are estimates), but not forever.
    while (sim.now() < 4 * planned) {
        const TelemetryCounts c = sim.telemetry().counts();
        if (c.logs >= logs && c.spans >= spans)
            break;
        sim.runUntil(sim.now() + 10 * kSecond);
    }
    out.bigTrace = appendFanOutTrace(sim.telemetryForAppend(), bigTraceSpans);
    out.fillSeconds = secondsSince(start);
    return out;
}

} // namespace kunren::cli
