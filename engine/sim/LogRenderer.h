#pragma once

#include "scenario/Topology.h"
#include "telemetry/Records.h"

#include <string>
#include <string_view>
#include <vector>

namespace kunren {

// What fills a log placeholder. Known names come from the request or span being served; any other
// name is a request attribute when one exists, else a generated value shaped by its name (`*_id`).
enum class Placeholder : std::uint8_t {
    Method,
    Route,
    Status,
    DurationMs,
    Error,
    Service,
    Pod,
    Version,
    TraceId,
    Amount,
    Attribute,
    GeneratedId,
    Count
};

struct CompiledLogTemplate
{
    const LogTemplate* spec = nullptr;
    StringId text = kNoString;             // the template, interned once
    std::vector<Placeholder> placeholders; // in order of appearance
    std::vector<std::string> names;        // placeholder names, same order
    std::vector<StringId> nameIds;         // interned names (attribute keys for Placeholder::Attribute)
    Severity severity = Severity::Info;
};

// Splits "{method} {route} took {duration_ms}ms" into its placeholders.
CompiledLogTemplate compileLogTemplate(const LogTemplate& spec, StringTable& strings);

Severity severityFromLevel(std::string_view level);

} // namespace kunren
