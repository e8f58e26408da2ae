#pragma once

#include "telemetry/TelemetryStore.h"
#include "trace/AssembledTrace.h"

#include <vector>

namespace kunren {

// The attributes a span carries because of what it does (its operation), with OpenTelemetry names.
void appendSpanTags(const TelemetryStore& store, const OperationInfo& op, std::vector<SpanTag>& out);

} // namespace kunren
