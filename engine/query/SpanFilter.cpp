#include "query/SpanFilter.h"

#include "query/AttributeModel.h"
#include "query/FilterParts.h"
#include "query/MaskPlan.h"
#include "query/QueryParser.h"
#include "semconv/AttributeKeys.h"
#include "semconv/OperationAttributes.h"
#include "semconv/SpanOutcome.h"

#include <algorithm>
#include <limits>

namespace kunren {

namespace {

enum class LeafKind : std::uint8_t {
    Operation,
    Resource,
    Status,
    Http,
    Grpc,
    ErrorType,
    Duration,
    Attribute,
    AnyAttribute,
    Error,
    TraceId,
    SpanId
};

struct Leaf
{
    Leaf(LeafKind k, ValueMatcher v) : kind(k), value(std::move(v)) {}

    LeafKind kind;
    ValueMatcher value;
    std::vector<std::uint8_t> table; // Operation / Resource / Status: one byte per value
    std::string path;
    int errorField = 0;
    bool anyError = false; // free text and *: look at type and message
    double lo = 0, hi = 0; // Duration, in µs
    bool loInclusive = true, hiInclusive = true;
    ExactId id;
    LazyBits sets, errors, traces, codes;
    std::vector<std::uint8_t> grpc; // Grpc / ErrorType: does each gRPC code's name match?
    // Attribute leaves: a trace's spans are contiguous, so the last trace's verdict answers most rows.
    TraceIndex lastTrace = kNoTrace;
    bool lastVerdict = false;
};

} // namespace

std::string operationFieldValue(const TelemetryStore& store, const OperationInfo& op, std::string_view field)
{
    const ServiceInfo* peer = op.peer != kNoService ? &store.service(op.peer) : nullptr;
    if (field == "service")
        return op.service == kNoService ? std::string() : std::string(store.str(store.service(op.service).name));
    if (field == "resource_name")
        return std::string(store.str(op.name));
    if (field == "operation_name")
        return operationName(op.kind, peer ? store.str(peer->system) : std::string_view{}, peer ? peer->kind : 0xFF);
    if (field == "span.kind")
        return std::string(spanKindName(op.kind));
    return {};
}

struct SpanFilter::Impl
{
    const TelemetryStore& store;
    TelemetryCounts counts;
    QueryOptions options;
    std::optional<QueryError> error;
    MaskPlan plan;
    std::vector<Leaf> leaves;

    AttributeModel model;

    Impl(const TelemetryStore& s, const TelemetryCounts& c, const QueryOptions& o)
        : store(s),
          counts(c),
          options(o),
          model(s, c)
    {
    }

    // --- compiling --------------------------------------------------------------------------------

    std::uint32_t leaf(Leaf l)
    {
        l.sets.resize(l.kind == LeafKind::Attribute || l.kind == LeafKind::AnyAttribute ? counts.attributeSets : 0);
        l.traces.resize(l.kind == LeafKind::TraceId ? counts.traces : 0);
        l.codes.resize(l.kind == LeafKind::Http || l.kind == LeafKind::ErrorType ? 65536 : 0);
        l.errors.resize(l.kind == LeafKind::Error || l.kind == LeafKind::ErrorType ? counts.errors : 0);
        leaves.push_back(std::move(l));
        return plan.add(MaskPlan::Kind::Leaf, static_cast<std::uint32_t>(leaves.size() - 1));
    }

    // One byte per operation: does any of `fields` match?
    std::uint32_t operationLeaf(const std::vector<std::string_view>& fields, const ValueMatcher& value)
    {
        Leaf l{LeafKind::Operation, value};
        l.table.assign(counts.operations, 0);
        for (std::size_t i = 0; i < counts.operations; ++i) {
            const OperationInfo& op = store.operation(static_cast<OperationId>(i));
            for (const std::string_view f : fields) {
                const std::string v = operationFieldValue(store, op, f);
                if (!v.empty() && value.matchText(v))
                    l.table[i] = 1;
            }
        }
        return leaf(std::move(l));
    }

    // One byte per operation: does its attribute `key` (every attribute when empty) match?
    std::uint32_t operationAttributeLeaf(std::string_view key, const ValueMatcher& value)
    {
        Leaf l{LeafKind::Operation, value};
        l.table.assign(counts.operations, 0);
        for (std::size_t i = 0; i < counts.operations; ++i)
            for (const semconv::Attribute& a : model.operation(static_cast<OperationId>(i)).list)
                if ((key.empty() || a.key == key) && value.matchText(a.text))
                    l.table[i] = 1;
        return leaf(std::move(l));
    }

    std::uint32_t resourceAttributeLeaf(std::string_view key, const ValueMatcher& value)
    {
        Leaf l{LeafKind::Resource, value};
        l.table = resourceAttributeTable(store, counts, key, value);
        return leaf(std::move(l));
    }

    // rpc.response.status_code (Grpc) or error.type (ErrorType): which gRPC codes' names match.
    std::uint32_t outcomeLeaf(LeafKind kind, const ValueMatcher& value)
    {
        Leaf l{kind, value};
        l.grpc.resize(semconv::kGrpcCodes);
        for (std::size_t c = 0; c < semconv::kGrpcCodes; ++c)
            l.grpc[c] = value.matchText(semconv::grpcCodeName(static_cast<semconv::GrpcCode>(c))) ? 1 : 0;
        return leaf(std::move(l));
    }

    std::uint32_t errorLeaf(const ValueMatcher& value, int field, bool any)
    {
        Leaf l{LeafKind::Error, value};
        l.errorField = field;
        l.anyError = any;
        return leaf(std::move(l));
    }

    std::uint32_t durationLeaf(const QueryTerm& term)
    {
        Leaf l{LeafKind::Duration, ValueMatcher(term, ValueMatcher::Mode::Equals)};
        if (term.value == ValueKind::Exists) {
            l.lo = -std::numeric_limits<double>::infinity();
            l.hi = std::numeric_limits<double>::infinity();
        } else if (term.value == ValueKind::Range) {
            l.lo = term.lo / 1000.0;
            l.hi = term.hi / 1000.0;
            l.loInclusive = term.loInclusive;
            l.hiInclusive = term.hiInclusive;
        } else if (const auto v = parseQueryNumber(term.text); v && !term.hasWildcard()) {
            l.lo = l.hi = *v / 1000.0;
        } else {
            if (!error)
                error = QueryError{term.column, "duration needs a number",
                                   "e.g. duration:>200ms, duration:[100ms TO 1s]; bare numbers are nanoseconds"};
            return plan.add(MaskPlan::Kind::None);
        }
        return leaf(std::move(l));
    }

    std::uint32_t compile(const QueryTerm& term)
    {
        const ValueMatcher equals(term, ValueMatcher::Mode::Equals);
        switch (term.field) {
        case FieldKind::Free: {
            const ValueMatcher contains(term, ValueMatcher::Mode::Contains);
            return plan.add(MaskPlan::Kind::Or, 0,
                            {operationLeaf({"resource_name"}, contains), errorLeaf(contains, 1, true)});
        }
        case FieldKind::Any: {
            // Any attribute the export writes, and the span's service, name and kind.
            std::vector<std::uint32_t> any;
            any.push_back(operationLeaf({"service", "resource_name", "operation_name", "span.kind"}, equals));
            any.push_back(operationAttributeLeaf({}, equals));
            any.push_back(resourceAttributeLeaf({}, equals));
            any.push_back(leaf(Leaf{LeafKind::AnyAttribute, equals}));
            any.push_back(errorLeaf(equals, 0, true));
            any.push_back(leaf(Leaf{LeafKind::Http, equals}));
            any.push_back(outcomeLeaf(LeafKind::Grpc, equals));
            any.push_back(outcomeLeaf(LeafKind::ErrorType, equals));
            return plan.add(MaskPlan::Kind::Or, 0, std::move(any));
        }
        case FieldKind::Attribute: return compileAttribute(term, equals);
        case FieldKind::Named: break;
        }
        const auto field = resolveQueryField(term.name, Signal::Spans);
        if (!field) {
            if (!error)
                error = QueryError{term.column, "unknown span field '" + term.name + "'",
                                   "span fields: " + knownQueryFields(Signal::Spans) + "; attributes start with @"};
            return plan.add(MaskPlan::Kind::None);
        }
        switch (*field) {
        case QueryField::Service: return operationLeaf({"service"}, equals);
        case QueryField::ResourceName: return operationLeaf({"resource_name"}, equals);
        case QueryField::OperationName: return operationLeaf({"operation_name"}, equals);
        case QueryField::SpanKind: return operationLeaf({"span.kind"}, equals);
        case QueryField::Duration: return durationLeaf(term);
        case QueryField::Status: {
            Leaf l{LeafKind::Status, equals};
            l.table = {static_cast<std::uint8_t>(equals.matchText("ok") || equals.matchText("unset")),
                       static_cast<std::uint8_t>(equals.matchText("ok")),
                       static_cast<std::uint8_t>(equals.matchText("error"))};
            return leaf(std::move(l));
        }
        case QueryField::TraceId:
        case QueryField::SpanId: {
            Leaf l{*field == QueryField::TraceId ? LeafKind::TraceId : LeafKind::SpanId, equals};
            l.id = parseExactId(equals.literal(), *field == QueryField::TraceId ? 32 : 16);
            return leaf(std::move(l));
        }
        default: {
            Leaf l{LeafKind::Resource, equals};
            l.table = resourceTable(store, counts, *field, equals);
            return leaf(std::move(l));
        }
        }
    }

    // @key: answered from where engine/semconv says the export takes it.
    std::uint32_t compileAttribute(const QueryTerm& term, const ValueMatcher& equals)
    {
        if (term.name == "duration")
            return durationLeaf(term);
        if (term.name == "span.kind")
            return operationLeaf({"span.kind"}, equals);
        const semconv::ResolvedKey key = semconv::resolveSpanKey(term.name);
        switch (key.source) {
        case semconv::KeySource::Operation: return operationAttributeLeaf(key.key, equals);
        case semconv::KeySource::HttpStatusCode: return leaf(Leaf{LeafKind::Http, equals});
        case semconv::KeySource::GrpcCode: return outcomeLeaf(LeafKind::Grpc, equals);
        case semconv::KeySource::ErrorType: return outcomeLeaf(LeafKind::ErrorType, equals);
        case semconv::KeySource::Exception: return errorLeaf(equals, key.exceptionField, false);
        case semconv::KeySource::Resource: return resourceAttributeLeaf(key.key, equals);
        case semconv::KeySource::Record: break;
        }
        Leaf l{LeafKind::Attribute, equals};
        l.path = key.key;
        return leaf(std::move(l));
    }

    // --- matching ---------------------------------------------------------------------------------

    bool matchAttribute(Leaf& l, TraceIndex trace, std::uint8_t flags)
    {
        if (flags & SpanFlags::TagsDropped)
            return false; // propagation lost the request attributes: they are missing on this span
        if (trace == l.lastTrace)
            return l.lastVerdict;
        l.lastTrace = trace;
        const AttributeSetId set = store.trace(trace).attributes;
        return l.lastVerdict = l.sets.get(set, [&] {
            if (l.kind == LeafKind::AnyAttribute) {
                for (const auto& kv : store.attributes(set))
                    if (l.value.matchText(store.str(kv.second)))
                        return true;
                return false;
            }
            const auto v = findAttribute(store, set, l.path);
            return v && !v->empty() && l.value.matchText(*v);
        });
    }

    bool matchError(Leaf& l, ErrorId e)
    {
        return e != 0 && l.errors.get(e, [&] {
            if (l.anyError)
                return l.value.matchText(errorAttributeValue(store, e, 0)) ||
                       l.value.matchText(errorAttributeValue(store, e, 1));
            const std::string_view v = errorAttributeValue(store, e, l.errorField);
            return !v.empty() && l.value.matchText(v); // an empty value is no value
        });
    }

    template <typename Pred>
    static void each(const SpanRecord* rows, const std::uint8_t* active, std::uint8_t* out, std::size_t n, Pred&& pred)
    {
        for (std::size_t i = 0; i < n; ++i)
            out[i] = active[i] && pred(rows[i], i) ? 1 : 0;
    }

    // Operation, resource, status and duration read their own column (TelemetryStore::SpanColumns).
    void runLeaf(std::uint32_t index, const SpanRecord* rows, const TelemetryStore::SpanColumns& c, std::size_t first,
                 const std::uint8_t* active, std::uint8_t* out, std::size_t n)
    {
        Leaf& l = leaves[index];
        switch (l.kind) {
        case LeafKind::Operation:
            maskByTable(c.operation, active, out, n, l.table, [](OperationId o) { return o; });
            return;
        case LeafKind::Resource:
            maskByTable(c.resource, active, out, n, l.table, [](ResourceId r) { return r; });
            return;
        case LeafKind::Status:
            maskByTable(c.status, active, out, n, l.table, [](SpanStatus s) { return static_cast<std::uint8_t>(s); });
            return;
        case LeafKind::Duration: {
            const double lo = l.lo, hi = l.hi;
            const bool li = l.loInclusive, hiIn = l.hiInclusive;
            for (std::size_t i = 0; i < n; ++i) {
                const double d = c.durationUs[i];
                const bool ok = (li ? d >= lo : d > lo) && (hiIn ? d <= hi : d < hi);
                out[i] = static_cast<std::uint8_t>(active[i] & static_cast<std::uint8_t>(ok));
            }
            return;
        }
        case LeafKind::Http:
            each(rows, active, out, n, [&](const SpanRecord& s, std::size_t) {
                return s.httpStatus != 0 && model.isHttp(s.operation) &&
                       l.codes.get(s.httpStatus, [&] { return l.value.matchNumber(s.httpStatus); });
            });
            return;
        case LeafKind::Grpc:
            each(rows, active, out, n, [&](const SpanRecord& s, std::size_t) {
                const std::uint32_t code = model.grpcKey(s);
                return code != AttributeModel::kNone && l.grpc[code] != 0;
            });
            return;
        case LeafKind::ErrorType:
            each(rows, active, out, n, [&](const SpanRecord& s, std::size_t) {
                const std::uint32_t key = model.errorTypeKey(s);
                if (key == AttributeModel::kNone)
                    return false;
                if (key < AttributeModel::kGrpcBase)
                    return l.codes.get(key, [&] { return l.value.matchText(std::to_string(key)); });
                if (key < AttributeModel::kOther)
                    return l.grpc[key - AttributeModel::kGrpcBase] != 0;
                if (key == AttributeModel::kOther)
                    return l.value.matchText(model.errorTypeLabel(key));
                return l.errors.get(key - AttributeModel::kExceptionBase,
                                    [&] { return l.value.matchText(model.errorTypeLabel(key)); });
            });
            return;
        case LeafKind::Attribute:
        case LeafKind::AnyAttribute:
            for (std::size_t i = 0; i < n; ++i)
                out[i] = active[i] && matchAttribute(l, c.trace[i], c.flags[i]) ? 1 : 0;
            return;
        case LeafKind::Error:
            each(rows, active, out, n, [&](const SpanRecord& s, std::size_t) { return matchError(l, s.error); });
            return;
        case LeafKind::TraceId:
            each(rows, active, out, n, [&](const SpanRecord& s, std::size_t) {
                const TraceRecord& t = store.trace(s.trace);
                if (l.id.exact)
                    return t.idHigh == l.id.high && t.idLow == l.id.low;
                return l.traces.get(s.trace, [&] { return l.value.matchText(hexId(t.idHigh, t.idLow)); });
            });
            return;
        case LeafKind::SpanId:
            each(rows, active, out, n, [&](const SpanRecord& s, std::size_t i) {
                const TraceRecord& t = store.trace(s.trace);
                const auto inTrace = static_cast<std::uint32_t>(first + i - t.firstSpan);
                const std::uint64_t id = TelemetryStore::spanId(t, inTrace);
                return l.id.exact ? id == l.id.low : l.value.matchText(hexId(id));
            });
            return;
        }
    }
};

SpanFilter::SpanFilter(const TelemetryStore& store, const TelemetryCounts& counts, const QueryNode& query,
                       const QueryOptions& options)
    : m_impl(std::make_unique<Impl>(store, counts, options))
{
    auto term = [this](const QueryTerm& t) { return m_impl->compile(t); };
    m_impl->plan.setRoot(buildMaskPlan(m_impl->plan, query, term));
}

SpanFilter::~SpanFilter() = default;
SpanFilter::SpanFilter(SpanFilter&&) noexcept = default;
SpanFilter& SpanFilter::operator=(SpanFilter&&) noexcept = default;

const std::optional<QueryError>& SpanFilter::error() const { return m_impl->error; }

void SpanFilter::match(const SpanRecord* rows, std::size_t first, const std::uint8_t* active, std::uint8_t* out,
                       std::size_t n)
{
    if (m_impl->error) {
        std::fill(out, out + n, std::uint8_t{0});
        return;
    }
    const TelemetryStore::SpanColumns columns = m_impl->store.spanColumns(first);
    m_impl->plan.run(active, out, n,
                     [&](std::uint32_t leaf, const std::uint8_t* a, std::uint8_t* o, std::size_t count) {
                         m_impl->runLeaf(leaf, rows, columns, first, a, o, count);
                     });
}

} // namespace kunren
