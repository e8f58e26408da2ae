#include "sim/LogRenderer.h"

namespace kunren {

namespace {

Placeholder classify(std::string_view name)
{
    if (name == "method") return Placeholder::Method;
    if (name == "route" || name == "endpoint") return Placeholder::Route;
    if (name == "status") return Placeholder::Status;
    if (name == "duration_ms") return Placeholder::DurationMs;
    if (name == "error") return Placeholder::Error;
    if (name == "service") return Placeholder::Service;
    if (name == "pod") return Placeholder::Pod;
    if (name == "version") return Placeholder::Version;
    if (name == "trace_id") return Placeholder::TraceId;
    if (name == "amount") return Placeholder::Amount;
    if (name == "count") return Placeholder::Count;
    if (name.ends_with("_id")) return Placeholder::GeneratedId;
    return Placeholder::Attribute;
}

} // namespace

Severity severityFromLevel(std::string_view level)
{
    if (level == "debug") return Severity::Debug;
    if (level == "warn" || level == "warning") return Severity::Warn;
    if (level == "error") return Severity::Error;
    if (level == "fatal") return Severity::Fatal;
    return Severity::Info;
}

CompiledLogTemplate compileLogTemplate(const LogTemplate& spec, StringTable& strings)
{
    CompiledLogTemplate out;
    out.spec = &spec;
    out.text = strings.intern(spec.text);
    out.severity = severityFromLevel(spec.level);
    std::string_view t = spec.text;
    for (std::size_t open = t.find('{'); open != std::string_view::npos; open = t.find('{', open + 1)) {
        const std::size_t close = t.find('}', open + 1);
        if (close == std::string_view::npos)
            break;
        const std::string_view name = t.substr(open + 1, close - open - 1);
        out.placeholders.push_back(classify(name));
        out.names.emplace_back(name);
        out.nameIds.push_back(strings.intern(name));
        open = close;
    }
    return out;
}

std::string renderLogMessage(std::string_view templ, const std::vector<std::string_view>& args)
{
    std::string out;
    out.reserve(templ.size() + 16 * args.size());
    std::size_t arg = 0;
    std::size_t pos = 0;
    while (pos < templ.size()) {
        const std::size_t open = templ.find('{', pos);
        const std::size_t close = open == std::string_view::npos ? open : templ.find('}', open + 1);
        if (open == std::string_view::npos || close == std::string_view::npos) {
            out.append(templ.substr(pos));
            break;
        }
        out.append(templ.substr(pos, open - pos));
        if (arg < args.size())
            out.append(args[arg++]);
        pos = close + 1;
    }
    return out;
}

} // namespace kunren
