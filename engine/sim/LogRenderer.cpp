#include "sim/LogRenderer.h"

#include "telemetry/LogText.h"

namespace kunren {

namespace {

Placeholder classify(std::string_view name)
{
    if (name == "method")
        return Placeholder::Method;
    if (name == "route" || name == "endpoint")
        return Placeholder::Route;
    if (name == "status")
        return Placeholder::Status;
    if (name == "duration_ms")
        return Placeholder::DurationMs;
    if (name == "error")
        return Placeholder::Error;
    if (name == "service")
        return Placeholder::Service;
    if (name == "pod")
        return Placeholder::Pod;
    if (name == "version")
        return Placeholder::Version;
    if (name == "trace_id")
        return Placeholder::TraceId;
    if (name == "amount")
        return Placeholder::Amount;
    if (name == "count")
        return Placeholder::Count;
    if (name.ends_with("_id"))
        return Placeholder::GeneratedId;
    return Placeholder::Attribute;
}

} // namespace

Severity severityFromLevel(std::string_view level)
{
    if (level == "debug")
        return Severity::Debug;
    if (level == "warn" || level == "warning")
        return Severity::Warn;
    if (level == "error")
        return Severity::Error;
    if (level == "fatal")
        return Severity::Fatal;
    return Severity::Info;
}

CompiledLogTemplate compileLogTemplate(const LogTemplate& spec, StringTable& strings)
{
    CompiledLogTemplate out;
    out.spec = &spec;
    out.text = strings.intern(spec.text);
    out.severity = severityFromLevel(spec.level);
    for (const std::string_view name : splitLogTemplate(spec.text).names) {
        out.placeholders.push_back(classify(name));
        out.names.emplace_back(name);
        out.nameIds.push_back(strings.intern(name));
    }
    return out;
}

} // namespace kunren
