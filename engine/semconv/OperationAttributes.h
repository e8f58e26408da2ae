#pragma once

#include "semconv/Attribute.h"
#include "telemetry/TelemetryStore.h"

#include <cstdint>

namespace kunren::semconv {

// OpenTelemetry semantic conventions v1.44 as they apply to what the simulator records. Only current
// attribute names: http.request.method (not http.method), http.response.status_code, url.full,
// db.query.text (not db.statement), service.peer.name (not peer.service), rpc.system.name /
// fully-qualified rpc.method / rpc.response.status_code (not rpc.system, rpc.service, rpc.grpc.status_code).

// Which attributes a span's outcome adds (status codes, error.type): decided once per operation.
enum class SpanProtocol : std::uint8_t {
    Plain,
    HttpServer,
    HttpClient,
    GrpcServer,
    GrpcClient,
    Database,
    Cache,
    Producer,
    Consumer
};

// What every span of one operation carries: method, route, peer, database, messaging …
struct OperationAttributes
{
    SpanProtocol protocol = SpanProtocol::Plain;
    SpanKind kind = SpanKind::Internal;
    AttributeList list;
};

// `known` bounds the rows that may be read (services or operations published later are not looked at).
OperationAttributes describeOperation(const TelemetryStore& store, OperationId id, const TelemetryCounts& known);

} // namespace kunren::semconv
