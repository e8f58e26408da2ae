#include "SimulatedDrill.h"

#include "Commands.h"

#include "core/Duration.h"
#include "scenario/ScenarioLoader.h"

#include <cerrno>
#include <cstdio>
#include <cstdlib>

namespace kunren::cli {

std::optional<DrillRequest> drillFromArgs(const std::string& what, const Args& args, const char* command, int& exitCode)
{
    exitCode = kExitUsage;
    const auto path = resolveScenario(what);
    if (!path) {
        std::fprintf(stderr, "kunren-cli %s: no built-in scenario or file named '%s' (see kunren-cli list)\n", command,
                     what.c_str());
        return std::nullopt;
    }
    auto loaded = loadScenarioFile(*path);
    for (const auto& d : loaded.diagnostics)
        std::fprintf(stderr, "%s\n", d.format().c_str());
    if (!loaded.ok()) {
        exitCode = kExitInvalid;
        return std::nullopt;
    }
    SimOptions options;
    if (const auto seed = args.value("--seed")) {
        char* end = nullptr;
        errno = 0;
        const unsigned long long n = std::strtoull(seed->c_str(), &end, 10);
        if (seed->empty() || *end != '\0' || errno != 0 || (*seed)[0] == '-') {
            std::fprintf(stderr, "kunren-cli %s: --seed needs a whole number, got '%s'\n", command, seed->c_str());
            return std::nullopt;
        }
        options.seed = n;
    }
    SimDuration until = loaded.value->duration;
    if (const auto text = args.value("--until")) {
        const auto d = parseDuration(*text);
        if (!d || *d <= 0) {
            std::fprintf(stderr, "kunren-cli %s: --until needs a duration such as 90s, 15m or 1h30m, got '%s'\n",
                         command, text->c_str());
            return std::nullopt;
        }
        until = *d;
    }
    exitCode = kExitOk;
    return DrillRequest{loaded.value, options, until};
}

std::optional<SimulatedDrill> simulateFromArgs(const std::string& what, const Args& args, const char* command,
                                               int& exitCode)
{
    auto request = drillFromArgs(what, args, command, exitCode);
    if (!request)
        return std::nullopt;
    SimulatedDrill drill{request->scenario, std::make_unique<Simulator>(request->scenario, request->options)};
    drill.simulator->runUntil(request->until);
    return drill;
}

} // namespace kunren::cli
