#include "query/LogFilter.h"

#include "query/FilterParts.h"
#include "query/MaskPlan.h"

#include <algorithm>
#include <array>
#include <charconv>

namespace kunren {

namespace {

enum class LeafKind : std::uint8_t { Resource, Severity, Text, Attribute, AnyAttribute, Error, TraceId, SpanId };

// What a template means for one free-text term.
enum class TextState : std::uint8_t { Never, Always, Args, Render };

struct TemplateInfo
{
    TextState state = TextState::Args;
    int placeholder = -1;                // Attribute leaves: index of the placeholder named like the path
    std::vector<std::string_view> names; // placeholder names (views into the string table)
    std::vector<std::uint8_t> idPossible; // per placeholder: could the text of an inline id there match?
};

// Inline ids read "pre_3fa8c21b" (the placeholder name's first three letters, '_', 8 hex digits): a term
// using any other character can never match one, which spares rendering ids for most searches.
bool idCouldMatch(std::string_view name, std::string_view lowerTerm)
{
    const std::string prefix = lowerAscii(name.substr(0, std::min<std::size_t>(3, name.size())));
    for (const char c : lowerTerm) {
        const bool hex = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
        if (!hex && c != '_' && c != kWildAny && c != kWildOne && prefix.find(c) == std::string::npos)
            return false;
    }
    return true;
}

bool idCharsOnly(std::string_view s)
{
    return std::all_of(s.begin(), s.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == kWildAny || c == kWildOne;
    });
}

bool endsWithPrefixOf(std::string_view literal, std::string_view needle)
{
    for (std::size_t j = 1; j < needle.size() && j <= literal.size(); ++j)
        if (lowerAscii(std::string(literal.substr(literal.size() - j))) == needle.substr(0, j))
            return true;
    return false;
}

bool startsWithSuffixOf(std::string_view literal, std::string_view needle)
{
    for (std::size_t j = 1; j < needle.size() && j <= literal.size(); ++j)
        if (lowerAscii(std::string(literal.substr(0, j))) == needle.substr(needle.size() - j))
            return true;
    return false;
}

struct Leaf
{
    Leaf(LeafKind k, ValueMatcher v) : kind(k), value(std::move(v)) {}

    LeafKind kind;
    ValueMatcher value;
    std::vector<std::uint8_t> table; // Resource: per resource; Severity: per severity number
    std::string path;
    int errorField = 0;
    bool idPossible = true;          // could an inline id's text match at all?
    std::string term;                // the searched text, lowercase (for the per-placeholder id check)
    ExactId id;
    LazyBits strings, sets, errors, traces;
    LazyBits straddles;              // Text: could this string argument be part of a match crossing into the template?
    bool needleHasDigit = false;
    std::vector<std::uint32_t> templateSlot; // per StringId: 1 + index into templates, 0 = not seen yet
    std::vector<TemplateInfo> templates;
};

} // namespace

struct LogFilter::Impl
{
    const TelemetryStore& store;
    TelemetryCounts counts;
    QueryOptions options;
    std::optional<QueryError> error;
    MaskPlan plan;
    std::vector<Leaf> leaves;
    std::size_t stringCount = 0;

    Impl(const TelemetryStore& s, const TelemetryCounts& c, const QueryOptions& o)
        : store(s), counts(c), options(o), stringCount(s.strings().size())
    {
    }

    // --- compiling --------------------------------------------------------------------------------

    std::uint32_t leaf(Leaf l)
    {
        switch (l.kind) {
        case LeafKind::Text:
        case LeafKind::Attribute:
        case LeafKind::AnyAttribute:
            l.strings.resize(stringCount);
            l.straddles.resize(l.kind == LeafKind::Text ? stringCount : 0);
            l.templateSlot.assign(stringCount, 0);
            l.sets.resize(counts.attributeSets);
            break;
        case LeafKind::Error: l.errors.resize(counts.errors); break;
        case LeafKind::TraceId:
        case LeafKind::SpanId: l.traces.resize(counts.traces); break;
        default: break;
        }
        leaves.push_back(std::move(l));
        return plan.add(MaskPlan::Kind::Leaf, static_cast<std::uint32_t>(leaves.size() - 1));
    }

    std::uint32_t textLeaf(const QueryTerm& term)
    {
        Leaf l{LeafKind::Text, ValueMatcher(term, ValueMatcher::Mode::Contains)};
        l.term = lowerAscii(term.text);
        l.idPossible = idCharsOnly(l.term);
        const std::string_view needle = l.value.literal();
        l.needleHasDigit = std::any_of(needle.begin(), needle.end(), [](char c) { return c >= '0' && c <= '9'; });
        return leaf(std::move(l));
    }

    std::uint32_t resourceLeaf(QueryField field, const ValueMatcher& value)
    {
        Leaf l{LeafKind::Resource, value};
        l.table = resourceTable(store, counts, field, value, options);
        return leaf(std::move(l));
    }

    std::uint32_t compile(const QueryTerm& term)
    {
        const ValueMatcher equals(term, ValueMatcher::Mode::Equals);
        switch (term.field) {
        case FieldKind::Free: return textLeaf(term);
        case FieldKind::Any: {
            Leaf any{LeafKind::AnyAttribute, equals};
            any.term = lowerAscii(term.text);
            any.idPossible = idCharsOnly(any.term);
            const std::uint32_t a = textLeaf(term);
            const std::uint32_t b = leaf(std::move(any));
            const std::uint32_t c = resourceLeaf(QueryField::Service, equals);
            return plan.add(MaskPlan::Kind::Or, 0, {a, b, c});
        }
        case FieldKind::Attribute: {
            if (const auto f = errorAttributeField(term.name)) {
                Leaf l{LeafKind::Error, equals};
                l.errorField = *f;
                return leaf(std::move(l));
            }
            Leaf l{LeafKind::Attribute, equals};
            l.path = term.name;
            l.term = lowerAscii(term.text);
            l.idPossible = idCharsOnly(l.term) || equals.isRange() || equals.isExists();
            return leaf(std::move(l));
        }
        case FieldKind::Named: break;
        }
        const auto field = resolveQueryField(term.name, Signal::Logs);
        if (!field) {
            if (!error)
                error = QueryError{term.column, "unknown log field '" + term.name + "'",
                                   "log fields: " + knownQueryFields(Signal::Logs) + "; attributes start with @"};
            return plan.add(MaskPlan::Kind::None);
        }
        switch (*field) {
        case QueryField::Status: {
            Leaf l{LeafKind::Severity, equals};
            l.table.assign(256, 0);
            for (int n = 0; n < 256; ++n) {
                bool match = equals.isRange() && equals.matchNumber(n);
                for (const std::string_view name : severityNames(n))
                    match = match || (!equals.isRange() && equals.matchText(name));
                l.table[static_cast<std::size_t>(n)] = match ? 1 : 0;
            }
            return leaf(std::move(l));
        }
        case QueryField::Message: return textLeaf(term);
        case QueryField::TraceId:
        case QueryField::SpanId: {
            Leaf l{*field == QueryField::TraceId ? LeafKind::TraceId : LeafKind::SpanId, equals};
            l.id = parseExactId(equals.literal(), *field == QueryField::TraceId ? 32 : 16);
            return leaf(std::move(l));
        }
        default: return resourceLeaf(*field, equals);
        }
    }

    // --- matching ---------------------------------------------------------------------------------

    const TemplateInfo& templateInfo(Leaf& l, StringId templ)
    {
        std::uint32_t slot = templ < l.templateSlot.size() ? l.templateSlot[templ] : 0;
        if (slot == 0) {
            l.templates.push_back(analyze(l, templ));
            slot = static_cast<std::uint32_t>(l.templates.size());
            if (templ < l.templateSlot.size())
                l.templateSlot[templ] = slot;
        }
        return l.templates[slot - 1];
    }

    TemplateInfo analyze(const Leaf& l, StringId templ) const
    {
        const LogTemplateParts parts = splitLogTemplate(store.str(templ));
        TemplateInfo info;
        info.names = parts.names;
        for (const std::string_view name : parts.names)
            info.idPossible.push_back(l.idPossible && idCouldMatch(name, l.term) ? 1 : 0);
        if (l.kind == LeafKind::Attribute) {
            for (std::size_t k = 0; k < parts.names.size(); ++k)
                if (parts.names[k] == l.path)
                    info.placeholder = static_cast<int>(k);
            return info;
        }
        if (l.kind != LeafKind::Text)
            return info;
        for (const std::string_view literal : parts.literals)
            if (l.value.matchText(literal)) {
                info.state = TextState::Always;
                return info;
            }
        if (parts.names.empty()) {
            info.state = TextState::Never;
            return info;
        }
        // A literal term may straddle template text and an argument; only rendering can tell.
        const std::string_view needle = l.value.literal();
        for (std::size_t k = 0; k < parts.literals.size() && !needle.empty(); ++k) {
            const std::string_view lit = parts.literals[k];
            const bool beforeArg = k < parts.names.size(), afterArg = k > 0;
            if ((beforeArg && endsWithPrefixOf(lit, needle)) || (afterArg && startsWithSuffixOf(lit, needle)) ||
                (beforeArg && afterArg && (lit.empty() || containsIgnoreCase(needle, lowerAscii(lit))))) {
                info.state = TextState::Render;
                return info;
            }
        }
        info.state = TextState::Args;
        return info;
    }

    bool matchArg(Leaf& l, LogArg arg, std::string_view name, bool idPossible)
    {
        if (logarg::isString(arg))
            return l.strings.get(arg, [&] { return l.value.matchText(store.str(arg)); });
        if (logarg::isNumber(arg)) {
            if (l.value.isRange() || l.value.isExists())
                return l.value.matchNumber(logarg::payload(arg));
            if (!l.value.couldMatchDigits())
                return false;
        } else if (!idPossible) {
            return false;
        }
        logarg::Buffer buffer;
        return l.value.matchText(logarg::text(store.strings(), arg, name, buffer));
    }

    // A match that crosses from an argument into the template text (or on into the next argument) overlaps
    // the argument at its start (the argument ends with a beginning of the needle), at its end (it starts with
    // an end of the needle) or entirely (the needle contains it).
    static bool couldStraddle(std::string_view needle, std::string_view text)
    {
        const std::string lower = lowerAscii(text);
        if (needle.find(lower) != std::string_view::npos)
            return true;
        for (std::size_t j = 1; j < needle.size() && j <= lower.size(); ++j)
            if (std::string_view(lower).substr(lower.size() - j) == needle.substr(0, j) ||
                std::string_view(lower).substr(0, j) == needle.substr(needle.size() - j))
                return true;
        return false;
    }

    // Render templates: only rows with an argument that could take part in a crossing match are rendered;
    // for the others the term can only lie inside one argument, which the per-argument test decides.
    bool mayStraddle(Leaf& l, const LogRecord& log, const TemplateInfo& t)
    {
        const std::string_view needle = l.value.literal();
        const std::size_t n = std::min<std::size_t>(log.argCount, t.names.size());
        for (std::size_t k = 0; k < n; ++k) {
            const LogArg arg = store.logArg(log.firstArg + k);
            if (logarg::isString(arg)) {
                if (l.straddles.get(arg, [&] { return couldStraddle(needle, store.str(arg)); }))
                    return true;
            } else if (logarg::isNumber(arg)) {
                if (l.needleHasDigit)
                    return true;
            } else {
                logarg::Buffer buffer;
                if (couldStraddle(needle, logarg::text(store.strings(), arg, t.names[k], buffer)))
                    return true;
            }
        }
        return n < t.names.size(); // missing arguments render as nothing: let rendering decide
    }

    bool matchText(Leaf& l, const LogRecord& log)
    {
        const TemplateInfo& t = templateInfo(l, log.templ);
        switch (t.state) {
        case TextState::Never: return false;
        case TextState::Always: return true;
        case TextState::Render:
            if (mayStraddle(l, log, t))
                return l.value.matchText(renderLogMessage(store, log));
            break;
        case TextState::Args: break;
        }
        const std::size_t n = std::min<std::size_t>(log.argCount, t.names.size());
        for (std::size_t k = 0; k < n; ++k)
            if (matchArg(l, store.logArg(log.firstArg + k), t.names[k], t.idPossible[k]))
                return true;
        return false;
    }

    bool matchTraceAttribute(Leaf& l, const LogRecord& log)
    {
        if (log.trace == kNoTrace)
            return false;
        const AttributeSetId set = store.trace(log.trace).attributes;
        return l.sets.get(set, [&] {
            if (l.kind == LeafKind::AnyAttribute) {
                for (const auto& kv : store.attributes(set))
                    if (l.value.matchText(store.str(kv.second)))
                        return true;
                return false;
            }
            const auto v = findAttribute(store, set, l.path);
            return v && l.value.matchText(*v);
        });
    }

    bool matchAttribute(Leaf& l, const LogRecord& log)
    {
        const TemplateInfo& t = templateInfo(l, log.templ);
        if (t.placeholder >= 0 && t.placeholder < log.argCount)
            return matchArg(l, store.logArg(log.firstArg + static_cast<std::size_t>(t.placeholder)), l.path,
                            t.idPossible[static_cast<std::size_t>(t.placeholder)]);
        return matchTraceAttribute(l, log);
    }

    bool matchAnyAttribute(Leaf& l, const LogRecord& log)
    {
        const TemplateInfo& t = templateInfo(l, log.templ);
        const std::size_t n = std::min<std::size_t>(log.argCount, t.names.size());
        for (std::size_t k = 0; k < n; ++k)
            if (matchArg(l, store.logArg(log.firstArg + k), t.names[k], t.idPossible[k]))
                return true;
        return matchTraceAttribute(l, log);
    }

    bool matchTraceId(Leaf& l, const LogRecord& log)
    {
        if (log.trace == kNoTrace)
            return false;
        const TraceRecord& t = store.trace(log.trace);
        if (l.id.exact)
            return t.idHigh == l.id.high && t.idLow == l.id.low;
        return l.traces.get(log.trace, [&] { return l.value.matchText(hexId(t.idHigh, t.idLow)); });
    }

    bool matchSpanId(Leaf& l, const LogRecord& log)
    {
        if (log.trace == kNoTrace || log.span == kNoParent)
            return false;
        const std::uint64_t id = TelemetryStore::spanId(store.trace(log.trace), log.span);
        return l.id.exact ? id == l.id.low : l.value.matchText(hexId(id));
    }

    template <typename Pred>
    static void each(const LogRecord* rows, const std::uint8_t* active, std::uint8_t* out, std::size_t n, Pred&& pred)
    {
        for (std::size_t i = 0; i < n; ++i)
            out[i] = active[i] && pred(rows[i]) ? 1 : 0;
    }

    void runLeaf(std::uint32_t index, const LogRecord* rows, const std::uint8_t* active, std::uint8_t* out,
                 std::size_t n)
    {
        Leaf& l = leaves[index];
        switch (l.kind) {
        case LeafKind::Resource:
            maskByTable(rows, active, out, n, l.table, [](const LogRecord& r) { return r.resource; });
            return;
        case LeafKind::Severity:
            maskByTable(rows, active, out, n, l.table, [](const LogRecord& r) { return static_cast<std::uint8_t>(r.severity); });
            return;
        case LeafKind::Text: each(rows, active, out, n, [&](const LogRecord& r) { return matchText(l, r); }); return;
        case LeafKind::Attribute:
            each(rows, active, out, n, [&](const LogRecord& r) { return matchAttribute(l, r); });
            return;
        case LeafKind::AnyAttribute:
            each(rows, active, out, n, [&](const LogRecord& r) { return matchAnyAttribute(l, r); });
            return;
        case LeafKind::Error:
            each(rows, active, out, n, [&](const LogRecord& r) {
                return r.error != 0 && l.errors.get(r.error, [&] {
                    return l.value.matchText(errorAttributeValue(store, r.error, l.errorField));
                });
            });
            return;
        case LeafKind::TraceId: each(rows, active, out, n, [&](const LogRecord& r) { return matchTraceId(l, r); }); return;
        case LeafKind::SpanId: each(rows, active, out, n, [&](const LogRecord& r) { return matchSpanId(l, r); }); return;
        }
    }
};

LogFilter::LogFilter(const TelemetryStore& store, const TelemetryCounts& counts, const QueryNode& query,
                     const QueryOptions& options)
    : m_impl(std::make_unique<Impl>(store, counts, options))
{
    auto term = [this](const QueryTerm& t) { return m_impl->compile(t); };
    m_impl->plan.setRoot(buildMaskPlan(m_impl->plan, query, term));
}

LogFilter::~LogFilter() = default;
LogFilter::LogFilter(LogFilter&&) noexcept = default;
LogFilter& LogFilter::operator=(LogFilter&&) noexcept = default;

const std::optional<QueryError>& LogFilter::error() const { return m_impl->error; }

void LogFilter::match(const LogRecord* rows, const std::uint8_t* active, std::uint8_t* out, std::size_t n)
{
    if (m_impl->error) {
        std::fill(out, out + n, std::uint8_t{0});
        return;
    }
    m_impl->plan.run(active, out, n, [&](std::uint32_t leaf, const std::uint8_t* a, std::uint8_t* o, std::size_t count) {
        m_impl->runLeaf(leaf, rows, a, o, count);
    });
}

} // namespace kunren
