#pragma once

#include "semconv/OperationAttributes.h"
#include "semconv/ResourceAttributes.h"

#include <string>
#include <string_view>

namespace kunren {

// The export writes the attributes engine/semconv decides, serialised once per distinct thing.

// What never changes between spans of one operation, already serialised.
struct OperationText
{
    std::string name;       // quoted JSON string
    std::string attributes; // comma-separated KeyValue entries
    semconv::SpanProtocol protocol = semconv::SpanProtocol::Plain;
    SpanKind kind = SpanKind::Internal;
};

// A list of attributes as comma-separated OTLP KeyValue entries.
std::string attributeText(const semconv::AttributeList& list);

OperationText operationText(const TelemetryStore& store, OperationId id, const TelemetryCounts& known);

// TRACE … FATAL for a severity number (1–24), by OTLP's ranges.
std::string_view severityText(int severityNumber);

} // namespace kunren
