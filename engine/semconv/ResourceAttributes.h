#pragma once

#include "semconv/Attribute.h"
#include "telemetry/TelemetryStore.h"

namespace kunren::semconv {

// The attributes of who emitted a record. Pods carry the k8s pod attributes; service-level resources
// (empty pod) only the service's; external components no k8s ones. kNoResource, or a resource past
// `known`, is OpenTelemetry's unknown_service.
// deployment.environment.name and k8s.cluster.name are the store's deployment.
AttributeList resourceAttributes(const TelemetryStore& store, ResourceId id, const TelemetryCounts& known);

} // namespace kunren::semconv
