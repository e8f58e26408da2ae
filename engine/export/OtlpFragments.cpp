#include "export/OtlpFragments.h"

#include "export/OtlpAttributeText.h"
#include "export/OtlpJsonWriter.h"
#include "semconv/RecordAttributes.h"

#include <charconv>

namespace kunren {

namespace {

// The semantic-conventions version whose names the attributes use.
constexpr std::string_view kSchemaUrl = "https://opentelemetry.io/schemas/1.44.0";

constexpr std::array<std::string_view, 3> kScopeArray{"scopeSpans", "scopeLogs", "scopeMetrics"};
constexpr std::array<std::string_view, 3> kRecordArray{"spans", "logRecords", "metrics"};

std::array<std::string, 3> resourceOpenings(std::string_view attributes, std::string_view scope)
{
    std::array<std::string, 3> open;
    for (std::size_t s = 0; s < open.size(); ++s) {
        std::string& o = open[s];
        o = "{\"resource\":{\"attributes\":[";
        o += attributes;
        o += "]},\"schemaUrl\":\"";
        o += kSchemaUrl;
        o += "\",\"";
        o += kScopeArray[s];
        o += "\":[{\"scope\":";
        o += scope;
        o += ",\"";
        o += kRecordArray[s];
        o += "\":[";
    }
    return open;
}

} // namespace

OtlpFragments::OtlpFragments(const TelemetryStore& store, const OtlpExportOptions& options)
    : m_store(store),
      m_options(options)
{
    m_scope = "{\"name\":";
    appendJsonString(m_scope, options.scopeName);
    if (!options.scopeVersion.empty()) {
        m_scope += ",\"version\":";
        appendJsonString(m_scope, options.scopeVersion);
    }
    m_scope += '}';
    // Records without a resource still need one: OTel's name for a service nobody named.
    m_unknownResource = resourceOpenings(attributeText(semconv::resourceAttributes(store, kNoResource, {})), m_scope);
}

const std::string& OtlpFragments::resourceOpen(ResourceId id, OtlpSignal signal)
{
    const auto s = static_cast<std::size_t>(signal);
    if (id == kNoResource || id >= m_known.resources)
        return m_unknownResource[s];
    auto& cached = slot(m_resources, id);
    if (!cached)
        cached = resourceOpenings(attributeText(semconv::resourceAttributes(m_store, id, m_known)), m_scope);
    return (*cached)[s];
}

const OperationText& OtlpFragments::operation(OperationId id)
{
    auto& cached = slot(m_operations, id);
    if (!cached)
        cached = operationText(m_store, id, m_known);
    return *cached;
}

const std::string& OtlpFragments::attributeSet(AttributeSetId id)
{
    auto& cached = slot(m_attributeSets, id);
    if (!cached) {
        cached.emplace();
        for (const auto& [key, value] : m_store.attributes(id))
            if (!m_store.str(value).empty())
                appendStringAttribute(*cached, m_store.str(key), m_store.str(value));
    }
    return *cached;
}

const ErrorText& OtlpFragments::error(ErrorId id)
{
    auto& cached = slot(m_errors, id);
    if (!cached) {
        const ErrorInfo& e = m_store.error(id);
        ErrorText t;
        const std::string_view type = m_store.str(e.type);
        t.attributes = attributeText(semconv::exceptionAttributes(m_store, id));
        appendJsonEscaped(t.errorType, semconv::exceptionErrorType(type));
        appendJsonEscaped(t.message, m_store.str(e.message));
        t.timeout = semconv::isTimeout(type);
        cached = std::move(t);
    }
    return *cached;
}

const SeriesText& OtlpFragments::series(SeriesId id)
{
    auto& cached = slot(m_series, id);
    if (!cached) {
        const SeriesInfo& info = m_store.series(id);
        SeriesText t;
        t.header = "\"name\":";
        appendJsonString(t.header, m_store.str(info.name));
        const std::string_view unit = m_store.str(info.unit);
        if (!unit.empty()) {
            t.header += ",\"unit\":";
            appendJsonString(t.header, unit);
        }
        for (const auto& [key, value] : m_store.attributes(info.attributes))
            appendStringAttribute(t.attributes, m_store.str(key), m_store.str(value));
        // Cumulative counts of things ("{request}", "{restart}") are integers; seconds, bytes and
        // ratios stay doubles. Decided per series so a metric stream never switches value type.
        t.asInt = info.type == MetricType::Sum && unit.starts_with('{');
        cached = std::move(t);
    }
    return *cached;
}

const BoundsText& OtlpFragments::bounds(std::uint16_t id)
{
    auto& cached = slot(m_bounds, id);
    if (!cached) {
        const auto all = m_store.bucketBounds(id);
        std::string b = "[";
        for (const double bound : all) {
            if (b.size() > 1)
                b += ',';
            char digits[32];
            b.append(digits, std::to_chars(digits, digits + sizeof digits, bound).ptr);
        }
        b += ']';
        cached = BoundsText{std::move(b), all.size()};
    }
    return *cached;
}

const LogTemplateText& OtlpFragments::logTemplate(StringId templ)
{
    if (auto it = m_templates.find(templ); it != m_templates.end())
        return it->second;
    // Placeholder names become attributes too (order_id, customer …), which makes them facets.
    LogTemplateText t;
    const LogTemplateParts parts = splitLogTemplate(m_store.str(templ));
    for (std::size_t arg = 0; arg < parts.names.size(); ++arg) {
        std::string literal;
        appendJsonEscaped(literal, parts.literals[arg]);
        t.literals.push_back(std::move(literal));
        const std::string_view name = parts.names[arg];
        t.names.emplace_back(name);
        // A name used twice keeps its first value: OTLP attribute keys are unique.
        if (name.empty() || semconv::placeholderIndex(parts, name) != static_cast<int>(arg))
            continue;
        std::string key;
        appendAttributeKey(key, name);
        key += "\"stringValue\":\"";
        t.attributes.emplace_back(std::move(key), static_cast<std::uint32_t>(arg));
    }
    std::string literal;
    appendJsonEscaped(literal, parts.literals.back());
    t.literals.push_back(std::move(literal));
    return m_templates.emplace(templ, std::move(t)).first->second;
}

} // namespace kunren
