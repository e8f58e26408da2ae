#include "Commands.h"

#include "Args.h"
#include "SimulatedDrill.h"

#include "core/Duration.h"
#include "export/OtlpJsonWriter.h"
#include "export/RunSummary.h"
#include "session/DrillSession.h"
#include "sim/Simulator.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <memory>

namespace kunren::cli {

namespace {

constexpr const char* kUsage = "usage: kunren-cli run SCENARIO [--seed N] [--until DURATION] [--out DIR]\n";

struct FileCloser
{
    void operator()(std::FILE* f) const { std::fclose(f); }
};
using File = std::unique_ptr<std::FILE, FileCloser>;

// The three OTLP files of a run, appended to as the simulation advances.
struct OtlpFiles
{
    std::filesystem::path dir;
    File traces, logs, metrics;

    bool open(std::string& error)
    {
        for (auto [file, name] :
             {std::pair{&traces, "traces.jsonl"}, {&logs, "logs.jsonl"}, {&metrics, "metrics.jsonl"}}) {
            file->reset(std::fopen((dir / name).c_str(), "wb"));
            if (!*file) {
                error = (dir / name).string() + ": " + std::strerror(errno);
                return false;
            }
        }
        return true;
    }
};

bool report(const WriteResult& r, const std::filesystem::path& file)
{
    if (r.ok())
        return true;
    std::fprintf(stderr, "kunren-cli: writing %s failed: %s\n", file.c_str(), r.error.c_str());
    return false;
}

} // namespace

int runCommand(const std::vector<std::string>& argv)
{
    const Args args(argv, {"--seed", "--until", "--out"});
    if (!args.error().empty() || args.positionals().size() != 1) {
        if (!args.error().empty())
            std::fprintf(stderr, "kunren-cli run: %s\n", args.error().c_str());
        std::fputs(kUsage, stderr);
        return kExitUsage;
    }
    int exitCode = kExitOk;
    const auto request = drillFromArgs(args.positionals().front(), args, "run", exitCode);
    if (!request)
        return exitCode;
    const Scenario& scenario = *request->scenario;
    const SimOptions& options = request->options;
    const SimDuration until = request->until;

    OtlpFiles files;
    files.dir = args.value("--out").value_or(scenario.id + "-seed" +
                                             std::to_string(options.seed.value_or(scenario.seed)));
    std::error_code ec;
    std::filesystem::create_directories(files.dir, ec);
    std::string error;
    if (ec || !files.open(error)) {
        std::fprintf(stderr, "kunren-cli run: cannot write to %s: %s\n", files.dir.c_str(),
                     ec ? ec.message().c_str() : error.c_str());
        return kExitUsage;
    }

    DrillSession session(request->scenario, options);
    for (const std::string& p : session.alerts().problems())
        std::fprintf(stderr, "kunren-cli run: %s\n", p.c_str());
    Simulator& sim = session.simulator();
    OtlpExportOptions exportOptions;
    exportOptions.startsAtUnixNanos = scenario.startsAtUnixNanos;
    OtlpJsonWriter writer(sim.telemetry(), exportOptions);

    // Stream a simulated minute at a time so memory for serialisation stays small and a full disk
    // is noticed at once rather than after the whole run.
    TelemetryCounts written;
    while (sim.now() < until) {
        session.runUntil(std::min(until, sim.now() + kMinute));
        const TelemetryCounts now = sim.telemetry().counts();
        if (!report(writer.writeTraces(files.traces.get(), written, now), files.dir / "traces.jsonl") ||
            !report(writer.writeLogs(files.logs.get(), written, now), files.dir / "logs.jsonl") ||
            !report(writer.writeMetrics(files.metrics.get(), written, now), files.dir / "metrics.jsonl"))
            return kExitUsage;
        written = now;
    }
    for (auto [file, name] :
         {std::pair{&files.traces, "traces.jsonl"}, {&files.logs, "logs.jsonl"}, {&files.metrics, "metrics.jsonl"}}) {
        if (std::fflush(file->get()) != 0 || std::ferror(file->get())) {
            std::fprintf(stderr, "kunren-cli: writing %s failed: %s\n", (files.dir / name).c_str(),
                         std::strerror(errno));
            return kExitUsage;
        }
    }

    const auto summaryPath = files.dir / "summary.json";
    std::ofstream summary(summaryPath);
    summary << runSummary(session).dump(2) << '\n';
    summary.flush();
    if (!summary) {
        std::fprintf(stderr, "kunren-cli: writing %s failed\n", summaryPath.c_str());
        return kExitUsage;
    }
    const TelemetryCounts c = sim.telemetry().counts();
    std::printf("%s (seed %llu): simulated %s — %zu traces, %zu spans, %zu logs, %zu metric points, %zu events → %s\n",
                scenario.id.c_str(), static_cast<unsigned long long>(sim.seed()), formatDuration(sim.now()).c_str(),
                c.traces, c.spans, c.logs, c.points + c.histogramPoints, c.events, files.dir.c_str());
    return kExitOk;
}

} // namespace kunren::cli
