#include "core/Duration.h"
#include "scenario/CallGraph.h"
#include "scenario/SemanticChecks.h"

#include <algorithm>

namespace kunren {

namespace {

using namespace checks;

// Variants each kind accepts in "mode"; the first is the default.
std::vector<std::string_view> modesOf(FaultKind kind)
{
    switch (kind) {
    case FaultKind::Network: return {"latency", "loss", "partition"};
    case FaultKind::BadDeploy: return {"errors", "latency"};
    case FaultKind::DependencyUnreachable: return {"refused", "dns"};
    case FaultKind::TracePropagation: return {"fragment", "orphan-parent"};
    default: return {};
    }
}

// Kinds whose magnitude is a fraction (a probability or a share of capacity).
bool magnitudeIsFraction(const FaultSpec& f)
{
    switch (f.kind) {
    case FaultKind::Errors:
    case FaultKind::BusinessErrors:
    case FaultKind::DbConnectionPool:
    case FaultKind::DbMemoryPressure:
    case FaultKind::CacheFailure:
    case FaultKind::ExternalRateLimit:
    case FaultKind::QueueConsumerLag: return true;
    case FaultKind::Network: return f.mode == "loss";
    default: return false;
    }
}

// The component kind a fault needs, for kinds that only make sense on one.
std::optional<ServiceKind> requiredKind(FaultKind kind)
{
    switch (kind) {
    case FaultKind::DbConnectionPool:
    case FaultKind::DbMemoryPressure: return ServiceKind::Database;
    case FaultKind::CacheFailure: return ServiceKind::Cache;
    case FaultKind::ExternalRateLimit: return ServiceKind::External;
    case FaultKind::QueueConsumerLag: return ServiceKind::Queue;
    default: return std::nullopt;
    }
}

bool needsDeployment(FaultKind kind)
{
    return kind == FaultKind::BadDeploy || kind == FaultKind::MemoryLeak || kind == FaultKind::CpuSaturation ||
           kind == FaultKind::DebugLogging;
}

void checkWindow(const Scenario& s, const FaultSpec& f, const std::string& p, ValidationIssues& issues)
{
    if (f.start >= s.duration)
        issues.push_back({p + "/start", "the fault starts at " + formatDuration(f.start) + ", after the drill ends (" +
                                            formatDuration(s.duration) + ")"});
    else if (f.duration > 0 && f.start + f.duration > s.duration)
        issues.push_back({p + "/duration", "the fault runs until " + formatDuration(f.start + f.duration) +
                                               ", after the drill ends (" + formatDuration(s.duration) + ")"});
    if (f.duration > 0 && f.ramp > f.duration)
        issues.push_back({p + "/ramp", "the ramp (" + formatDuration(f.ramp) + ") is longer than the fault (" +
                                           formatDuration(f.duration) + ")"});
}

void checkKind(const Scenario& s, const Topology& topology, const ServiceSpec& service, const FaultSpec& f,
               const std::string& p, ValidationIssues& issues)
{
    const std::string kind = toString(f.kind);
    if (const auto needed = requiredKind(f.kind); needed && service.kind != *needed)
        issues.push_back({p + "/service", withArticle(kind) + " fault needs " + withArticle(toString(*needed)) +
                                              ", and " + quoteText(service.name) + " is " +
                                              withArticle(toString(service.kind))});
    if (needsDeployment(f.kind) && !service.deployment)
        issues.push_back({p + "/service", withArticle(kind) + " fault needs a service with a deployment, and " +
                                              quoteText(service.name) + " has none"});
    if (f.kind == FaultKind::BadDeploy && f.version.empty())
        issues.push_back({p, "a bad-deploy fault needs \"version\", the version rolled out"});
    if (f.kind == FaultKind::Network || f.kind == FaultKind::DependencyUnreachable) {
        if (f.to.empty())
            issues.push_back({p, withArticle(kind) + " fault needs \"to\", the callee"});
        else if (const ServiceSpec* callee = topology.service(f.to); !callee)
            issues.push_back({p + "/to", unknownService(topology, f.to)});
        else if (!sendsWorkTo(service, f.to, CallEdges::Calls)) // an edge fault acts on calls, not on deliveries
            issues.push_back({p + "/to", quoteText(service.name) + " never calls " + quoteText(f.to) +
                                             ", so this fault would have no effect"});
    } else if (!f.to.empty()) {
        issues.push_back({p + "/to", "\"to\" only applies to network and dependency-unreachable faults"});
    }
    if (f.kind == FaultKind::TrafficSpike) {
        const bool entry = std::any_of(s.traffic.entries.begin(), s.traffic.entries.end(), [&](const TrafficEntry& e) {
            return e.service == f.service && (f.endpoint.empty() || e.endpoint == f.endpoint);
        });
        if (!entry)
            issues.push_back({p + "/service", "a traffic-spike fault must target an entry point of the traffic, and " +
                                                  quoteText(f.service) +
                                                  (f.endpoint.empty() ? "" : " " + quoteText(f.endpoint)) +
                                                  " receives no entry traffic"});
    }

    const auto modes = modesOf(f.kind);
    if (!f.mode.empty() && std::find(modes.begin(), modes.end(), f.mode) == modes.end()) {
        std::string list;
        for (auto m : modes)
            list += (list.empty() ? "" : ", ") + std::string(m);
        issues.push_back({p + "/mode", modes.empty() ? kind + " faults have no mode"
                                                     : "unknown mode " + quoteText(f.mode) + " for " + kind +
                                                           "; expected one of: " + list});
    }
    if (magnitudeIsFraction(f) && f.magnitude > 1.0)
        issues.push_back({p + "/magnitude",
                          "the magnitude of " + withArticle(kind) + (f.kind == FaultKind::Network ? " (loss)" : "") +
                              " fault is a fraction between 0 and 1, found " + nlohmann::json(f.magnitude).dump()});
}

void checkSlice(const Scenario& s, const FaultSpec& f, const std::string& p, ValidationIssues& issues)
{
    const std::string sp = p + "/slice";
    if (f.slice.attribute.empty()) {
        if (!f.slice.value.empty())
            issues.push_back({sp + "/value", "a slice value needs \"attribute\""});
        return;
    }
    const auto a = std::find_if(s.traffic.attributes.begin(), s.traffic.attributes.end(),
                                [&](const TrafficAttribute& t) { return t.key == f.slice.attribute; });
    if (a == s.traffic.attributes.end()) {
        issues.push_back({sp + "/attribute", "unknown traffic attribute " + quoteText(f.slice.attribute)});
        return;
    }
    if (f.slice.value.empty())
        issues.push_back({sp, "a slice by attribute needs \"value\""});
    else if (std::none_of(a->values.begin(), a->values.end(), [&](const auto& v) { return v.first == f.slice.value; }))
        issues.push_back(
            {sp + "/value", "attribute " + quoteText(f.slice.attribute) + " has no value " + quoteText(f.slice.value)});
}

} // namespace

void checkFaults(const Scenario& s, ValidationIssues& issues)
{
    if (!s.topology)
        return;
    const Topology& topology = *s.topology;
    for (std::size_t i = 0; i < s.faults.size(); ++i) {
        const FaultSpec& f = s.faults[i];
        const std::string p = childPointer("/faults", i);
        checkWindow(s, f, p, issues);
        if (const ServiceSpec* service = requireTarget(topology, f.service, f.endpoint, p + "/service", p + "/endpoint",
                                                       issues))
            checkKind(s, topology, *service, f, p, issues);
        if (!f.event.empty() &&
            std::none_of(s.events.begin(), s.events.end(), [&](const EventSpec& e) { return e.id == f.event; }))
            issues.push_back({p + "/event", "unknown event " + quoteText(f.event)});
        checkSlice(s, f, p, issues);
    }
}

} // namespace kunren
