#include "telemetry/LogText.h"

#include "telemetry/TelemetryStore.h"

#include <cstdio>

namespace kunren {

LogTemplateParts splitLogTemplate(std::string_view t)
{
    LogTemplateParts parts;
    std::size_t pos = 0;
    while (true) {
        const std::size_t open = t.find('{', pos);
        const std::size_t close = open == std::string_view::npos ? open : t.find('}', open + 1);
        if (open == std::string_view::npos || close == std::string_view::npos) {
            parts.literals.push_back(t.substr(pos));
            break;
        }
        parts.literals.push_back(t.substr(pos, open - pos));
        parts.names.push_back(t.substr(open + 1, close - open - 1));
        pos = close + 1;
    }
    return parts;
}

namespace logarg {

std::string_view text(const StringTable& strings, LogArg arg, std::string_view name, Buffer& buffer)
{
    if (isString(arg))
        return strings.view(arg);
    int n = 0;
    if (isId(arg)) {
        const std::string_view prefix = name.substr(0, std::min<std::size_t>(3, name.size()));
        n = std::snprintf(buffer.text, sizeof buffer.text, "%.*s_%08x", static_cast<int>(prefix.size()), prefix.data(),
                          payload(arg) * 2654435761u); // spread the bits so ids look random
    } else {
        n = std::snprintf(buffer.text, sizeof buffer.text, "%u", payload(arg));
    }
    return {buffer.text, static_cast<std::size_t>(n > 0 ? n : 0)};
}

} // namespace logarg

std::string renderLogMessage(const TelemetryStore& store, const LogRecord& log)
{
    const LogTemplateParts parts = splitLogTemplate(store.str(log.templ));
    std::string out;
    logarg::Buffer buffer;
    for (std::size_t i = 0; i < parts.literals.size(); ++i) {
        out.append(parts.literals[i]);
        if (i < parts.names.size() && i < log.argCount)
            out.append(logarg::text(store.strings(), store.logArg(log.firstArg + i), parts.names[i], buffer));
    }
    return out;
}

} // namespace kunren
