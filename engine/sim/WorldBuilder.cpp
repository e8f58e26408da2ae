#include "sim/WorldBuilder.h"

#include "sim/Fleet.h"
#include "sim/World.h"

#include <algorithm>
#include <functional>
#include <map>

namespace kunren {

int World::serviceIndex(std::string_view name) const
{
    for (std::size_t i = 0; i < services.size(); ++i)
        if (services[i].spec->name == name)
            return static_cast<int>(i);
    return -1;
}

int World::endpointIndex(int service, std::string_view name) const
{
    if (service < 0)
        return -1;
    for (int ei : services[static_cast<std::size_t>(service)].endpoints)
        if (endpoints[static_cast<std::size_t>(ei)].spec->name == name)
            return ei;
    return -1;
}

namespace {

bool isManaged(ServiceKind k)
{
    return k == ServiceKind::Database || k == ServiceKind::Cache || k == ServiceKind::Queue ||
           k == ServiceKind::External;
}

SpanKind serverKind(ServiceKind k)
{
    switch (k) {
    case ServiceKind::Worker: return SpanKind::Consumer;
    case ServiceKind::Batch: return SpanKind::Internal;
    default: return SpanKind::Server;
    }
}

// "GET /api/orders" → method GET, route /api/orders; "SELECT orders" → operation SELECT, collection orders.
std::pair<std::string, std::string> splitName(const std::string& name)
{
    const auto space = name.find(' ');
    if (space == std::string::npos)
        return {{}, name};
    return {name.substr(0, space), name.substr(space + 1)};
}

OperationInfo describeOperation(World& w, ServiceIndex recorder, const ServiceRt& target, const EndpointSpec& ep,
                                SpanKind kind)
{
    OperationInfo op;
    op.service = recorder;
    op.peer = kind == SpanKind::Client || kind == SpanKind::Producer ? target.index : kNoService;
    op.kind = kind;
    op.name = w.intern(ep.name);
    const auto [first, rest] = splitName(ep.name);
    switch (target.spec->kind) {
    case ServiceKind::Database: {
        op.dbOperation = w.intern(first);
        op.dbCollection = w.intern(rest);
        std::string query = first == "SELECT"   ? "SELECT * FROM " + rest + " WHERE id = $1"
                            : first == "INSERT" ? "INSERT INTO " + rest + " VALUES ($1, $2, $3)"
                            : first == "UPDATE" ? "UPDATE " + rest + " SET status = $1 WHERE id = $2"
                            : first == "DELETE" ? "DELETE FROM " + rest + " WHERE id = $1"
                                                : ep.name;
        op.dbQueryText = w.intern(query);
        break;
    }
    case ServiceKind::Cache:
        op.dbOperation = w.intern(first);
        op.dbCollection = w.intern(rest);
        break;
    case ServiceKind::Queue: op.destination = w.intern(rest); break;
    default:
        op.method = w.intern(first);
        op.route = w.intern(rest);
        break;
    }
    if (target.spec->kind == ServiceKind::Worker) {
        op.destination = w.intern(rest);
        op.method = kNoString;
        op.route = kNoString;
    }
    return op;
}

void buildServices(World& w)
{
    const Topology& topo = *w.scenario->topology;
    w.store.setDeployment({topo.environment, topo.cluster});
    w.services.resize(topo.services.size());
    for (std::size_t i = 0; i < topo.services.size(); ++i) {
        const ServiceSpec& spec = topo.services[i];
        ServiceRt& s = w.services[i];
        s.spec = &spec;
        s.rng = Rng::forEntity(w.seed, "service/" + spec.name);
        s.fleetRng = Rng::forEntity(w.seed, "fleet/" + spec.name);
        s.networkRng = Rng::forEntity(w.seed, "network/" + spec.name);
        ServiceInfo info;
        info.name = w.intern(spec.name);
        info.ns = w.intern(spec.ns);
        info.system = w.intern(spec.resource.system);
        info.kind = static_cast<std::uint8_t>(spec.kind);
        s.index = w.store.addService(info);
        s.serviceResource = w.store.addResource({s.index, kNoString,
                                                 w.intern(spec.deployment ? spec.deployment->version : ""), kNoString,
                                                 w.intern(spec.region)});
        for (const LogTemplate& t : spec.logs)
            s.logTemplates.push_back(compileLogTemplate(t, w.store.strings()));
        // What a framework writes per request at debug level. Compiled only where a fault can switch it
        // on, so drills without one intern nothing new and keep their telemetry unchanged.
        static const LogTemplate kDebugDump{LogTemplate::When::Request, "", "debug",
                                            "request dump {method} {route}: headers={count} body_bytes={amount} "
                                            "request_id={request_id}",
                                            1.0};
        const bool debugFault = std::any_of(
            w.scenario->faults.begin(), w.scenario->faults.end(),
            [&](const FaultSpec& f) { return f.kind == FaultKind::DebugLogging && f.service == spec.name; });
        if (debugFault)
            s.debugDump = compileLogTemplate(kDebugDump, w.store.strings());
        for (const BackgroundError& be : spec.errors) {
            std::string stack;
            for (const auto& f : be.stack)
                stack += (stack.empty() ? "" : "\n") + std::string(spec.language == "java" ? "\tat " : "") + f;
            s.backgroundErrorIds.push_back(
                w.store.internError({w.intern(be.type), w.intern(be.message), w.intern(stack)}));
        }
    }
}

void buildEndpoints(World& w)
{
    for (std::size_t si = 0; si < w.services.size(); ++si) {
        ServiceRt& s = w.services[si];
        for (const EndpointSpec& ep : s.spec->endpoints) {
            EndpointRt e;
            e.service = static_cast<int>(si);
            e.spec = &ep;
            e.latency = LogNormal::fit(static_cast<double>(ep.latency.p50), static_cast<double>(ep.latency.p99));
            e.lastMeanLatency = e.latency.mean() / 1e6;
            if (!isManaged(s.spec->kind))
                e.serverOp = w.store.addOperation(describeOperation(w, s.index, s, ep, serverKind(s.spec->kind)));
            for (std::size_t i = 0; i < s.spec->errors.size(); ++i)
                if (s.spec->errors[i].endpoint.empty() || s.spec->errors[i].endpoint == ep.name)
                    e.backgroundErrors.push_back(static_cast<int>(i));
            for (std::size_t i = 0; i < s.logTemplates.size(); ++i) {
                const auto& only = s.logTemplates[i].spec->endpoint;
                if (only.empty() || only == ep.name)
                    e.logs.push_back(static_cast<int>(i));
            }
            s.endpoints.push_back(static_cast<int>(w.endpoints.size()));
            w.endpoints.push_back(std::move(e));
        }
    }
}

void buildCalls(World& w)
{
    std::map<std::tuple<int, int>, OperationId> clientOps; // (caller service, callee endpoint) → op
    auto clientOp = [&](int caller, int calleeService, int calleeEndpoint) {
        const auto key = std::make_tuple(caller, calleeEndpoint);
        if (auto it = clientOps.find(key); it != clientOps.end())
            return it->second;
        const ServiceRt& callee = w.services[static_cast<std::size_t>(calleeService)];
        const SpanKind kind = callee.spec->kind == ServiceKind::Queue ? SpanKind::Producer : SpanKind::Client;
        const OperationId id = w.store.addOperation(
            describeOperation(w, w.services[static_cast<std::size_t>(caller)].index, callee,
                              *w.endpoints[static_cast<std::size_t>(calleeEndpoint)].spec, kind));
        clientOps.emplace(key, id);
        return id;
    };
    for (EndpointRt& e : w.endpoints) {
        for (const CallStep& step : e.spec->steps) {
            StepRt rt;
            rt.parallel = step.parallel;
            for (const CallSpec& c : step.calls) {
                CallRt call;
                call.spec = &c;
                call.service = w.serviceIndex(c.service);
                call.endpoint = w.endpointIndex(call.service, c.endpoint);
                if (call.endpoint < 0)
                    continue; // the loader rejects unknown targets; stay safe for hand-built scenarios
                call.clientOp = clientOp(e.service, call.service, call.endpoint);
                if (c.onMiss) {
                    call.missService = w.serviceIndex(c.onMiss->first);
                    call.missEndpoint = w.endpointIndex(call.missService, c.onMiss->second);
                    if (call.missEndpoint >= 0)
                        call.missClientOp = clientOp(e.service, call.missService, call.missEndpoint);
                }
                rt.calls.push_back(std::move(call));
            }
            if (!rt.calls.empty())
                e.steps.push_back(std::move(rt));
        }
    }
}

void buildTraffic(World& w)
{
    const TrafficSpec& t = w.scenario->traffic;
    for (const TrafficEntry& entry : t.entries) {
        EntryRt e;
        e.endpoint = w.endpointIndex(w.serviceIndex(entry.service), entry.endpoint);
        e.rate = entry.rate;
        e.rng = Rng::forEntity(w.seed, "traffic/" + entry.service + " " + entry.endpoint);
        if (e.endpoint >= 0)
            w.entries.push_back(std::move(e));
    }
    for (const TrafficAttribute& a : t.attributes) {
        AttributeRt rt;
        rt.key = w.intern(a.key);
        double total = 0;
        for (const auto& [v, weight] : a.values)
            total += std::max(0.0, weight);
        double acc = 0;
        for (const auto& [v, weight] : a.values) {
            acc += std::max(0.0, weight);
            rt.values.push_back(w.intern(v));
            rt.cumulative.push_back(total > 0 ? acc / total : 1.0);
        }
        if (!rt.values.empty())
            w.attributes.push_back(std::move(rt));
    }
    std::sort(w.attributes.begin(), w.attributes.end(), [](const auto& a, const auto& b) { return a.key < b.key; });
}

} // namespace

double expectedSpansPerSecond(const World& w)
{
    // Spans one request to an endpoint produces: its server span plus, per call, client spans
    // (with retries ignored) and the callee's own spans. The graph is acyclic (the loader checks).
    std::vector<double> memo(w.endpoints.size(), -1.0);
    std::function<double(int)> spans = [&](int ei) -> double {
        double& m = memo[static_cast<std::size_t>(ei)];
        if (m >= 0)
            return m;
        m = 0; // guards against cycles in hand-built scenarios
        const EndpointRt& e = w.endpoints[static_cast<std::size_t>(ei)];
        double n = isManaged(w.services[static_cast<std::size_t>(e.service)].spec->kind) ? 0.0 : 1.0;
        for (const StepRt& step : e.steps)
            for (const CallRt& c : step.calls) {
                n += c.spec->probability * (1.0 + spans(c.endpoint));
                if (c.missEndpoint >= 0)
                    n += c.spec->probability * (1.0 - w.endpoints[static_cast<std::size_t>(c.endpoint)].spec->hitRatio);
            }
        m = n;
        return n;
    };
    const double peak = std::max(1.0, w.scenario->traffic.dailyPeak);
    double total = 0;
    for (const EntryRt& e : w.entries)
        total += e.rate * peak * spans(e.endpoint);
    return total;
}

void buildWorld(World& w)
{
    buildServices(w);
    buildEndpoints(w);
    buildCalls(w);
    buildTraffic(w);
    w.samplingRng = Rng::forEntity(w.seed, "sampling");
    if (w.options.traceSampleRate) {
        w.sampleRate = std::clamp(*w.options.traceSampleRate, 0.0, 1.0);
    } else {
        const double expected = expectedSpansPerSecond(w);
        w.sampleRate = expected > w.options.autoSampleBudget ? w.options.autoSampleBudget / expected : 1.0;
    }
    w.faultCuredAt.assign(w.scenario->faults.size(), World::kNeverCured);
    for (ServiceRt& s : w.services)
        fleet::init(w, s);
}

} // namespace kunren
