#pragma once

#include "telemetry/TelemetryStore.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace kunren {

struct OtlpExportOptions;

// OpenTelemetry semantic conventions v1.44 as they apply to what the simulator records. Only current
// attribute names: http.request.method (not http.method), http.response.status_code, url.full,
// db.query.text (not db.statement), deployment.environment.name, service.peer.name (not peer.service),
// rpc.system.name / fully-qualified rpc.method / rpc.response.status_code (not rpc.system, rpc.service,
// rpc.grpc.status_code, all deprecated by v1.44).

// Which attributes a span carries beyond the static ones: decided once per operation.
enum class SpanProtocol : std::uint8_t { Plain, HttpServer, HttpClient, GrpcServer, GrpcClient, Database, Cache, Producer, Consumer };

// What never changes between spans of one operation, already serialised.
struct OperationText
{
    std::string name;        // quoted JSON string
    std::string attributes;  // comma-separated KeyValue entries
    SpanProtocol protocol = SpanProtocol::Plain;
    SpanKind kind = SpanKind::Internal;
};

// Resource attributes of one resource (comma-separated KeyValue entries). Pods carry the k8s pod
// attributes; service-level resources (empty pod) only the service's; external components no k8s ones.
std::string resourceAttributes(const TelemetryStore& store, ResourceId id, const OtlpExportOptions& options);

// Attributes that follow from the operation: method, route, peer, database, messaging … `known` bounds
// the rows that may be read (the exporter's `to` counts).
OperationText describeOperation(const TelemetryStore& store, OperationId id, const TelemetryCounts& known);

// gRPC status name for rpc.response.status_code, from the HTTP-style status the simulator records.
std::string_view grpcStatusName(std::uint16_t httpStatus, bool failed, bool timeout);

// TRACE … FATAL for a severity number (1–24), by OTLP's ranges.
std::string_view severityText(int severityNumber);

} // namespace kunren
