#include "SimBench.h"

#include "BenchStats.h"
#include "Commands.h"

#include "core/Duration.h"
#include "scenario/ScenarioLoader.h"
#include "sim/Simulator.h"

#include <cstdio>

namespace kunren::cli {

namespace {

std::shared_ptr<const Scenario> loadOrComplain(const char* id)
{
    const auto path = resolveScenario(id);
    if (!path) {
        std::fprintf(stderr, "bench: built-in scenario %s not found\n", id);
        return nullptr;
    }
    auto result = loadScenarioFile(*path);
    for (const auto& d : result.diagnostics)
        std::fprintf(stderr, "%s\n", d.format().c_str());
    return result.ok() ? result.value : nullptr;
}

// Every request traced, traffic scaled up so that span generation dominates the tick's fixed work.
int spanThroughput(bool quick)
{
    auto base = loadOrComplain("shop-slow-query");
    if (!base)
        return kExitUsage;
    auto heavy = std::make_shared<Scenario>(*base);
    for (auto& e : heavy->traffic.entries)
        e.rate *= 40.0;
    const SimDuration span = quick ? 20 * kSecond : 60 * kSecond;
    const int runs = quick ? 3 : 5;
    std::vector<double> rates;
    double bytesPerSpan = 0, spans = 0;
    for (int r = 0; r < runs; ++r) {
        SimOptions options;
        options.traceSampleRate = 1.0;
        Simulator sim(heavy, options);
        const auto start = std::chrono::steady_clock::now();
        sim.runUntil(span);
        const double wall = secondsSince(start);
        const auto c = sim.telemetry().counts();
        spans = static_cast<double>(c.spans);
        rates.push_back(spans / wall);
        bytesPerSpan = static_cast<double>(sim.telemetry().spanBytes()) / spans;
    }
    std::printf("sim.spans_per_second      %12.0f  (median of %d runs; %.0f spans each; target >= 2000000)\n",
                median(rates), runs, spans);
    std::printf("sim.bytes_per_span        %12.1f  (span + trace rows; target <= 64)\n", bytesPerSpan);
    return kExitOk;
}

int platformHour(bool quick)
{
    auto scenario = loadOrComplain("platform-bench");
    if (!scenario)
        return kExitUsage;
    const SimDuration until = quick ? 10 * kMinute : 60 * kMinute;
    int pods = 0;
    for (const auto& s : scenario->topology->services)
        pods += s.deployment ? s.deployment->replicas : 0;
    Simulator sim(scenario);
    const auto start = std::chrono::steady_clock::now();
    sim.runUntil(until);
    const double wall = secondsSince(start);
    const auto c = sim.telemetry().counts();
    std::uint64_t requests = 0;
    for (const auto& t : sim.totals())
        requests += t.requests;
    std::printf("platform.services         %12zu\n", scenario->topology->services.size());
    std::printf("platform.pods             %12d\n", pods);
    std::printf("platform.simulated        %12s\n", formatDuration(until).c_str());
    std::printf("platform.wall_seconds     %12.2f  (target <= 60 for 60m)\n", wall);
    std::printf("platform.speedup          %12.1fx (simulated / wall; target >= 60x)\n", toSeconds(until) / wall);
    std::printf("platform.requests         %12llu  (all walked; metrics count every one)\n",
                static_cast<unsigned long long>(requests));
    std::printf("platform.trace_sample     %12.4f\n", sim.traceSampleRate());
    std::printf("platform.spans_stored     %12zu\n", c.spans);
    std::printf("platform.logs             %12zu\n", c.logs);
    std::printf("platform.metric_points    %12zu\n", c.points + c.histogramPoints);
    return kExitOk;
}

} // namespace

int runSimBenchmark(bool quick)
{
    std::printf("# kunren-bench sim%s — one core, wall-clock medians\n", quick ? " --quick" : "");
    if (const int rc = spanThroughput(quick); rc != kExitOk)
        return rc;
    return platformHour(quick);
}

} // namespace kunren::cli
