#include "export/OtlpSemantics.h"

#include "export/OtlpAttributeText.h"
#include "export/OtlpJsonWriter.h"
#include "core/ServiceKind.h"

#include <array>
#include <optional>

namespace kunren {

namespace {

constexpr std::int64_t kServicePort = 8080;   // in-cluster services listen here (topologies name no ports)
constexpr std::int64_t kExternalPort = 443;   // third-party APIs are reached over HTTPS

std::optional<ServiceKind> kindOf(const TelemetryStore& store, ServiceIndex s, const TelemetryCounts& known)
{
    if (s == kNoService || s >= known.services)
        return std::nullopt;
    return static_cast<ServiceKind>(store.service(s).kind);
}

// http.request.method must be one of the known methods, else _OTHER plus the original.
void appendHttpMethod(std::string& list, std::string_view method)
{
    static constexpr std::array<std::string_view, 10> kKnown{"GET", "HEAD", "POST", "PUT", "DELETE", "CONNECT",
                                                             "OPTIONS", "TRACE", "PATCH", "QUERY"};
    for (std::string_view m : kKnown)
        if (m == method) {
            appendStringAttribute(list, "http.request.method", method);
            return;
        }
    appendStringAttribute(list, "http.request.method", "_OTHER");
    if (!method.empty())
        appendStringAttribute(list, "http.request.method_original", method);
}

// rpc.method is fully qualified ("pkg.Service/Method"); endpoints named like paths get the service as prefix.
std::string qualifiedRpcMethod(std::string_view route, std::string_view service)
{
    while (!route.empty() && route.front() == '/')
        route.remove_prefix(1);
    if (route.find('/') != std::string_view::npos)
        return std::string(route);
    return std::string(service) + "/" + std::string(route);
}

// The broker a consumer reads from: the queue that producers of the same destination send to.
std::string_view consumerSystem(const TelemetryStore& store, const OperationInfo& op, const TelemetryCounts& known)
{
    for (std::size_t i = 0; i < known.operations; ++i) {
        const OperationInfo& other = store.operation(static_cast<OperationId>(i));
        if (other.kind == SpanKind::Producer && other.destination == op.destination &&
            kindOf(store, other.peer, known) == ServiceKind::Queue && store.service(other.peer).system != kNoString)
            return store.str(store.service(other.peer).system);
    }
    if (op.service < known.services && store.service(op.service).system != kNoString)
        return store.str(store.service(op.service).system);
    for (std::size_t s = 0; s < known.services; ++s)
        if (static_cast<ServiceKind>(store.service(static_cast<ServiceIndex>(s)).kind) == ServiceKind::Queue &&
            store.service(static_cast<ServiceIndex>(s)).system != kNoString)
            return store.str(store.service(static_cast<ServiceIndex>(s)).system);
    return {};
}

void appendMessaging(std::string& list, std::string_view system, std::string_view operation, std::string_view destination)
{
    if (!system.empty())
        appendStringAttribute(list, "messaging.system", system);
    appendStringAttribute(list, "messaging.operation.name", operation);
    appendStringAttribute(list, "messaging.operation.type", operation);
    if (!destination.empty())
        appendStringAttribute(list, "messaging.destination.name", destination);
}

void describeOutgoing(const TelemetryStore& store, const OperationInfo& op, ServiceKind peerKind, OperationText& t)
{
    const ServiceInfo& peer = store.service(op.peer);
    const std::string_view peerName = store.str(peer.name);
    const std::string_view route = store.str(op.route);
    std::string& a = t.attributes;
    switch (peerKind) {
    case ServiceKind::Database:
        t.protocol = SpanProtocol::Database;
        appendStringAttribute(a, "db.system.name", peer.system != kNoString ? store.str(peer.system) : "other_sql");
        if (op.dbOperation != kNoString)
            appendStringAttribute(a, "db.operation.name", store.str(op.dbOperation));
        if (op.dbCollection != kNoString)
            appendStringAttribute(a, "db.collection.name", store.str(op.dbCollection));
        if (op.dbQueryText != kNoString)
            appendStringAttribute(a, "db.query.text", store.str(op.dbQueryText));
        appendStringAttribute(a, "server.address", peerName);
        break;
    case ServiceKind::Cache:
        t.protocol = SpanProtocol::Cache;
        appendStringAttribute(a, "db.system.name", peer.system != kNoString ? store.str(peer.system) : "redis");
        if (op.dbOperation != kNoString)
            appendStringAttribute(a, "db.operation.name", store.str(op.dbOperation));
        if (op.name != kNoString)
            appendStringAttribute(a, "db.query.text", store.str(op.name)); // the command with its key pattern
        appendStringAttribute(a, "server.address", peerName);
        break;
    case ServiceKind::Queue:
        t.protocol = SpanProtocol::Producer;
        appendMessaging(a, store.str(peer.system), "send", store.str(op.destination));
        appendStringAttribute(a, "server.address", peerName);
        break;
    case ServiceKind::Grpc:
        t.protocol = SpanProtocol::GrpcClient;
        appendStringAttribute(a, "rpc.system.name", "grpc");
        appendStringAttribute(a, "rpc.method", qualifiedRpcMethod(route, peerName));
        appendStringAttribute(a, "server.address", peerName);
        appendIntAttribute(a, "server.port", kServicePort);
        break;
    case ServiceKind::External:
        t.protocol = SpanProtocol::HttpClient;
        appendHttpMethod(a, store.str(op.method));
        appendStringAttribute(a, "server.address", peerName);
        appendIntAttribute(a, "server.port", kExternalPort);
        appendStringAttribute(a, "url.full", "https://" + std::string(peerName) + std::string(route));
        break;
    default: // HTTP services, load balancers
        t.protocol = SpanProtocol::HttpClient;
        appendHttpMethod(a, store.str(op.method));
        appendStringAttribute(a, "server.address", peerName);
        appendIntAttribute(a, "server.port", kServicePort);
        appendStringAttribute(a, "url.full",
                              "http://" + std::string(peerName) + ":" + std::to_string(kServicePort) + std::string(route));
        break;
    }
    appendStringAttribute(a, "service.peer.name", peerName);
    if (peer.ns != kNoString && peerKind != ServiceKind::External)
        appendStringAttribute(a, "service.peer.namespace", store.str(peer.ns));
}

} // namespace

std::string resourceAttributes(const TelemetryStore& store, ResourceId id, const OtlpExportOptions& options)
{
    std::string a;
    const ResourceInfo& r = store.resource(id);
    const ServiceInfo& s = store.service(r.service);
    const std::string_view name = store.str(s.name);
    const std::string_view ns = store.str(s.ns);
    const std::string_view pod = store.str(r.pod);
    appendStringAttribute(a, "service.name", name);
    if (!ns.empty())
        appendStringAttribute(a, "service.namespace", ns);
    if (r.version != kNoString)
        appendStringAttribute(a, "service.version", store.str(r.version));
    if (!pod.empty())
        appendStringAttribute(a, "service.instance.id", pod);
    if (!options.environment.empty())
        appendStringAttribute(a, "deployment.environment.name", options.environment);
    if (r.region != kNoString)
        appendStringAttribute(a, "cloud.region", store.str(r.region));
    if (static_cast<ServiceKind>(s.kind) == ServiceKind::External)
        return a; // outside the cluster: nothing Kubernetes about it
    if (!options.cluster.empty())
        appendStringAttribute(a, "k8s.cluster.name", options.cluster);
    if (!ns.empty())
        appendStringAttribute(a, "k8s.namespace.name", ns);
    if (!pod.empty()) {
        appendStringAttribute(a, "k8s.pod.name", pod);
        appendStringAttribute(a, "k8s.deployment.name", name);
        appendStringAttribute(a, "k8s.container.name", name);
        if (r.node != kNoString)
            appendStringAttribute(a, "k8s.node.name", store.str(r.node));
    }
    return a;
}

OperationText describeOperation(const TelemetryStore& store, OperationId id, const TelemetryCounts& known)
{
    const OperationInfo& op = store.operation(id);
    OperationText t;
    t.kind = op.kind;
    appendJsonString(t.name, store.str(op.name));
    const bool outgoing = op.kind == SpanKind::Client || op.kind == SpanKind::Producer;
    if (outgoing) {
        if (const auto peerKind = kindOf(store, op.peer, known))
            describeOutgoing(store, op, *peerKind, t);
        return t;
    }
    const auto ownKind = kindOf(store, op.service, known);
    const std::string_view method = store.str(op.method);
    const std::string_view route = store.str(op.route);
    std::string& a = t.attributes;
    if (op.kind == SpanKind::Consumer) {
        t.protocol = SpanProtocol::Consumer;
        appendMessaging(a, consumerSystem(store, op, known), "process", store.str(op.destination));
    } else if (op.kind == SpanKind::Server && (ownKind == ServiceKind::Http || ownKind == ServiceKind::LoadBalancer)) {
        t.protocol = SpanProtocol::HttpServer;
        appendHttpMethod(a, method);
        if (!route.empty()) {
            appendStringAttribute(a, "http.route", route);
            appendStringAttribute(a, "url.path", route);
        }
        appendStringAttribute(a, "url.scheme", "http");
    } else if (op.kind == SpanKind::Server && ownKind == ServiceKind::Grpc) {
        t.protocol = SpanProtocol::GrpcServer;
        appendStringAttribute(a, "rpc.system.name", "grpc");
        appendStringAttribute(a, "rpc.method", qualifiedRpcMethod(route, store.str(store.service(op.service).name)));
    }
    return t;
}

std::string_view grpcStatusName(std::uint16_t httpStatus, bool failed, bool timeout)
{
    if (!failed && httpStatus < 400)
        return "OK";
    switch (httpStatus) {
    case 0: return timeout ? "DEADLINE_EXCEEDED" : "UNKNOWN";
    case 400: return "INVALID_ARGUMENT";
    case 401: return "UNAUTHENTICATED";
    case 403: return "PERMISSION_DENIED";
    case 404: return "NOT_FOUND";
    case 409: return "ABORTED";
    case 429: return "RESOURCE_EXHAUSTED";
    case 499: return "CANCELLED";
    case 501: return "UNIMPLEMENTED";
    case 502:
    case 503: return "UNAVAILABLE";
    case 504: return "DEADLINE_EXCEEDED";
    default: return httpStatus >= 500 ? "INTERNAL" : httpStatus >= 400 ? "FAILED_PRECONDITION" : "UNKNOWN";
    }
}

std::string_view severityText(int n)
{
    if (n <= 0) return "UNSPECIFIED";
    if (n <= 4) return "TRACE";
    if (n <= 8) return "DEBUG";
    if (n <= 12) return "INFO";
    if (n <= 16) return "WARN";
    if (n <= 20) return "ERROR";
    return "FATAL";
}

} // namespace kunren
