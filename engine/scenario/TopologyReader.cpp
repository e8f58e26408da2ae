#include "scenario/TopologyReader.h"

namespace kunren {

namespace {

CallSpec readCall(const FieldReader& r)
{
    CallSpec call;
    call.service = r.string("service");
    call.endpoint = r.string("endpoint");
    call.probability = r.number("probability", 1.0);
    call.timeout = r.duration("timeout", 0);
    call.retries = r.integer("retries", 0);
    call.onFailure = r.string("onFailure") == "degrade" ? CallSpec::OnFailure::Degrade : CallSpec::OnFailure::Fail;
    if (r.has("onMiss")) {
        const FieldReader miss = r.object("onMiss");
        call.onMiss = std::pair(miss.string("service"), miss.string("endpoint"));
    }
    return call;
}

EndpointSpec readEndpoint(const FieldReader& r)
{
    EndpointSpec e;
    e.name = r.string("name");
    const FieldReader latency = r.object("latency");
    e.latency.p50 = latency.duration("p50", e.latency.p50);
    e.latency.p99 = latency.duration("p99", std::max(e.latency.p99, e.latency.p50));
    e.errorRate = r.number("errorRate", e.errorRate);
    if (r.has("cpuPerRequest"))
        e.cpuPerRequest = toSeconds(r.duration("cpuPerRequest", fromSeconds(e.cpuPerRequest)));
    e.hitRatio = r.number("hitRatio", e.hitRatio);
    r.forEach("steps", [&](const FieldReader& step, std::size_t) {
        CallStep s;
        if (step.has("parallel")) {
            s.parallel = true;
            step.forEach("parallel", [&](const FieldReader& call, std::size_t) { s.calls.push_back(readCall(call)); });
        } else {
            s.calls.push_back(readCall(step.object("call")));
        }
        e.steps.push_back(std::move(s));
    });
    return e;
}

DeploymentSpec readDeployment(const FieldReader& r)
{
    DeploymentSpec d;
    d.replicas = r.integer("replicas", d.replicas);
    d.version = r.string("version", d.version);
    const FieldReader cpu = r.object("cpu");
    d.cpuRequest = cpu.number("request", d.cpuRequest);
    d.cpuLimit = cpu.number("limit", std::max(d.cpuLimit, d.cpuRequest));
    const FieldReader memory = r.object("memory");
    d.memoryRequest = memory.bytes("request", d.memoryRequest);
    d.memoryLimit = memory.bytes("limit", std::max(d.memoryLimit, d.memoryRequest));
    d.memoryBaseline = memory.bytes("baseline", std::min(d.memoryBaseline, d.memoryLimit));
    if (r.has("autoscaler")) {
        const FieldReader a = r.object("autoscaler");
        AutoscalerSpec as;
        as.minReplicas = a.integer("min", as.minReplicas);
        as.maxReplicas = a.integer("max", as.maxReplicas);
        as.targetCpu = a.number("targetCpu", as.targetCpu);
        d.autoscaler = as;
    }
    d.node = r.string("node");
    return d;
}

ResourceSpec readResource(const FieldReader& r)
{
    ResourceSpec res;
    res.system = r.string("system");
    res.maxConnections = r.integer("maxConnections", res.maxConnections);
    res.memory = r.bytes("memory", res.memory);
    res.rateLimit = r.number("rateLimit", res.rateLimit);
    res.consumers = r.integer("consumers", res.consumers);
    res.consumerRate = r.number("consumerRate", res.consumerRate);
    res.consumer = r.string("consumer");
    res.consumerEndpoint = r.string("consumerEndpoint");
    return res;
}

ScheduleSpec readSchedule(const FieldReader& r)
{
    ScheduleSpec s;
    s.every = r.duration("every", s.every);
    s.offset = r.duration("offset", s.offset);
    s.items = r.integer("items", s.items);
    s.itemsPerSecond = r.number("itemsPerSecond", s.itemsPerSecond);
    s.endpoint = r.string("endpoint");
    return s;
}

BackgroundError readError(const FieldReader& r)
{
    BackgroundError e;
    e.endpoint = r.string("endpoint");
    e.type = r.string("type");
    e.message = r.string("message");
    e.stack = r.strings("stack");
    e.rate = r.number("rate", e.rate);
    e.status = r.integer("status", e.status);
    return e;
}

LogTemplate readLog(const FieldReader& r)
{
    LogTemplate l;
    const std::string when = r.string("when", "request");
    l.when = when == "error"  ? LogTemplate::When::Error
             : when == "slow" ? LogTemplate::When::Slow
                              : LogTemplate::When::Request;
    l.endpoint = r.string("endpoint");
    l.level = r.string("level", l.level);
    l.text = r.string("text");
    l.probability = r.number("probability", l.probability);
    return l;
}

ServiceSpec readService(const FieldReader& r)
{
    ServiceSpec s;
    s.name = r.string("name");
    s.kind = serviceKindFromString(r.string("kind")).value_or(ServiceKind::Http);
    s.ns = r.string("namespace", s.ns);
    s.region = r.string("region");
    s.language = r.string("language", s.language);
    s.description = r.text("description");
    if (r.has("deployment"))
        s.deployment = readDeployment(r.object("deployment"));
    s.resource = readResource(r.object("resource"));
    if (r.has("schedule"))
        s.schedule = readSchedule(r.object("schedule"));
    r.forEach("endpoints", [&](const FieldReader& e, std::size_t) { s.endpoints.push_back(readEndpoint(e)); });
    r.forEach("errors", [&](const FieldReader& e, std::size_t) { s.errors.push_back(readError(e)); });
    r.forEach("logs", [&](const FieldReader& l, std::size_t) { s.logs.push_back(readLog(l)); });
    return s;
}

} // namespace

TrafficSpec readTraffic(const FieldReader& r)
{
    TrafficSpec t;
    r.forEach("entries", [&](const FieldReader& e, std::size_t) {
        t.entries.push_back({e.string("service"), e.string("endpoint"), e.number("rate", 1.0)});
    });
    if (const auto* attributes = r.member("attributes"); attributes && attributes->is_object()) {
        for (const auto& [key, values] : attributes->items()) {
            TrafficAttribute a;
            a.key = key;
            if (values.is_object())
                for (const auto& [value, weight] : values.items())
                    a.values.emplace_back(value, weight.is_number() ? weight.get<double>() : 0.0);
            t.attributes.push_back(std::move(a));
        }
    }
    const FieldReader daily = r.object("daily");
    t.peakHour = daily.number("peakHour", t.peakHour);
    t.dailyPeak = daily.number("peak", t.dailyPeak);
    t.dailyTrough = daily.number("trough", t.dailyTrough);
    return t;
}

Topology readTopology(const nlohmann::json& root, ValidationIssues& issues)
{
    const FieldReader r(root, std::string(), issues);
    Topology t;
    t.id = r.string("id");
    t.title = r.text("title");
    t.cluster = r.string("cluster", t.cluster);
    t.environment = r.string("environment", t.environment);
    r.forEach("services", [&](const FieldReader& s, std::size_t) { t.services.push_back(readService(s)); });
    t.traffic = readTraffic(r.object("traffic"));
    return t;
}

} // namespace kunren
