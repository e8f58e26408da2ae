#pragma once

#include "telemetry/Records.h"

#include <string>
#include <string_view>
#include <vector>

namespace kunren {

class TelemetryStore;

// A log template split at its placeholders: "order {order_id} took {duration_ms}ms" has the names
// order_id and duration_ms and the literals "order ", " took ", "ms". An unclosed brace is literal text.
struct LogTemplateParts
{
    std::vector<std::string_view> literals; // names.size() + 1 pieces
    std::vector<std::string_view> names;
};

LogTemplateParts splitLogTemplate(std::string_view templ);

// A log argument is 32 bits: an interned string, or — for values unique to one request, which would
// bloat the string table — an inline number or generated id rendered when read.
using LogArg = std::uint32_t;

namespace logarg {
constexpr LogArg kInline = 0x80000000u;
constexpr LogArg kIdFlag = 0x40000000u;
constexpr LogArg kPayload = 0x3FFFFFFFu;

constexpr LogArg string(StringId id) { return id & ~kInline; }
constexpr LogArg number(std::uint32_t n) { return kInline | (n & kPayload); }
constexpr LogArg id(std::uint32_t n) { return kInline | kIdFlag | (n & kPayload); }
constexpr bool isString(LogArg a) { return (a & kInline) == 0; }
constexpr bool isNumber(LogArg a) { return (a & (kInline | kIdFlag)) == kInline; }
constexpr bool isId(LogArg a) { return (a & (kInline | kIdFlag)) == (kInline | kIdFlag); }
constexpr std::uint32_t payload(LogArg a) { return a & kPayload; }

// Room for the text of an inline argument ("ord_3fa8c21b").
struct Buffer
{
    char text[32];
};

// The text of `arg` for the placeholder `name` (ids take their prefix from the name: order_id → "ord_…").
// The view points into the string table or into `buffer`.
std::string_view text(const StringTable& strings, LogArg arg, std::string_view name, Buffer& buffer);
} // namespace logarg

// The message of a stored log record, with its arguments filled in.
std::string renderLogMessage(const TelemetryStore& store, const LogRecord& log);

} // namespace kunren
