#include "semconv/OperationAttributes.h"

#include "core/ServiceKind.h"

#include <array>
#include <optional>

namespace kunren::semconv {

namespace {

constexpr std::int64_t kServicePort = 8080; // in-cluster services listen here (topologies name no ports)
constexpr std::int64_t kExternalPort = 443; // third-party APIs are reached over HTTPS

std::optional<ServiceKind> kindOf(const TelemetryStore& store, ServiceIndex s, const TelemetryCounts& known)
{
    if (s == kNoService || s >= known.services)
        return std::nullopt;
    return static_cast<ServiceKind>(store.service(s).kind);
}

void add(AttributeList& list, std::string_view key, std::string_view value)
{
    if (!value.empty()) // an empty value is no value: neither the search nor the export shows it
        list.push_back(Attribute::string(key, value));
}

// http.request.method must be one of the known methods, else _OTHER plus the original.
void addHttpMethod(AttributeList& list, std::string_view method)
{
    static constexpr std::array<std::string_view, 10> kKnown{"GET",     "HEAD",    "POST",  "PUT",   "DELETE",
                                                             "CONNECT", "OPTIONS", "TRACE", "PATCH", "QUERY"};
    for (std::string_view m : kKnown)
        if (m == method) {
            add(list, "http.request.method", method);
            return;
        }
    add(list, "http.request.method", "_OTHER");
    add(list, "http.request.method_original", method);
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

void addMessaging(AttributeList& list, std::string_view system, std::string_view operation,
                  std::string_view destination)
{
    add(list, "messaging.system", system);
    add(list, "messaging.operation.name", operation);
    add(list, "messaging.operation.type", operation);
    add(list, "messaging.destination.name", destination);
}

void describeOutgoing(const TelemetryStore& store, const OperationInfo& op, ServiceKind peerKind,
                      OperationAttributes& t)
{
    const ServiceInfo& peer = store.service(op.peer);
    const std::string_view peerName = store.str(peer.name);
    const std::string_view route = store.str(op.route);
    AttributeList& a = t.list;
    switch (peerKind) {
    case ServiceKind::Database:
        t.protocol = SpanProtocol::Database;
        add(a, "db.system.name", peer.system != kNoString ? store.str(peer.system) : "other_sql");
        add(a, "db.operation.name", store.str(op.dbOperation));
        add(a, "db.collection.name", store.str(op.dbCollection));
        add(a, "db.query.text", store.str(op.dbQueryText));
        add(a, "server.address", peerName);
        break;
    case ServiceKind::Cache:
        t.protocol = SpanProtocol::Cache;
        add(a, "db.system.name", peer.system != kNoString ? store.str(peer.system) : "redis");
        add(a, "db.operation.name", store.str(op.dbOperation));
        add(a, "db.query.text", store.str(op.name)); // the command with its key pattern
        add(a, "server.address", peerName);
        break;
    case ServiceKind::Queue:
        t.protocol = SpanProtocol::Producer;
        addMessaging(a, store.str(peer.system), "send", store.str(op.destination));
        add(a, "server.address", peerName);
        break;
    case ServiceKind::Grpc:
        t.protocol = SpanProtocol::GrpcClient;
        add(a, "rpc.system.name", "grpc");
        add(a, "rpc.method", qualifiedRpcMethod(route, peerName));
        add(a, "server.address", peerName);
        a.push_back(Attribute::number("server.port", kServicePort));
        break;
    case ServiceKind::External:
        t.protocol = SpanProtocol::HttpClient;
        addHttpMethod(a, store.str(op.method));
        add(a, "server.address", peerName);
        a.push_back(Attribute::number("server.port", kExternalPort));
        add(a, "url.full", "https://" + std::string(peerName) + std::string(route));
        break;
    default: // HTTP services, load balancers
        t.protocol = SpanProtocol::HttpClient;
        addHttpMethod(a, store.str(op.method));
        add(a, "server.address", peerName);
        a.push_back(Attribute::number("server.port", kServicePort));
        add(a, "url.full", "http://" + std::string(peerName) + ":" + std::to_string(kServicePort) + std::string(route));
        break;
    }
    add(a, "service.peer.name", peerName);
    if (peerKind != ServiceKind::External)
        add(a, "service.peer.namespace", store.str(peer.ns));
}

} // namespace

OperationAttributes describeOperation(const TelemetryStore& store, OperationId id, const TelemetryCounts& known)
{
    const OperationInfo& op = store.operation(id);
    OperationAttributes t;
    t.kind = op.kind;
    const bool outgoing = op.kind == SpanKind::Client || op.kind == SpanKind::Producer;
    if (outgoing) {
        if (const auto peerKind = kindOf(store, op.peer, known))
            describeOutgoing(store, op, *peerKind, t);
        return t;
    }
    const auto ownKind = kindOf(store, op.service, known);
    const std::string_view route = store.str(op.route);
    AttributeList& a = t.list;
    if (op.kind == SpanKind::Consumer) {
        t.protocol = SpanProtocol::Consumer;
        addMessaging(a, consumerSystem(store, op, known), "process", store.str(op.destination));
    } else if (op.kind == SpanKind::Server && (ownKind == ServiceKind::Http || ownKind == ServiceKind::LoadBalancer)) {
        t.protocol = SpanProtocol::HttpServer;
        addHttpMethod(a, store.str(op.method));
        add(a, "http.route", route);
        add(a, "url.path", route);
        add(a, "url.scheme", "http");
    } else if (op.kind == SpanKind::Server && ownKind == ServiceKind::Grpc) {
        t.protocol = SpanProtocol::GrpcServer;
        add(a, "rpc.system.name", "grpc");
        add(a, "rpc.method", qualifiedRpcMethod(route, store.str(store.service(op.service).name)));
    }
    return t;
}

} // namespace kunren::semconv
