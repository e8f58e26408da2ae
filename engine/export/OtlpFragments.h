#pragma once

#include "export/OtlpSemantics.h"
#include "telemetry/TelemetryStore.h"

#include <array>
#include <deque>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace kunren {

struct OtlpExportOptions;

enum class OtlpSignal : std::uint8_t { Traces, Logs, Metrics };

// An exception as span-event attributes, error.type and status message, already serialised.
struct ErrorText
{
    std::string attributes; // exception.type / .message / .stacktrace entries
    std::string errorType;  // error.type when the span failed with this exception: escaped, unquoted
    std::string message;    // escaped, unquoted
    bool timeout = false;   // the exception says the call timed out (→ gRPC DEADLINE_EXCEEDED)
};

// A metric series: its metric's identity and its data-point attributes.
struct SeriesText
{
    std::string header;     // "name":…,"unit":…
    std::string attributes; // data-point KeyValue entries
    bool asInt = false;     // counts go out as asInt, everything else as asDouble
};

// Histogram bucket bounds as an explicitBounds array.
struct BoundsText
{
    std::string json;      // [b0,b1,…]
    std::size_t count = 0; // points carry count + 1 buckets
};

// A log template split at its placeholders: literal pieces around them, escaped once.
struct LogTemplateText
{
    std::vector<std::string> literals; // placeholders + 1 pieces
    std::vector<std::string> names;    // placeholder names, to render inline arguments
    // One attribute per distinct placeholder name (its first occurrence): escaped key prefix and the
    // argument it takes.
    std::vector<std::pair<std::string, std::uint32_t>> attributes;

    bool hasName(std::string_view name) const
    {
        for (const std::string& n : names)
            if (n == name)
                return true;
        return false;
    }
};

// Serialised JSON for everything that repeats across records, built on first use and kept.
//
// Records are numerous, the things they point at (resources, operations, attribute sets, errors,
// series, templates) are few; serialising those once is what makes streaming fast.
class OtlpFragments
{
public:
    OtlpFragments(const TelemetryStore& store, const OtlpExportOptions& options);

    // Rows below these counts may be read.
    void setKnown(const TelemetryCounts& known) { m_known = known; }

    // Opens a resource's entry up to the record array: {"resource":{…},"scopeSpans":[{"scope":{…},"spans":[
    const std::string& resourceOpen(ResourceId id, OtlpSignal signal);
    static constexpr std::string_view kResourceClose = "]}]}";

    const OperationText& operation(OperationId id);
    const std::string& attributeSet(AttributeSetId id);
    const ErrorText& error(ErrorId id);
    const SeriesText& series(SeriesId id);
    const BoundsText& bounds(std::uint16_t id);
    const LogTemplateText& logTemplate(StringId templ);

private:
    template <typename T> static std::optional<T>& slot(std::deque<std::optional<T>>& cache, std::size_t index)
    {
        if (index >= cache.size())
            cache.resize(index + 1);
        return cache[index];
    }

    const TelemetryStore& m_store;
    const OtlpExportOptions& m_options;
    TelemetryCounts m_known;
    std::string m_scope; // {"name":…,"version":…}
    std::deque<std::optional<std::array<std::string, 3>>> m_resources;
    std::array<std::string, 3> m_unknownResource;
    std::deque<std::optional<OperationText>> m_operations;
    std::deque<std::optional<std::string>> m_attributeSets;
    std::deque<std::optional<ErrorText>> m_errors;
    std::deque<std::optional<SeriesText>> m_series;
    std::deque<std::optional<BoundsText>> m_bounds;
    std::unordered_map<StringId, LogTemplateText> m_templates;
};

} // namespace kunren
