#include "query/Dimension.h"

#include "query/FilterParts.h"
#include "query/QueryFields.h"
#include "query/SpanFilter.h"
#include "semconv/AttributeKeys.h"
#include "semconv/OperationAttributes.h"
#include "semconv/RecordAttributes.h"
#include "semconv/ResourceAttributes.h"
#include "semconv/SpanOutcome.h"

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
                                            std::string_view asked, const QueryOptions& /*options*/, QueryError& error)
{
    const std::string_view field = canonicalAlias(asked);
    if (field.starts_with('@') && field.size() > 1) {
        const semconv::ResolvedKey key = semconv::resolveLogKey(field.substr(1));
        if (key.source == semconv::KeySource::Exception) {
            Dimension d(store, Kind::Error, std::string(asked), counts.errors);
            d.m_subfield = key.exceptionField;
            return d;
        }
        if (key.source == semconv::KeySource::Resource) {
            Dimension d(store, Kind::ResourceAttribute, std::string(asked), counts.resources);
            d.m_path = key.key;
            d.m_counts = counts;
            return d;
        }
        // Keys of string values (an argument or a request attribute: both keyed by the value's StringId,
        // so equal values count together) are dense.
        Dimension d(store, Kind::LogAttribute, std::string(asked), store.strings().size());
        d.m_path = key.key;
        d.m_placeholder.assign(store.strings().size(), -2);
        d.m_setValue.assign(counts.attributeSets, 0);
        d.m_counts = counts;
        return d;
    }
    const auto f = resolveQueryField(field, Signal::Logs);
    if (f == QueryField::Status)
        return Dimension(store, Kind::Severity, std::string(asked), 256);
    if (f && *f != QueryField::TraceId && *f != QueryField::SpanId && *f != QueryField::Message) {
        Dimension d(store, Kind::Resource, std::string(asked), counts.resources);
        d.m_subfield = static_cast<int>(*f);
        return d;
    }
    error = {0, "cannot count logs by '" + std::string(asked) + "'",
             "use service, status, version, pod_name, host, region, env, source or an @attribute"};
    return std::nullopt;
}

std::optional<Dimension> Dimension::forSpans(const TelemetryStore& store, const TelemetryCounts& counts,
                                             std::string_view asked, const QueryOptions& /*options*/, QueryError& error)
{
    const std::string_view field = canonicalAlias(asked);
    const bool attribute = field.starts_with('@') && field.size() > 1;
    const std::string_view path = attribute ? field.substr(1) : field;
    if (attribute && path != "span.kind") {
        const semconv::ResolvedKey key = semconv::resolveSpanKey(path);
        auto modelled = [&](Kind kind, std::size_t dense) {
            Dimension d(store, kind, std::string(asked), dense);
            d.m_path = key.key;
            d.m_counts = counts;
            d.m_model = std::make_shared<AttributeModel>(store, counts);
            return d;
        };
        switch (key.source) {
        case semconv::KeySource::Exception: {
            Dimension d(store, Kind::Error, std::string(asked), counts.errors);
            d.m_subfield = key.exceptionField;
            return d;
        }
        case semconv::KeySource::Resource: return modelled(Kind::ResourceAttribute, counts.resources);
        case semconv::KeySource::Operation: return modelled(Kind::OperationAttribute, counts.operations);
        case semconv::KeySource::HttpStatusCode: return modelled(Kind::Http, 65536);
        case semconv::KeySource::GrpcCode: return modelled(Kind::GrpcCode, semconv::kGrpcCodes);
        case semconv::KeySource::ErrorType:
            return modelled(Kind::ErrorType, AttributeModel::kExceptionBase + counts.errors);
        case semconv::KeySource::Record: {
            Dimension d(store, Kind::TraceAttribute, std::string(asked), counts.attributeSets);
            d.m_path = key.key;
            return d;
        }
        }
    }
    // Message is never a span field, so it stands for "not a reserved field" here.
    const QueryField f = attribute ? QueryField::Message
                                   : resolveQueryField(field, Signal::Spans).value_or(QueryField::Message);
    const bool operationField = f == QueryField::Service || f == QueryField::ResourceName ||
                                f == QueryField::OperationName || f == QueryField::SpanKind || attribute;
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
        return d;
    }
    error = {0, "cannot group spans by '" + std::string(asked) + "'",
             "use service, resource_name, operation_name, status, version, pod_name, host, region, env or an "
             "@attribute"};
    return std::nullopt;
}

std::uint32_t Dimension::extraKey(std::uint64_t value)
{
    const auto [it, added] = m_extraKeys.try_emplace(value, static_cast<std::uint32_t>(size()));
    if (added)
        m_extra.push_back(value);
    return it->second;
}

void Dimension::keys(const TelemetryStore::LogColumns& c, const std::uint8_t* mask, std::size_t n, std::uint32_t* out)
{
    const std::uint32_t none = missing();
    switch (m_kind) {
    case Kind::Resource:
        for (std::size_t i = 0; i < n; ++i)
            out[i] = c.resource[i] == kNoLogResource ? none : known(c.resource[i]);
        return;
    case Kind::Severity:
        for (std::size_t i = 0; i < n; ++i)
            out[i] = static_cast<std::uint8_t>(c.severity[i]);
        return;
    case Kind::Error:
        for (std::size_t i = 0; i < n; ++i)
            out[i] = c.links[i].error == 0 ? none : known(c.links[i].error);
        return;
    case Kind::LogAttribute: logAttributeKeys(c, mask, n, out); return;
    case Kind::ResourceAttribute:
        for (std::size_t i = 0; i < n; ++i)
            out[i] = c.resource[i] == kNoLogResource ? none : known(c.resource[i]);
        return;
    default: std::fill(out, out + n, none); return;
    }
}

std::int16_t Dimension::findPlaceholder(StringId templ)
{
    const LogTemplateParts parts = splitLogTemplate(m_store->str(templ));
    const auto k = static_cast<std::int16_t>(semconv::placeholderIndex(parts, m_path)); // the first, as the export
    m_placeholder[templ] = k;
    return k;
}

// An argument of the log's template named by the path, else the request attribute of the log's trace.
// One pass, each row read once: a pass per column plus arrays between them measured slower. Rows without
// the argument read one that exists (the block's first) and ignore it, so the read needs no branch.
template <typename Args>
void Dimension::logAttributeKeys(const TelemetryStore::LogColumns& c, const std::uint8_t* mask, std::size_t n,
                                 std::uint32_t* out, std::size_t firstArg, Args args)
{
    const std::uint32_t none = missing();
    const std::uint32_t dense = m_dense;
    const std::int16_t* placeholder = m_placeholder.data();
    const std::size_t templates = m_placeholder.size();
    // A request logs several lines in a row, so the last trace's value is usually the next one's too.
    TraceIndex lastTrace = kNoTrace;
    std::uint16_t lastSpan = kNoParent;
    std::uint32_t lastKey = none;
    for (std::size_t i = 0; i < n; ++i) {
        const StringId templ = c.templ[i];
        std::int16_t k = templ < templates ? placeholder[templ] : std::int16_t{-1};
        if (k == -2) [[unlikely]]
            k = findPlaceholder(templ);
        const LogLinks& log = c.links[i];
        const std::uint32_t selected = static_cast<std::uint32_t>(mask[i] != 0);
        // k = -1 wraps to a count no row has.
        const std::uint32_t has = selected & static_cast<std::uint32_t>(static_cast<std::uint32_t>(k) < log.argCount);
        const LogArg arg = args(has ? log.firstArg + static_cast<std::size_t>(k) : firstArg);
        // A string known when the search began is its own key; anything else takes the slow way.
        const std::uint32_t plain = static_cast<std::uint32_t>(logarg::isString(arg)) &
                                    static_cast<std::uint32_t>(arg < dense);
        std::uint32_t key = static_cast<std::uint32_t>(arg);
        if (has & (plain ^ 1u)) [[unlikely]]
            key = argumentKey(arg);
        // A key the message names is the message's (its argument, or nothing); others are the request's.
        const TraceIndex trace = (selected & static_cast<std::uint32_t>(k < 0)) ? log.trace : kNoTrace;
        if (trace != kNoTrace && (trace != lastTrace || log.span != lastSpan)) [[unlikely]] {
            lastTrace = trace;
            lastSpan = log.span;
            LogRecord record;
            record.trace = trace;
            record.span = log.span;
            lastKey = requestAttributeKey(semconv::logRequestAttributes(*m_store, record, m_counts));
        }
        const std::uint32_t fallback = trace == kNoTrace ? none : lastKey;
        out[i] = has ? key : fallback;
    }
}

void Dimension::logAttributeKeys(const TelemetryStore::LogColumns& c, const std::uint8_t* mask, std::size_t n,
                                 std::uint32_t* out)
{
    // The block's rows hold their arguments in one run, in row order: inside one chunk, or across the end
    // of one.
    const std::size_t firstArg = c.links[0].firstArg;
    const std::size_t endArg = c.links[n - 1].firstArg + c.links[n - 1].argCount;
    if (endArg == firstArg) { // no row has an argument
        logAttributeKeys(c, mask, n, out, 0, [](std::size_t) { return LogArg{0}; });
        return;
    }
    constexpr std::size_t chunk = TelemetryStore::kLogArgChunk;
    const std::size_t boundary = (firstArg / chunk + 1) * chunk;
    if (endArg <= boundary) {
        const LogArg* args = m_store->logArgs(firstArg);
        logAttributeKeys(c, mask, n, out, firstArg, [args, firstArg](std::size_t at) { return args[at - firstArg]; });
    } else if (endArg <= boundary + chunk) {
        const LogArg* before = m_store->logArgs(firstArg);
        const LogArg* after = m_store->logArgs(boundary);
        logAttributeKeys(c, mask, n, out, firstArg,
                         [=](std::size_t at) { return at < boundary ? before[at - firstArg] : after[at - boundary]; });
    } else {
        const TelemetryStore& store = *m_store;
        logAttributeKeys(c, mask, n, out, firstArg, [&store](std::size_t at) { return store.logArg(at); });
    }
}

std::uint32_t Dimension::argumentKey(LogArg arg)
{
    if (logarg::isString(arg))
        return known(arg);
    return extraKey((logarg::isNumber(arg) ? kNumberTag : kIdTag) | logarg::payload(arg));
}

std::uint32_t Dimension::requestAttributeKey(AttributeSetId set)
{
    if (set == 0)
        return missing();
    std::uint32_t* cached = set < m_setValue.size() ? &m_setValue[set] : nullptr;
    if (cached && *cached != 0)
        return *cached - 1;
    std::uint32_t key = missing();
    for (const auto& [name, value] : m_store->attributes(set))
        if (m_store->str(name) == m_path)
            key = known(value);
    if (cached)
        *cached = key + 1;
    return key;
}

std::uint32_t Dimension::traceAttributeKey(TraceIndex trace)
{
    const AttributeSetId set = m_store->trace(trace).attributes;
    return set == 0 ? missing() : known(set); // labelled (and merged) per set
}

void Dimension::keys(const SpanRecord* rows, const TelemetryStore::SpanColumns& c, const std::uint8_t* mask,
                     std::size_t n, std::uint32_t* out)
{
    const std::uint32_t none = missing();
    switch (m_kind) {
    case Kind::Resource:
        for (std::size_t i = 0; i < n; ++i)
            out[i] = c.resource[i] == kNoResource ? none : known(c.resource[i]);
        return;
    case Kind::Operation:
        for (std::size_t i = 0; i < n; ++i)
            out[i] = known(c.operation[i]);
        return;
    case Kind::SpanStatus:
        for (std::size_t i = 0; i < n; ++i)
            out[i] = static_cast<std::uint8_t>(c.status[i]);
        return;
    case Kind::ResourceAttribute:
        for (std::size_t i = 0; i < n; ++i)
            out[i] = c.resource[i] == kNoResource ? none : known(c.resource[i]);
        return;
    case Kind::OperationAttribute:
        for (std::size_t i = 0; i < n; ++i)
            out[i] = known(c.operation[i]);
        return;
    case Kind::Http:
        for (std::size_t i = 0; i < n; ++i)
            out[i] = rows[i].httpStatus == 0 || !m_model->isHttp(c.operation[i]) ? none : rows[i].httpStatus;
        return;
    case Kind::GrpcCode:
        for (std::size_t i = 0; i < n; ++i) {
            const std::uint32_t code = mask[i] ? m_model->grpcKey(rows[i]) : AttributeModel::kNone;
            out[i] = code == AttributeModel::kNone ? none : code;
        }
        return;
    case Kind::ErrorType:
        for (std::size_t i = 0; i < n; ++i) {
            const std::uint32_t key = mask[i] ? m_model->errorTypeKey(rows[i]) : AttributeModel::kNone;
            out[i] = key == AttributeModel::kNone ? none : known(key);
        }
        return;
    case Kind::Error:
        for (std::size_t i = 0; i < n; ++i)
            out[i] = rows[i].error == 0 ? none : known(rows[i].error);
        return;
    case Kind::TraceAttribute: {
        TraceIndex lastTrace = kNoTrace;
        std::uint32_t lastKey = none;
        for (std::size_t i = 0; i < n; ++i) {
            if (!mask[i] || (c.flags[i] & SpanFlags::TagsDropped)) {
                out[i] = none;
                continue;
            }
            if (c.trace[i] != lastTrace) {
                lastTrace = c.trace[i];
                lastKey = traceAttributeKey(lastTrace);
            }
            out[i] = lastKey;
        }
        return;
    }
    default: std::fill(out, out + n, none); return;
    }
}

std::string Dimension::label(std::uint32_t denseKey) const
{
    if (denseKey == missing())
        return {};
    const std::uint64_t key = denseKey < m_dense ? denseKey : m_extra.at(denseKey - m_dense - 1);
    const TelemetryStore& store = *m_store;
    switch (m_kind) {
    case Kind::Resource:
        return std::string(
            resourceTagValue(store, store.resource(static_cast<ResourceId>(key)), static_cast<QueryField>(m_subfield)));
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
    case Kind::ResourceAttribute: {
        const semconv::AttributeList list = semconv::resourceAttributes(store, static_cast<ResourceId>(key), m_counts);
        const semconv::Attribute* a = semconv::find(list, m_path);
        return a ? a->text : std::string();
    }
    case Kind::Operation: return operationFieldValue(store, store.operation(static_cast<OperationId>(key)), m_path);
    case Kind::OperationAttribute: {
        const auto v = m_model->operationValue(static_cast<OperationId>(key), m_path);
        return v ? std::string(*v) : std::string();
    }
    case Kind::GrpcCode: return std::string(semconv::grpcCodeName(static_cast<semconv::GrpcCode>(key)));
    case Kind::ErrorType: return m_model->errorTypeLabel(static_cast<std::uint32_t>(key));
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
