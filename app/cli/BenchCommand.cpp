#include "Commands.h"

#include "AlertBench.h"
#include "Args.h"
#include "ExportBench.h"
#include "SimBench.h"

#include <cstdio>

namespace kunren::cli {

int benchCommand(const std::vector<std::string>& argv)
{
    const Args args(argv, {});
    if (!args.error().empty() || args.positionals().size() != 1) {
        std::fprintf(stderr, "usage: kunren-cli bench sim|export|alerts [--quick]\n");
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
    std::fprintf(stderr, "kunren-cli bench: unknown benchmark '%s' (sim, export, alerts)\n", what.c_str());
    return kExitUsage;
}

} // namespace kunren::cli
