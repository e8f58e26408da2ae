// kunren-cli errors: the issues error tracking finds in a simulated drill.
#include "Commands.h"

#include "Args.h"
#include "SimulatedDrill.h"

#include "alerting/KnownErrors.h"
#include "core/Duration.h"
#include "errors/ErrorTracker.h"
#include "export/JsonEscape.h"

#include <cstdio>
#include <string>

namespace kunren::cli {

namespace {

constexpr const char* kUsage = "usage: kunren-cli errors SCENARIO [--seed N] [--until DURATION] [--text]\n";

// Simulated time as h:mm:ss since the drill started.
std::string clock(SimTime t)
{
    const long long s = t / kSecond;
    char buf[32];
    std::snprintf(buf, sizeof buf, "%lld:%02lld:%02lld", s / 3600, (s / 60) % 60, s % 60);
    return buf;
}

std::string joined(const std::vector<std::string>& parts)
{
    std::string out;
    for (const auto& p : parts)
        out += (out.empty() ? "" : ",") + p;
    return out;
}

std::string jsonLine(const Issue& i, bool isNew)
{
    std::string j = "{\"id\":" + std::to_string(i.id) + ",\"state\":\"" + toString(i.state) + "\",\"service\":";
    appendJsonString(j, i.service);
    j += ",\"type\":";
    appendJsonString(j, i.type);
    j += ",\"title\":";
    appendJsonString(j, i.title);
    j += ",\"count\":" + std::to_string(i.count) + ",\"firstSeen\":\"" + clock(i.firstSeen) + "\",\"lastSeen\":\"" +
         clock(i.lastSeen) + "\",\"versions\":[";
    for (std::size_t k = 0; k < i.versions.size(); ++k) {
        if (k)
            j += ',';
        appendJsonString(j, i.versions[k]);
    }
    j += "],\"new\":";
    j += isNew ? "true" : "false";
    j += ",\"regression\":";
    j += i.regression ? "true" : "false";
    j += ",\"perMinute\":[";
    for (std::size_t k = 0; k < i.perMinute.size(); ++k)
        j += (k ? "," : "") + std::to_string(i.perMinute[k]);
    j += "]}";
    return j;
}

} // namespace

int errorsCommand(const std::vector<std::string>& argv)
{
    const Args args(argv, {"--seed", "--until"});
    if (!args.error().empty() || args.positionals().size() != 1) {
        if (!args.error().empty())
            std::fprintf(stderr, "kunren-cli errors: %s\n", args.error().c_str());
        std::fputs(kUsage, stderr);
        return kExitUsage;
    }
    int exitCode = kExitOk;
    auto drill = simulateFromArgs(args.positionals().front(), args, "errors", exitCode);
    if (!drill)
        return exitCode;
    // The errors of a normal day were grouped before the drill: never new (as the app and the monitors see it).
    const BaselineModel baseline(*drill->scenario);
    const KnownErrors known(*drill->scenario, baseline);
    ErrorTrackerOptions options;
    options.knownIssue = knownIssuePredicate(known);
    ErrorTracker tracker(drill->telemetry(), options);
    tracker.update();
    const SimTime now = tracker.now();
    if (args.has("--text")) {
        std::printf("%-4s %-10s %-18s %7s %-9s %-9s %-14s %s\n", "ID", "STATE", "SERVICE", "COUNT", "FIRST", "LAST",
                    "VERSIONS", "TYPE: TITLE");
        for (const Issue& i : tracker.issues()) {
            std::string badges;
            if (tracker.isNew(i, now))
                badges += "[new] ";
            if (i.regression)
                badges += "[regression] ";
            std::printf("%-4u %-10s %-18s %7llu %-9s %-9s %-14s %s%s: %s\n", i.id, toString(i.state), i.service.c_str(),
                        static_cast<unsigned long long>(i.count), clock(i.firstSeen).c_str(), clock(i.lastSeen).c_str(),
                        joined(i.versions).c_str(), badges.c_str(), i.type.c_str(), i.title.c_str());
        }
        return kExitOk;
    }
    for (const Issue& i : tracker.issues())
        std::printf("%s\n", jsonLine(i, tracker.isNew(i, now)).c_str());
    return kExitOk;
}

} // namespace kunren::cli
