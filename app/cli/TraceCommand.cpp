// kunren-cli trace: opens one trace of a simulated drill as a trainee would in an APM waterfall.
#include "Commands.h"

#include "Args.h"
#include "SimulatedDrill.h"

#include "trace/ServiceMap.h"
#include "trace/TraceAssembly.h"
#include "trace/TraceLookup.h"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <string>

namespace kunren::cli {

namespace {

constexpr const char* kUsage = "usage: kunren-cli trace SCENARIO [--seed N] [--until DURATION] [--text] TRACE_ID\n";

std::string hex16(std::uint64_t v)
{
    char text[17];
    std::snprintf(text, sizeof text, "%016llx", static_cast<unsigned long long>(v));
    return text;
}

const char* kindName(SpanKind k)
{
    switch (k) {
    case SpanKind::Server: return "server";
    case SpanKind::Client: return "client";
    case SpanKind::Producer: return "producer";
    case SpanKind::Consumer: return "consumer";
    case SpanKind::Internal: return "internal";
    case SpanKind::Unspecified: break;
    }
    return "unspecified";
}

const char* statusName(SpanStatus s) { return s == SpanStatus::Error ? "error" : s == SpanStatus::Ok ? "ok" : "unset"; }

const char* severityName(Severity s)
{
    const auto n = static_cast<int>(s);
    return n >= 21 ? "fatal" : n >= 17 ? "error" : n >= 13 ? "warn" : n >= 9 ? "info" : n >= 5 ? "debug" : "trace";
}

nlohmann::ordered_json spanJson(const AssembledTrace& t, const AssembledSpan& s)
{
    nlohmann::ordered_json j;
    j["spanId"] = hex16(s.spanId);
    j["parentId"] = s.parent == kNoParent ? nlohmann::ordered_json()
                                          : nlohmann::ordered_json(hex16(t.span(s.parent).spanId));
    j["depth"] = s.depth;
    j["service"] = s.serviceName;
    j["name"] = s.name;
    j["kind"] = kindName(s.kind);
    if (!s.peerName.empty())
        j["peer"] = s.peerName;
    j["startUs"] = s.startUs;
    j["durationUs"] = s.endUs - s.startUs;
    j["selfUs"] = s.selfUs;
    j["status"] = statusName(s.status);
    if (s.httpStatus)
        j["httpStatus"] = s.httpStatus;
    j["criticalPath"] = s.onCriticalPath;
    if (!s.pod.empty())
        j["pod"] = s.pod;
    if (!s.version.empty())
        j["version"] = s.version;
    auto flags = nlohmann::ordered_json::array();
    if (s.flags & SpanFlags::ParentMissing)
        flags.push_back("parent-missing");
    if (s.flags & SpanFlags::TagsDropped)
        flags.push_back("tags-dropped");
    if (s.flags & SpanFlags::Retry)
        flags.push_back("retry");
    j["flags"] = flags;
    if (!s.errorType.empty() || !s.errorMessage.empty())
        j["error"] = {{"type", s.errorType}, {"message", s.errorMessage}};
    auto tags = nlohmann::ordered_json::object();
    for (const SpanTag& tag : spanTags(t, s))
        tags[std::string(tag.key)] = tag.value;
    j["tags"] = tags;
    auto logs = nlohmann::ordered_json::array();
    for (const LinkedLog& l : s.logs) {
        nlohmann::ordered_json lj{{"timeUs", l.time}, {"severity", severityName(l.severity)}, {"message", l.message}};
        if (!l.errorType.empty())
            lj["errorType"] = l.errorType;
        logs.push_back(std::move(lj));
    }
    j["logs"] = logs;
    return j;
}

nlohmann::ordered_json traceJson(const AssembledTrace& t)
{
    nlohmann::ordered_json j;
    j["traceId"] = formatTraceId(t.id);
    j["startUs"] = t.start;
    j["durationUs"] = t.durationUs;
    j["weight"] = t.weight;
    j["spanCount"] = t.spans.size();
    j["errorSpans"] = t.errorSpans;
    auto attributes = nlohmann::ordered_json::object();
    for (const SpanTag& a : t.attributes)
        attributes[std::string(a.key)] = a.value;
    j["attributes"] = attributes;
    auto issues = nlohmann::ordered_json::array();
    for (const PropagationIssue& i : t.issues)
        issues.push_back(
            {{"kind", propagationIssueName(i.kind)}, {"spanId", hex16(t.span(i.span).spanId)}, {"detail", i.detail}});
    j["propagationIssues"] = issues;
    auto path = nlohmann::ordered_json::array();
    for (std::uint16_t i : t.criticalPath)
        path.push_back(hex16(t.span(i).spanId));
    j["criticalPath"] = path;
    auto spans = nlohmann::ordered_json::array();
    for (const AssembledSpan& s : t.spans)
        spans.push_back(spanJson(t, s));
    j["spans"] = spans;
    return j;
}

// Markers: '*' on the critical path, '!' failed, '?' a propagation warning points at this span.
void printWaterfall(const AssembledTrace& t)
{
    std::vector<char> warned(t.positionOf.size(), 0);
    for (const PropagationIssue& i : t.issues)
        warned[i.span] = 1;
    std::printf("trace %s  %zu spans  %.3f ms  %zu error span(s)\n", formatTraceId(t.id).c_str(), t.spans.size(),
                t.durationUs / 1000.0, t.errorSpans);
    std::printf("%12s %12s     service / name\n", "offset ms", "duration ms");
    for (const AssembledSpan& s : t.spans) {
        std::string status = statusName(s.status);
        if (s.httpStatus)
            status += " " + std::to_string(s.httpStatus);
        const std::string peer = s.peerName.empty() ? std::string() : " -> " + std::string(s.peerName);
        std::printf("%12.3f %12.3f %c%c%c %*s%.*s%s  %.*s  [%s]", s.startUs / 1000.0, (s.endUs - s.startUs) / 1000.0,
                    s.onCriticalPath ? '*' : ' ', s.status == SpanStatus::Error ? '!' : ' ',
                    warned[s.indexInTrace] ? '?' : ' ', s.depth * 2, "", static_cast<int>(s.serviceName.size()),
                    s.serviceName.data(), peer.c_str(), static_cast<int>(s.name.size()), s.name.data(), status.c_str());
        if (!s.errorType.empty())
            std::printf("  %.*s: %.*s", static_cast<int>(s.errorType.size()), s.errorType.data(),
                        static_cast<int>(s.errorMessage.size()), s.errorMessage.data());
        std::printf("\n");
        for (const LinkedLog& l : s.logs)
            std::printf("%12s %12s     %*s  log %s: %s\n", "", "", s.depth * 2, "", severityName(l.severity),
                        l.message.c_str());
    }
    for (const PropagationIssue& i : t.issues)
        std::printf("warning: %s: %s\n", std::string(propagationIssueName(i.kind)).c_str(), i.detail.c_str());
}

} // namespace

int traceCommand(const std::vector<std::string>& argv)
{
    const Args args(argv, {"--seed", "--until"});
    if (!args.error().empty() || args.positionals().size() != 2) {
        if (!args.error().empty())
            std::fprintf(stderr, "kunren-cli trace: %s\n", args.error().c_str());
        std::fputs(kUsage, stderr);
        return kExitUsage;
    }
    const std::string& idText = args.positionals()[1];
    if (!parseTraceId(idText)) {
        std::fprintf(stderr, "kunren-cli trace: '%s' is not a trace id (up to 32 hex digits)\n", idText.c_str());
        return kExitUsage;
    }
    int exitCode = kExitOk;
    auto drill = simulateFromArgs(args.positionals()[0], args, "trace", exitCode);
    if (!drill)
        return exitCode;
    const TelemetryStore& store = drill->telemetry();
    const TelemetryCounts counts = store.counts();
    TraceLookup lookup;
    lookup.catchUp(store, counts);
    const auto index = lookup.find(std::string_view(idText));
    if (!index) {
        std::fprintf(stderr,
                     "kunren-cli trace: no trace %s in %s up to %.0f s (seed %llu); it may not have been sampled, "
                     "or it starts later than --until\n",
                     idText.c_str(), drill->scenario->id.c_str(), static_cast<double>(counts.time) / 1e6,
                     static_cast<unsigned long long>(drill->simulator->seed()));
        return kExitInvalid;
    }
    // The drill's own service map says which services are normally called, to spot split-off traces.
    AssembleOptions options;
    options.calledServices = buildServiceMap(store, counts, 0, counts.time, {.baseline = false}).calledServices();
    LogTimeIndex logIndex;
    logIndex.catchUp(store, counts);
    options.logIndex = &logIndex;
    const auto trace = assembleTrace(store, counts, *index, options);
    if (!trace)
        return kExitInvalid;
    if (args.has("--text"))
        printWaterfall(*trace);
    else
        std::printf("%s\n", traceJson(*trace).dump(2).c_str());
    return kExitOk;
}

} // namespace kunren::cli
