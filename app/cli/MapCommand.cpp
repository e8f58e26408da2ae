// kunren-cli map: the service map of a simulated drill over a time window, as JSON.
#include "Commands.h"

#include "Args.h"
#include "SimulatedDrill.h"

#include "core/Duration.h"
#include "scenario/Topology.h"
#include "trace/ServiceMap.h"

#include <nlohmann/json.hpp>

#include <cstdio>

namespace kunren::cli {

namespace {

constexpr const char* kUsage =
    "usage: kunren-cli map SCENARIO [--seed N] [--until DURATION] [--from DURATION] [--to DURATION]\n";

// Rounded for people reading JSON; the map's figures are estimates anyway.
double round3(double v)
{
    return static_cast<double>(static_cast<long long>(v * 1000.0 + (v >= 0 ? 0.5 : -0.5))) / 1000.0;
}

std::optional<SimTime> timeOption(const Args& args, const char* flag, SimTime fallback, bool& ok)
{
    const auto text = args.value(flag);
    if (!text)
        return fallback;
    const auto d = parseDuration(*text);
    if (!d || *d < 0) {
        std::fprintf(stderr, "kunren-cli map: %s needs a duration such as 0s, 90s or 15m, got '%s'\n", flag,
                     text->c_str());
        ok = false;
        return std::nullopt;
    }
    return *d;
}

nlohmann::ordered_json mapJson(const ServiceMap& map)
{
    nlohmann::ordered_json j;
    j["fromUs"] = map.from;
    j["toUs"] = map.to;
    auto nodes = nlohmann::ordered_json::array();
    for (const MapNode& n : map.nodes) {
        nlohmann::ordered_json nj;
        nj["name"] = n.name;
        nj["kind"] = toString(static_cast<ServiceKind>(n.kind));
        nj["managed"] = n.managed;
        nj["requestRate"] = round3(n.requestRate);
        nj["errorRate"] = round3(n.errorRate);
        nj["p50Ms"] = round3(n.p50Ms);
        nj["p95Ms"] = round3(n.p95Ms);
        if (n.baselineP95Ms > 0.0)
            nj["baselineP95Ms"] = round3(n.baselineP95Ms);
        nj["health"] = nodeHealthName(n.health);
        if (!n.healthReason.empty())
            nj["healthReason"] = n.healthReason;
        nj["spans"] = n.spans;
        nodes.push_back(std::move(nj));
    }
    j["nodes"] = nodes;
    auto edges = nlohmann::ordered_json::array();
    for (const MapEdge& e : map.edges)
        edges.push_back({{"from", e.fromName},
                         {"to", e.toName},
                         {"requestRate", round3(e.requestRate)},
                         {"errorRate", round3(e.errorRate)},
                         {"p50Ms", round3(e.p50Ms)},
                         {"p95Ms", round3(e.p95Ms)},
                         {"spans", e.spans}});
    j["edges"] = edges;
    return j;
}

} // namespace

int mapCommand(const std::vector<std::string>& argv)
{
    const Args args(argv, {"--seed", "--until", "--from", "--to"});
    if (!args.error().empty() || args.positionals().size() != 1) {
        if (!args.error().empty())
            std::fprintf(stderr, "kunren-cli map: %s\n", args.error().c_str());
        std::fputs(kUsage, stderr);
        return kExitUsage;
    }
    bool ok = true;
    const auto fromArg = timeOption(args, "--from", 0, ok);
    const auto toArg = timeOption(args, "--to", -1, ok);
    if (!ok)
        return kExitUsage;
    int exitCode = kExitOk;
    auto drill = simulateFromArgs(args.positionals()[0], args, "map", exitCode);
    if (!drill)
        return exitCode;
    const TelemetryStore& store = drill->telemetry();
    const TelemetryCounts counts = store.counts();
    const SimTime from = *fromArg;
    const SimTime to = *toArg < 0 ? counts.time : *toArg;
    if (to <= from) {
        std::fprintf(stderr, "kunren-cli map: the window [--from, --to) is empty\n");
        return kExitUsage;
    }
    std::printf("%s\n", mapJson(buildServiceMap(store, counts, from, to)).dump(2).c_str());
    return kExitOk;
}

} // namespace kunren::cli
