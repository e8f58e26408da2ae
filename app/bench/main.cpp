// kunren-bench: the performance figures (simulation, export, alerting, search vs SQLite FTS5). Kept out of
// the shipped kunren-cli, which then needs no SQLite FTS5 and no benchmark fixtures.
#include "Commands.h"

#include "AlertBench.h"
#include "Args.h"
#include "ExportBench.h"
#include "QueryBench.h"
#include "SimBench.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

namespace kunren::cli {

namespace {

// A positive count such as 10000000 or 1e6; false (and a message) when malformed.
bool parseCount(const Args& args, const char* flag, std::size_t& out)
{
    const auto text = args.value(flag);
    if (!text)
        return true;
    char* end = nullptr;
    errno = 0;
    const double v = std::strtod(text->c_str(), &end);
    if (text->empty() || *end != '\0' || errno != 0 || !(v >= 1) || v > 1e9) {
        std::fprintf(stderr, "kunren-bench: %s needs a count from 1 to 1e9, got '%s'\n", flag, text->c_str());
        return false;
    }
    out = static_cast<std::size_t>(v);
    return true;
}

int queryBench(const Args& args)
{
    QueryBenchOptions o;
    std::size_t reps = static_cast<std::size_t>(o.repetitions);
    if (!parseCount(args, "--logs", o.logs) || !parseCount(args, "--spans", o.spans) ||
        !parseCount(args, "--reps", reps) || !parseCount(args, "--trace-spans", o.bigTraceSpans))
        return kExitUsage;
    if (o.bigTraceSpans < 2 || o.bigTraceSpans > 60000) {
        std::fprintf(stderr, "kunren-bench: --trace-spans must be from 2 to 60000\n");
        return kExitUsage;
    }
    o.repetitions = static_cast<int>(std::min<std::size_t>(reps, 1000));
    o.fts = !args.has("--no-fts");
    if (const auto only = args.value("--only"))
        o.only = *only;
    if (args.has("--quick")) {
        o.logs = std::min<std::size_t>(o.logs, 1'000'000);
        o.spans = std::min<std::size_t>(o.spans, 500'000);
    }
    return runQueryBenchmark(o);
}

} // namespace

constexpr const char* kUsage = "usage: kunren-bench sim|export|alerts [--quick]\n"
                               "       kunren-bench query [--logs N] [--spans N] [--reps N] [--trace-spans N] "
                               "[--no-fts] [--quick] [--only TEXT]\n"
                               "Prints performance figures (medians and ratios) against the targets in docs/.\n";

int benchCommand(const std::vector<std::string>& argv)
{
    const Args args(argv, {"--logs", "--spans", "--reps", "--trace-spans", "--only"});
    if (args.has("--help") || args.has("-h")) {
        std::fputs(kUsage, stdout);
        return kExitOk;
    }
    if (!args.error().empty() || args.positionals().size() != 1) {
        std::fputs(kUsage, stderr);
        return kExitUsage;
    }
    const bool quick = args.has("--quick");
    const std::string& what = args.positionals().front();
    if (what == "sim")
        return runSimBenchmark(quick);
    if (what == "export")
        return runExportBenchmark(quick);
    if (what == "alerts")
        return runAlertBenchmark(quick);
    if (what == "query")
        return queryBench(args);
    std::fprintf(stderr, "kunren-bench: unknown benchmark '%s' (sim, export, alerts, query)\n", what.c_str());
    return kExitUsage;
}

} // namespace kunren::cli

int main(int argc, char** argv) { return kunren::cli::benchCommand(std::vector<std::string>(argv + 1, argv + argc)); }
