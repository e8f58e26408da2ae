#pragma once

#include "core/LocalizedText.h"
#include "core/ServiceKind.h"
#include "core/Time.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace kunren {

// Latency of one endpoint's own work (excluding downstream calls), as a log-normal fitted to p50/p99.
struct LatencySpec
{
    SimDuration p50 = 10 * kMillisecond;
    SimDuration p99 = 50 * kMillisecond;
};

// A downstream call made while serving an endpoint.
struct CallSpec
{
    std::string service;      // callee component name
    std::string endpoint;     // callee endpoint name
    double probability = 1.0; // chance the call is made for a given request
    SimDuration timeout = 0;  // 0 = no client timeout
    int retries = 0;          // extra attempts after a failed attempt
    // What the caller does when the call finally fails: "fail" propagates the error,
    // "degrade" carries on without the result.
    enum class OnFailure : std::uint8_t { Fail, Degrade } onFailure = OnFailure::Fail;
    // For caches: on a miss (or a cache failure) this call is made instead (e.g. the database query).
    std::optional<std::pair<std::string, std::string>> onMiss;
};

// One step of an endpoint's work: a single call, or several calls issued in parallel.
struct CallStep
{
    std::vector<CallSpec> calls; // size 1 = sequential call; >1 = parallel group
    bool parallel = false;
};

// A realistic error that happens in the background even when nothing is broken.
struct BackgroundError
{
    std::string endpoint;           // empty = any endpoint of the service
    std::string type;               // exception class, e.g. java.lang.NullPointerException
    std::string message;            // may contain {placeholders} filled per occurrence
    std::vector<std::string> stack; // top frames, innermost first: "com.shop.Cart.add(Cart.java:88)"
    double rate = 0.0;              // probability per request (per item for batch jobs)
    int status = 500;               // HTTP status for request-serving services
};

// A log line a service writes; placeholders {name} are filled from the request.
struct LogTemplate
{
    enum class When : std::uint8_t { Request, Error, Slow } when = When::Request;
    std::string endpoint;       // empty = any endpoint
    std::string level = "info"; // debug info warn error
    std::string text;
    double probability = 1.0;
};

struct EndpointSpec
{
    std::string name; // "GET /api/orders", "SELECT orders", "orders.created"
    LatencySpec latency;
    double errorRate = 0.0; // baseline unexplained error probability (5xx)
    std::vector<CallStep> steps;
    double cpuPerRequest = 0.002; // CPU seconds consumed per request (drives saturation and HPA)
    double hitRatio = 1.0;        // caches only
};

struct AutoscalerSpec
{
    int minReplicas = 1;
    int maxReplicas = 1;
    double targetCpu = 0.7; // fraction of the CPU request
};

struct DeploymentSpec
{
    int replicas = 1;
    std::string version = "1.0.0";
    double cpuRequest = 0.25;                  // cores
    double cpuLimit = 0.5;                     // cores
    std::int64_t memoryRequest = 256LL << 20;  // bytes
    std::int64_t memoryLimit = 512LL << 20;    // bytes
    std::int64_t memoryBaseline = 180LL << 20; // steady working set
    std::optional<AutoscalerSpec> autoscaler;
    std::string node; // optional node pool hint
};

// Capacity of stateful components: databases, caches, queues, external APIs.
struct ResourceSpec
{
    std::string system;           // postgresql, mysql, redis, kafka, bedrock …
    int maxConnections = 0;       // databases: connection pool size (0 = unlimited)
    std::int64_t memory = 0;      // databases/caches: bytes of memory
    double rateLimit = 0.0;       // external APIs: requests per second allowed (0 = none)
    int consumers = 1;            // queues: consumer instances
    double consumerRate = 0.0;    // queues: messages/s one consumer handles
    std::string consumer;         // queues: worker service that processes messages
    std::string consumerEndpoint; // queues: endpoint of that worker
};

// A batch job's schedule: it processes `items` work units at `itemsPerSecond` every `every`.
struct ScheduleSpec
{
    SimDuration every = kHour;
    SimDuration offset = 0;
    int items = 1000;
    double itemsPerSecond = 10.0;
    std::string endpoint; // the endpoint each item runs through
};

struct ServiceSpec
{
    std::string name;
    ServiceKind kind = ServiceKind::Http;
    std::string ns = "default";               // Kubernetes namespace
    std::string region;                       // cloud region label (topologies spanning clouds)
    std::string language = "java";            // decides exception naming style in generated errors
    std::optional<DeploymentSpec> deployment; // absent for external and managed components
    ResourceSpec resource;
    std::optional<ScheduleSpec> schedule;
    std::vector<EndpointSpec> endpoints;
    std::vector<BackgroundError> errors;
    std::vector<LogTemplate> logs;
    LocalizedText description;
};

// Where requests enter: a rate for one endpoint of one service.
struct TrafficEntry
{
    std::string service;
    std::string endpoint;
    double rate = 1.0; // requests per second at the daily mean
};

// A request attribute with a distribution: {"customer.tier": {"free": 0.7, "pro": 0.3}}.
struct TrafficAttribute
{
    std::string key;
    std::vector<std::pair<std::string, double>> values; // value, weight
};

struct TrafficSpec
{
    std::vector<TrafficEntry> entries;
    std::vector<TrafficAttribute> attributes;
    // Daily pattern: rate multiplier from `trough` (at peakHour+12) to `peak` (at peakHour), cosine-shaped.
    double dailyPeak = 1.0;
    double dailyTrough = 1.0;
    double peakHour = 20.0;
};

struct Topology
{
    std::string id;
    LocalizedText title;
    std::string cluster = "kunren-prod";
    std::string environment = "prod";
    std::vector<ServiceSpec> services;
    TrafficSpec traffic;
    std::string sourcePath;

    const ServiceSpec* service(std::string_view name) const;
    const EndpointSpec* endpoint(std::string_view service, std::string_view endpoint) const;
};

const char* toString(ServiceKind kind);
std::optional<ServiceKind> serviceKindFromString(std::string_view s);

} // namespace kunren
