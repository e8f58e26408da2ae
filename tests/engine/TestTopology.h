#pragma once

// A small topology built in code, so simulation tests depend on the simulator alone:
//   api GET /items → cache (onMiss → db), inventory (http)
//   api POST /orders → db, payments-api (external, 2 retries), orders (queue → worker → db)
// `traffic` is requests per second into each api endpoint.

#include "scenario/Scenario.h"

#include <memory>

namespace kunren::test {

inline ServiceSpec service(std::string name, ServiceKind kind)
{
    ServiceSpec s;
    s.name = std::move(name);
    s.kind = kind;
    return s;
}

inline EndpointSpec endpoint(std::string name, SimDuration p50, SimDuration p99, double errorRate = 0.0)
{
    EndpointSpec e;
    e.name = std::move(name);
    e.latency = {p50, p99};
    e.errorRate = errorRate;
    return e;
}

inline CallStep callTo(std::string service, std::string endpoint, SimDuration timeout = 2 * kSecond, int retries = 0)
{
    CallSpec c;
    c.service = std::move(service);
    c.endpoint = std::move(endpoint);
    c.timeout = timeout;
    c.retries = retries;
    CallStep step;
    step.calls.push_back(std::move(c));
    return step;
}

inline std::shared_ptr<Topology> smallTopology()
{
    auto t = std::make_shared<Topology>();
    t->id = "test";

    ServiceSpec api = service("api", ServiceKind::Http);
    api.deployment = DeploymentSpec{};
    api.deployment->replicas = 3;
    api.deployment->cpuLimit = 1.0;
    api.deployment->cpuRequest = 0.5;
    api.deployment->memoryLimit = 512LL << 20;
    api.deployment->memoryBaseline = 200LL << 20;
    api.deployment->autoscaler = AutoscalerSpec{3, 8, 0.6};
    EndpointSpec items = endpoint("GET /items", 5 * kMillisecond, 30 * kMillisecond);
    items.cpuPerRequest = 0.004;
    CallStep cacheStep = callTo("cache", "GET item:*", 200 * kMillisecond);
    cacheStep.calls[0].onMiss = std::make_pair(std::string("db"), std::string("SELECT items"));
    items.steps.push_back(cacheStep);
    items.steps.push_back(callTo("inventory", "GET /stock", 500 * kMillisecond, 1));
    EndpointSpec orders = endpoint("POST /orders", 10 * kMillisecond, 50 * kMillisecond);
    orders.cpuPerRequest = 0.006;
    orders.steps.push_back(callTo("db", "INSERT orders"));
    orders.steps.push_back(callTo("payments-api", "POST /charge", 3 * kSecond, 2));
    orders.steps.push_back(callTo("orders", "publish orders.created"));
    api.endpoints = {items, orders};
    api.logs.push_back(
        {LogTemplate::When::Request, "POST /orders", "info", "order {order_id} placed by {customer.tier}", 1.0});
    api.logs.push_back({LogTemplate::When::Error, "", "error", "request failed: {error}", 1.0});
    t->services.push_back(api);

    ServiceSpec inventory = service("inventory", ServiceKind::Http);
    inventory.language = "go";
    inventory.deployment = DeploymentSpec{};
    inventory.deployment->replicas = 2;
    inventory.endpoints = {endpoint("GET /stock", 3 * kMillisecond, 20 * kMillisecond)};
    t->services.push_back(inventory);

    ServiceSpec db = service("db", ServiceKind::Database);
    db.resource.system = "postgresql";
    db.resource.maxConnections = 50;
    db.resource.memory = 8LL << 30;
    db.endpoints = {endpoint("SELECT items", 2 * kMillisecond, 10 * kMillisecond),
                    endpoint("INSERT orders", 3 * kMillisecond, 15 * kMillisecond)};
    t->services.push_back(db);

    ServiceSpec cache = service("cache", ServiceKind::Cache);
    cache.resource.system = "redis";
    EndpointSpec get = endpoint("GET item:*", 300, 2 * kMillisecond);
    get.hitRatio = 0.9;
    cache.endpoints = {get};
    t->services.push_back(cache);

    ServiceSpec ext = service("payments-api", ServiceKind::External);
    ext.resource.rateLimit = 100;
    ext.endpoints = {endpoint("POST /charge", 80 * kMillisecond, 300 * kMillisecond)};
    t->services.push_back(ext);

    ServiceSpec queue = service("orders", ServiceKind::Queue);
    queue.resource.system = "kafka";
    queue.resource.consumer = "worker";
    queue.resource.consumerEndpoint = "process orders.created";
    queue.resource.consumers = 2;
    queue.resource.consumerRate = 20;
    queue.endpoints = {endpoint("publish orders.created", kMillisecond, 5 * kMillisecond)};
    t->services.push_back(queue);

    ServiceSpec worker = service("worker", ServiceKind::Worker);
    worker.language = "python";
    worker.deployment = DeploymentSpec{};
    worker.deployment->replicas = 2;
    EndpointSpec process = endpoint("process orders.created", 10 * kMillisecond, 60 * kMillisecond);
    process.steps.push_back(callTo("db", "INSERT orders"));
    worker.endpoints = {process};
    t->services.push_back(worker);

    t->traffic.entries = {{"api", "GET /items", 40.0}, {"api", "POST /orders", 10.0}};
    t->traffic.attributes = {{"customer.tier", {{"free", 0.7}, {"pro", 0.3}}}};
    return t;
}

// A scenario on the small topology with the given faults.
inline std::shared_ptr<Scenario> scenarioWith(std::vector<FaultSpec> faults, SimDuration duration = 10 * kMinute)
{
    auto s = std::make_shared<Scenario>();
    s->id = "test-scenario";
    s->duration = duration;
    s->seed = 7;
    s->topology = smallTopology();
    s->traffic = s->topology->traffic;
    s->faults = std::move(faults);
    return s;
}

inline FaultSpec fault(FaultKind kind, std::string service, std::string endpoint, SimTime start, double magnitude)
{
    FaultSpec f;
    f.id = "f";
    f.kind = kind;
    f.service = std::move(service);
    f.endpoint = std::move(endpoint);
    f.start = start;
    f.magnitude = magnitude;
    return f;
}

} // namespace kunren::test
