#include "core/Duration.h"
#include "core/EditDistance.h"
#include "scenario/SemanticChecks.h"
#include "semconv/AttributeKeys.h"

#include <algorithm>

namespace kunren {

namespace checks {

std::string existing(const nlohmann::json& root, const std::string& preferred, const std::string& fallback)
{
    try {
        return root.contains(nlohmann::json::json_pointer(preferred)) ? preferred : fallback;
    } catch (const nlohmann::json::exception&) {
        return fallback;
    }
}

namespace {

// "; did you mean "x"?" for a near miss among `names`.
template <typename Names> std::string didYouMean(std::string_view name, const Names& names)
{
    if (name.size() > 100)
        return {};
    std::string best;
    std::size_t bestDistance = std::max<std::size_t>(2, name.size() / 4) + 1;
    for (const auto& candidate : names) {
        const std::string_view c = candidate;
        if (c.size() > 100)
            continue;
        const std::size_t d = editDistance(name, c);
        if (d < bestDistance) {
            bestDistance = d;
            best = std::string(c);
        }
    }
    return best.empty() ? std::string() : "; did you mean " + quoteText(best) + "?";
}

} // namespace

std::string withArticle(std::string_view word)
{
    const bool vowel = !word.empty() && std::string_view("aeiou").find(word.front()) != std::string_view::npos;
    return (vowel ? "an " : "a ") + std::string(word);
}

std::string unknownService(const Topology& topology, std::string_view name)
{
    std::vector<std::string_view> names;
    for (const auto& s : topology.services)
        names.push_back(s.name);
    return "unknown service " + quoteText(name) + didYouMean(name, names);
}

std::string unknownEndpoint(const ServiceSpec& service, std::string_view endpoint)
{
    std::vector<std::string_view> names;
    std::string list;
    for (const auto& e : service.endpoints) {
        names.push_back(e.name);
        if (names.size() <= 8)
            list += (list.empty() ? "" : ", ") + quoteText(e.name);
    }
    if (names.size() > 8)
        list += ", …";
    return "service " + quoteText(service.name) + " has no endpoint " + quoteText(endpoint) +
           (list.empty() ? " (it has no endpoints)" : " (its endpoints: " + list + ")");
}

const ServiceSpec* requireTarget(const Topology& topology, std::string_view service, std::string_view endpoint,
                                 const std::string& servicePointer, const std::string& endpointPointer,
                                 ValidationIssues& issues)
{
    const ServiceSpec* s = topology.service(service);
    if (!s) {
        issues.push_back({servicePointer, unknownService(topology, service)});
        return nullptr;
    }
    if (!endpoint.empty() && !topology.endpoint(service, endpoint))
        issues.push_back({endpointPointer, unknownEndpoint(*s, endpoint)});
    return s;
}

std::string callPointer(const std::string& endpointPointer, std::size_t step, const CallStep& s, std::size_t call)
{
    const std::string stepPointer = childPointer(childPointer(endpointPointer, "steps"), step);
    return s.parallel ? childPointer(childPointer(stepPointer, "parallel"), call) : childPointer(stepPointer, "call");
}

} // namespace checks

namespace {

using namespace checks;

void checkCalls(const Topology& topology, const EndpointSpec& endpoint, const std::string& pointer,
                ValidationIssues& issues)
{
    for (std::size_t k = 0; k < endpoint.steps.size(); ++k) {
        const CallStep& step = endpoint.steps[k];
        for (std::size_t c = 0; c < step.calls.size(); ++c) {
            const CallSpec& call = step.calls[c];
            const std::string p = callPointer(pointer, k, step, c);
            const ServiceSpec* callee = requireTarget(topology, call.service, call.endpoint, childPointer(p, "service"),
                                                      childPointer(p, "endpoint"), issues);
            if (!call.onMiss)
                continue;
            const std::string miss = childPointer(p, "onMiss");
            if (callee && callee->kind != ServiceKind::Cache)
                issues.push_back({miss, "onMiss only applies to calls to a cache, and " + quoteText(callee->name) +
                                            " is " + withArticle(toString(callee->kind))});
            requireTarget(topology, call.onMiss->first, call.onMiss->second, childPointer(miss, "service"),
                          childPointer(miss, "endpoint"), issues);
        }
    }
}

void checkDeployment(const ServiceSpec& s, const nlohmann::json& root, const std::string& pointer,
                     ValidationIssues& issues)
{
    if (!s.deployment)
        return;
    const DeploymentSpec& d = *s.deployment;
    const std::string dp = childPointer(pointer, "deployment");
    if (d.cpuRequest > d.cpuLimit)
        issues.push_back({existing(root, dp + "/cpu/request", dp + "/cpu"),
                          "CPU request (" + nlohmann::json(d.cpuRequest).dump() + ") is above the limit (" +
                              nlohmann::json(d.cpuLimit).dump() + ")"});
    if (d.memoryRequest > d.memoryLimit)
        issues.push_back({existing(root, dp + "/memory/request", dp + "/memory"),
                          "memory request (" + std::to_string(d.memoryRequest) + " bytes) is above the limit (" +
                              std::to_string(d.memoryLimit) + " bytes)"});
    if (d.memoryBaseline > d.memoryLimit)
        issues.push_back({existing(root, dp + "/memory/baseline", dp + "/memory"),
                          "memory baseline (" + std::to_string(d.memoryBaseline) + " bytes) is above the limit (" +
                              std::to_string(d.memoryLimit) + " bytes): the pods would be OOMKilled at once"});
    if (d.autoscaler) {
        const AutoscalerSpec& a = *d.autoscaler;
        if (a.minReplicas > a.maxReplicas)
            issues.push_back({dp + "/autoscaler/min", "autoscaler min (" + std::to_string(a.minReplicas) +
                                                          ") is greater than max (" + std::to_string(a.maxReplicas) +
                                                          ")"});
        else if (d.replicas < a.minReplicas || d.replicas > a.maxReplicas)
            issues.push_back({existing(root, dp + "/replicas", dp + "/autoscaler"),
                              "replicas (" + std::to_string(d.replicas) + ") must be within the autoscaler's range [" +
                                  std::to_string(a.minReplicas) + ", " + std::to_string(a.maxReplicas) + "]"});
    }
}

void checkResource(const Topology& topology, const ServiceSpec& s, const std::string& pointer, ValidationIssues& issues)
{
    const ResourceSpec& r = s.resource;
    const std::string rp = childPointer(pointer, "resource");
    if (s.kind != ServiceKind::Queue) {
        if (!r.consumer.empty())
            issues.push_back({rp + "/consumer", "only queues have consumers, and " + quoteText(s.name) + " is " +
                                                    withArticle(toString(s.kind))});
        return;
    }
    if (r.consumer.empty()) {
        if (!r.consumerEndpoint.empty())
            issues.push_back({rp + "/consumerEndpoint", "consumerEndpoint needs \"consumer\" (the worker service)"});
        return;
    }
    const ServiceSpec* worker = topology.service(r.consumer);
    if (!worker) {
        issues.push_back({rp + "/consumer", unknownService(topology, r.consumer)});
        return;
    }
    if (worker->kind != ServiceKind::Worker)
        issues.push_back({rp + "/consumer", "the consumer of a queue must be a worker service, and " +
                                                quoteText(worker->name) + " is " +
                                                withArticle(toString(worker->kind))});
    if (r.consumerEndpoint.empty())
        issues.push_back({rp, "missing \"consumerEndpoint\": the endpoint of " + quoteText(worker->name) +
                                  " that processes the messages"});
    else if (!topology.endpoint(r.consumer, r.consumerEndpoint))
        issues.push_back({rp + "/consumerEndpoint", unknownEndpoint(*worker, r.consumerEndpoint)});
}

void checkService(const Topology& topology, const ServiceSpec& s, const nlohmann::json& root,
                  const std::string& pointer, ValidationIssues& issues)
{
    const std::string endpointsPointer = childPointer(pointer, "endpoints");
    checkUnique(
        s.endpoints, "endpoint", [](const EndpointSpec& e) { return e.name; },
        [&](std::size_t j) { return childPointer(childPointer(endpointsPointer, j), "name"); }, issues);
    for (std::size_t j = 0; j < s.endpoints.size(); ++j) {
        const EndpointSpec& e = s.endpoints[j];
        const std::string ep = childPointer(endpointsPointer, j);
        if (e.latency.p99 < e.latency.p50)
            issues.push_back(
                {existing(root, ep + "/latency/p99", ep + "/latency"),
                 "p99 (" + formatDuration(e.latency.p99) + ") is below p50 (" + formatDuration(e.latency.p50) + ")"});
        checkCalls(topology, e, ep, issues);
    }
    checkDeployment(s, root, pointer, issues);
    checkResource(topology, s, pointer, issues);

    if (s.kind == ServiceKind::Batch && !s.schedule)
        issues.push_back({pointer, "a batch service needs a \"schedule\" (its work comes from it, not from callers)"});
    if (s.schedule) {
        if (s.kind != ServiceKind::Batch)
            issues.push_back({childPointer(pointer, "schedule"), "only batch services have a schedule, and " +
                                                                     quoteText(s.name) + " is " +
                                                                     withArticle(toString(s.kind))});
        else if (!topology.endpoint(s.name, s.schedule->endpoint))
            issues.push_back(
                {childPointer(pointer, "schedule") + "/endpoint", unknownEndpoint(s, s.schedule->endpoint)});
        if (s.schedule->every <= 0)
            issues.push_back(
                {existing(root, childPointer(pointer, "schedule") + "/every", childPointer(pointer, "schedule")),
                 "the interval between runs must be greater than 0"});
    }
    for (std::size_t k = 0; k < s.errors.size(); ++k)
        if (!s.errors[k].endpoint.empty() && !topology.endpoint(s.name, s.errors[k].endpoint))
            issues.push_back({childPointer(childPointer(pointer, "errors"), k) + "/endpoint",
                              unknownEndpoint(s, s.errors[k].endpoint)});
    for (std::size_t k = 0; k < s.logs.size(); ++k)
        if (!s.logs[k].endpoint.empty() && !topology.endpoint(s.name, s.logs[k].endpoint))
            issues.push_back(
                {childPointer(childPointer(pointer, "logs"), k) + "/endpoint", unknownEndpoint(s, s.logs[k].endpoint)});
}

} // namespace

void checkTraffic(const TrafficSpec& traffic, const Topology& topology, const nlohmann::json& root,
                  const std::string& base, ValidationIssues& issues)
{
    for (std::size_t i = 0; i < traffic.entries.size(); ++i) {
        const TrafficEntry& e = traffic.entries[i];
        const std::string p = childPointer(base + "/entries", i);
        requireTarget(topology, e.service, e.endpoint, p + "/service", p + "/endpoint", issues);
    }
    for (const TrafficAttribute& a : traffic.attributes) {
        double sum = 0;
        for (const auto& [value, weight] : a.values)
            sum += weight;
        if (!(sum > 0))
            issues.push_back({childPointer(base + "/attributes", a.key),
                              "the weights of attribute " + quoteText(a.key) + " must add up to more than 0"});
        // The search answers these keys from the operation, the outcome or the resource (engine/semconv):
        // a request attribute by such a name would be exported but never found.
        if (semconv::resolveSpanKey(a.key).source != semconv::KeySource::Record ||
            semconv::resolveLogKey(a.key).source != semconv::KeySource::Record)
            issues.push_back({childPointer(base + "/attributes", a.key),
                              "attribute " + quoteText(a.key) +
                                  " is a name Kunren derives itself from the spans (OpenTelemetry's); name the "
                                  "request attribute differently, e.g. " +
                                  quoteText("app." + a.key)});
    }
    if (traffic.dailyTrough > traffic.dailyPeak)
        issues.push_back({existing(root, base + "/daily/trough", base + "/daily"),
                          "the daily trough (" + nlohmann::json(traffic.dailyTrough).dump() + ") is above the peak (" +
                              nlohmann::json(traffic.dailyPeak).dump() + ")"});
}

void checkTopology(const Topology& topology, const nlohmann::json& root, ValidationIssues& issues)
{
    checkUnique(
        topology.services, "service", [](const ServiceSpec& s) { return s.name; },
        [](std::size_t i) { return childPointer("/services", i) + "/name"; }, issues);
    for (std::size_t i = 0; i < topology.services.size(); ++i)
        checkService(topology, topology.services[i], root, childPointer("/services", i), issues);
    checkTraffic(topology.traffic, topology, root, "/traffic", issues);
    checkCallGraph(topology, issues);
}

} // namespace kunren
