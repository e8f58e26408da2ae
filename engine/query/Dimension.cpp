#include "query/Dimension.h"

#include "query/FilterParts.h"
#include "query/QueryFields.h"
#include "query/SpanFilter.h"

namespace kunren {

namespace {

constexpr std::uint64_t kNumberTag = std::uint64_t{1} << 32;
constexpr std::uint64_t kIdTag = std::uint64_t{2} << 32;

std::string_view canonicalAlias(std::string_view f)
{
    if (f == "pod")
        return "pod_name";
    if (f == "resource" || f == "operation")
        return "resource_name";
    return f;
}

} // namespace

std::optional<Dimension> Dimension::forLogs(const TelemetryStore& store, const TelemetryCounts& counts,
                                            std::string_view asked, const QueryOptions& options, QueryError& error)
{
    const std::string_view field = canonicalAlias(asked);
    if (field.starts_with('@') && field.size() > 1) {
        const std::string_view path = field.substr(1);
        if (const auto e = errorAttributeField(path)) {
            Dimension d(store, Kind::Error, std::string(asked), counts.errors);
            d.m_subfield = *e;
            return d;
        }
        // Keys of string values (an argument or a request attribute: both keyed by the value's StringId,
        // so equal values count together) are dense.
        Dimension d(store, Kind::LogAttribute, std::string(asked), store.strings().size());
        d.m_path = std::string(path);
        d.m_placeholder.assign(store.strings().size(), -2);
        d.m_setValue.assign(counts.attributeSets, 0);
        return d;
    }
    const auto f = resolveQueryField(field, Signal::Logs);
    if (f == QueryField::Status)
        return Dimension(store, Kind::Severity, std::string(asked), 256);
    if (f && *f != QueryField::TraceId && *f != QueryField::SpanId && *f != QueryField::Message) {
        Dimension d(store, Kind::Resource, std::string(asked), counts.resources);
        d.m_subfield = static_cast<int>(*f);
        d.m_options = options;
        return d;
    }
    error = {0, "cannot count logs by '" + std::string(asked) + "'",
             "use service, status, version, pod_name, host, region, env, source or an @attribute"};
    return std::nullopt;
}

std::optional<Dimension> Dimension::forSpans(const TelemetryStore& store, const TelemetryCounts& counts,
                                             std::string_view asked, const QueryOptions& options, QueryError& error)
{
    const std::string_view field = canonicalAlias(asked);
    const bool attribute = field.starts_with('@') && field.size() > 1;
    const std::string_view path = attribute ? field.substr(1) : field;
    if (attribute && (path == "http.status_code" || path == "http.response.status_code"))
        return Dimension(store, Kind::Http, std::string(asked), 65536);
    if (attribute) {
        if (const auto e = errorAttributeField(path)) {
            Dimension d(store, Kind::Error, std::string(asked), counts.errors);
            d.m_subfield = *e;
            return d;
        }
    }
    // Message is never a span field, so it stands for "not a reserved field" here.
    const QueryField f =
        attribute ? QueryField::Message : resolveQueryField(field, Signal::Spans).value_or(QueryField::Message);
    const bool operationField = f == QueryField::Service || f == QueryField::ResourceName ||
                                f == QueryField::OperationName || f == QueryField::SpanKind ||
                                (attribute && (resolveOperationAttribute(path) || path == "span.kind"));
    if (operationField) {
        Dimension d(store, Kind::Operation, std::string(asked), counts.operations);
        d.m_path = std::string(path);
        return d;
    }
    if (f == QueryField::Status)
        return Dimension(store, Kind::SpanStatus, std::string(asked), 3);
    if (f == QueryField::Version || f == QueryField::Pod || f == QueryField::Host || f == QueryField::Region ||
        f == QueryField::Env) {
        Dimension d(store, Kind::Resource, std::string(asked), counts.resources);
        d.m_subfield = static_cast<int>(f);
        d.m_options = options;
        return d;
    }
    if (attribute) {
        Dimension d(store, Kind::TraceAttribute, std::string(asked), counts.attributeSets);
        d.m_path = std::string(path);
        return d;
    }
    error = {0, "cannot group spans by '" + std::string(asked) + "'",
             "use service, resource_name, operation_name, status, version, pod_name, host, region, env or an "
             "@attribute"};
    return std::nullopt;
}

std::uint64_t Dimension::key(const TelemetryStore::LogColumns& c, std::size_t i)
{
    switch (m_kind) {
    case Kind::Resource: return c.resource[i] == kNoLogResource ? kMissing : c.resource[i];
    case Kind::Severity: return static_cast<std::uint8_t>(c.severity[i]);
    case Kind::Error: return c.links[i].error == 0 ? kMissing : c.links[i].error;
    case Kind::LogAttribute: {
        const StringId templ = c.templ[i];
        const LogLinks& log = c.links[i];
        std::int16_t k = templ < m_placeholder.size() ? m_placeholder[templ] : -1;
        if (k == -2) {
            const LogTemplateParts parts = splitLogTemplate(m_store->str(templ));
            k = -1;
            for (std::size_t p = 0; p < parts.names.size(); ++p)
                if (parts.names[p] == m_path)
                    k = static_cast<std::int16_t>(p);
            m_placeholder[templ] = k;
        }
        if (k >= 0 && k < log.argCount) {
            const LogArg arg = m_store->logArg(log.firstArg + static_cast<std::size_t>(k));
            if (logarg::isString(arg))
                return arg;
            return (logarg::isNumber(arg) ? kNumberTag : kIdTag) | logarg::payload(arg);
        }
        if (log.trace == kNoTrace)
            return kMissing;
        const AttributeSetId set = m_store->trace(log.trace).attributes;
        if (set >= m_setValue.size())
            return setValueKey(set);
        std::uint32_t& cached = m_setValue[set]; // 0 = not looked up, 1 = missing, else StringId + 2
        if (cached == 0) {
            const std::uint64_t value = setValueKey(set);
            cached = value == kMissing ? 1 : static_cast<std::uint32_t>(value) + 2;
        }
        return cached == 1 ? kMissing : cached - 2;
    }
    default: return kMissing;
    }
}

std::uint64_t Dimension::setValueKey(AttributeSetId set) const
{
    for (const auto& [key, value] : m_store->attributes(set))
        if (m_store->str(key) == m_path)
            return value;
    return kMissing;
}

std::uint64_t Dimension::key(const TelemetryStore::SpanColumns& c, const SpanRecord& s, std::size_t i)
{
    switch (m_kind) {
    case Kind::Resource: return c.resource[i] == kNoResource ? kMissing : c.resource[i];
    case Kind::Operation: return c.operation[i];
    case Kind::SpanStatus: return static_cast<std::uint8_t>(c.status[i]);
    case Kind::TraceAttribute: {
        if (c.flags[i] & SpanFlags::TagsDropped)
            return kMissing;
        const AttributeSetId set = m_store->trace(c.trace[i]).attributes;
        return set == 0 ? kMissing : set;
    }
    default: return key(s);
    }
}

std::uint64_t Dimension::key(const SpanRecord& s)
{
    switch (m_kind) {
    case Kind::Resource: return s.resource == kNoResource ? kMissing : s.resource;
    case Kind::Operation: return s.operation;
    case Kind::SpanStatus: return static_cast<std::uint8_t>(s.status);
    case Kind::Http: return s.httpStatus == 0 ? kMissing : s.httpStatus;
    case Kind::Error: return s.error == 0 ? kMissing : s.error;
    case Kind::TraceAttribute: {
        if (s.flags & SpanFlags::TagsDropped)
            return kMissing;
        const AttributeSetId set = m_store->trace(s.trace).attributes;
        return set == 0 ? kMissing : set; // labelled (and merged) per set
    }
    default: return kMissing;
    }
}

std::string Dimension::label(std::uint64_t key) const
{
    if (key == kMissing)
        return {};
    const TelemetryStore& store = *m_store;
    switch (m_kind) {
    case Kind::Resource:
        return std::string(resourceTagValue(store, store.resource(static_cast<ResourceId>(key)),
                                            static_cast<QueryField>(m_subfield), m_options));
    case Kind::Severity: {
        const auto names = severityNames(static_cast<int>(key));
        return names.empty() ? std::string() : std::string(names.front());
    }
    case Kind::Error: return std::string(errorAttributeValue(store, static_cast<ErrorId>(key), m_subfield));
    case Kind::LogAttribute: {
        if (key < kNumberTag)
            return std::string(store.str(static_cast<StringId>(key)));
        const auto payload = static_cast<std::uint32_t>(key & 0xFFFFFFFFu);
        logarg::Buffer buffer;
        const LogArg arg = key & kNumberTag ? logarg::number(payload) : logarg::id(payload);
        return std::string(logarg::text(store.strings(), arg, m_path, buffer));
    }
    case Kind::Operation: return operationFieldValue(store, store.operation(static_cast<OperationId>(key)), m_path);
    case Kind::SpanStatus: return key == static_cast<std::uint8_t>(SpanStatus::Error) ? "error" : "ok";
    case Kind::Http: return std::to_string(key);
    case Kind::TraceAttribute: {
        const auto v = findAttribute(store, static_cast<AttributeSetId>(key), m_path);
        return v ? std::string(*v) : std::string();
    }
    }
    return {};
}

} // namespace kunren
