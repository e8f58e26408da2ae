// Compiling a log query's terms into leaves: resolving fields, and for free-text and @attribute terms
// planning how the leaf will find its rows (the term index, an argument scan, or a test per row).
#include "query/LogFilterImpl.h"
#include "semconv/AttributeKeys.h"

#include "query/InlineIdText.h"
#include "telemetry/TrigramSignature.h"

#include <algorithm>

namespace kunren {

using namespace logfilter; // the leaf types the Impl works on

std::uint32_t LogFilter::Impl::leaf(Leaf l)
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

std::uint32_t LogFilter::Impl::textLeaf(const QueryTerm& term)
{
    Leaf l{LeafKind::Text, ValueMatcher(term, ValueMatcher::Mode::Contains)};
    l.term = lowerAscii(term.text);
    l.idPossible = idCharsOnly(l.term);
    const std::string_view needle = l.value.literal();
    l.needleHasDigit = std::any_of(needle.begin(), needle.end(), [](char c) { return c >= '0' && c <= '9'; });
    const std::uint32_t node = leaf(std::move(l));
    Leaf& added = leaves.back();
    planIds(added);
    planArgScan(added);
    planIndex(added);
    return node;
}

// When no inline number can hold the term, a row of an Args template matches only through a string
// argument holding the term or an inline id whose text holds it; both can be told from the argument
// alone, so a block's arguments are scanned in one sequential pass for candidates.
void LogFilter::Impl::planArgScan(Leaf& l) const
{
    if (l.value.literal().empty() || l.value.couldMatchDigits())
        return;
    l.argScan = true;
    l.pending.assign(kQueryBlock, 0);
}

// Which inline ids could hold the term: any (a part of one, l.anyId) or exactly these payloads.
void LogFilter::Impl::planIds(Leaf& l)
{
    const std::string_view needle = l.value.literal();
    if (needle.empty()) {
        l.anyId = l.idPossible; // a wildcard term: decided per id
        return;
    }
    std::vector<std::uint32_t> prefixes;
    for (std::size_t i = 0; i < counts.logTemplates; ++i)
        for (const std::string_view name : templateAt(l, i).names)
            prefixes.push_back(idPrefixKey(name));
    std::sort(prefixes.begin(), prefixes.end());
    prefixes.erase(std::unique(prefixes.begin(), prefixes.end()), prefixes.end());
    for (const std::uint32_t p : prefixes) {
        const IdMatch m = idMatch(idPrefixText(p), needle);
        l.anyId = l.anyId || m.partial;
        if (m.exact)
            l.idPayloads.push_back(m.payload);
    }
    l.anyId = l.anyId && l.idPossible;
}

// Free text matches a row through its template's text (Always, or Render: crossing into arguments), a
// string argument holding the term, or the text of an inline number or id. When no number can hold the
// term and ids only as whole ids, the term index (TelemetryStore::logTerms) names every row that can
// match: rows of Always templates and rows holding a matching string match; rows of Render templates
// and rows holding one of the ids are tested. The leaf then reads its answer from l.rows.
void LogFilter::Impl::planIndex(Leaf& l)
{
    if (l.value.couldMatchDigits() || l.anyId)
        return;
    const LogTermIndex& index = store.logTerms();
    const std::size_t limit = counts.logs;
    std::vector<StringId> exact, verify;
    std::vector<std::uint8_t> isTemplate(stringCount, 0), crossTemplate(stringCount, 0);
    std::uint64_t crossEnds = 0;
    for (std::size_t i = 0; i < counts.logTemplates; ++i) {
        const StringId t = store.logTemplate(i);
        isTemplate[t] = 1;
        const TemplateInfo& info = templateAt(l, i);
        switch (info.state) {
        case TextState::Always: exact.push_back(t); break;
        case TextState::Render: {
            if (info.crossAnyArg) {
                verify.push_back(t);
            } else {
                crossTemplate[t] = 1;
                crossEnds |= info.crossEnds;
            }
            break;
        }
        default: break;
        }
    }
    // Strings whose trigrams cannot hold the term are passed over without reading their text.
    const std::uint64_t needle = trigramSignature(l.value.literal());
    store.strings().forEachMayHold(needle, stringCount, [&](StringId id) {
        if (!l.strings.get(id, [&] { return l.value.matchText(store.str(id)); }))
            return;
        // A template's own text holding the term does not make its rows match (the braces of its
        // placeholders are not text) unless it is Always: rows of such a key are tested.
        if (!isTemplate[id])
            exact.push_back(id);
        else if (templateInfo(l, id).state != TextState::Always)
            verify.push_back(id);
    });
    std::size_t expected = 0;
    for (const StringId s : exact)
        expected += index.rowsWith(s);
    for (const StringId s : verify)
        expected += index.rowsWith(s);
    l.rows = std::make_unique<RowSet>(limit, expected);
    RowSet& rows = *l.rows;
    for (const StringId s : exact)
        index.forEachRowWith(s, limit, [&](std::uint32_t row) { rows.insert(row); });
    auto test = [&](std::uint32_t row) {
        if (matchText(l, store.log(row)))
            rows.insert(row);
    };
    for (const StringId s : verify)
        index.forEachRowWith(s, limit, test);
    for (const std::uint32_t payload : l.idPayloads)
        index.forEachRowWithId(payload, limit, test);
    // Rows of Render templates whose crossing needs a string argument ending with a beginning of the
    // needle: only rows holding such a string are tested.
    for (std::size_t s = 1; crossEnds && s < stringCount; ++s)
        if (endsWithNeedle(store.str(static_cast<StringId>(s)), l.value.literal()) & crossEnds)
            index.forEachRowWith(static_cast<StringId>(s), limit, [&](std::uint32_t row) {
                if (crossTemplate[store.logColumns(row).templ[0]])
                    test(row);
            });
    rows.finish();
}

// `@path:value` when no request attribute is called `path`: a row matches only through the argument at
// its template's `path` placeholder. Numbers there are found from the term index's per-placeholder
// lists (exact); strings equal to the value from their posting lists (tested: the string may sit at
// another placeholder). Placeholders that took too many distinct numbers, ids that could equal the
// value, wildcards and `@path:*` leave the leaf to scan.
void LogFilter::Impl::planAttributeIndex(Leaf& l)
{
    const std::string_view literal = l.value.literal();
    if (l.requestAttribute || l.value.isExists() || (!l.value.isRange() && literal.empty()))
        return;
    const LogTermIndex& index = store.logTerms();
    const std::size_t limit = counts.logs;
    std::vector<std::uint32_t> exactLists;
    for (std::size_t i = 0; i < counts.logTemplates; ++i) {
        const StringId t = store.logTemplate(i);
        const TemplateInfo& info = templateAt(l, i);
        if (info.placeholder < 0)
            continue;
        const auto k = static_cast<std::size_t>(info.placeholder);
        const std::string_view name = info.names[k];
        if (info.idPossible[k] && !l.value.isRange() && literal.size() == std::min<std::size_t>(3, name.size()) + 9)
            return;
        const auto numbers = index.numbersAt(t, k);
        if (!numbers)
            return;
        for (const LogTermIndex::NumberList& n : *numbers)
            if (matchArg(l, logarg::number(n.value), l.path, false))
                exactLists.push_back(n.list);
    }
    std::vector<StringId> strings;
    for (std::size_t s = 1; s < stringCount; ++s)
        if (l.strings.get(s, [&] { return l.value.matchText(store.str(static_cast<StringId>(s))); }))
            strings.push_back(static_cast<StringId>(s));
    std::size_t expected = 0;
    for (const std::uint32_t list : exactLists)
        expected += index.rowsWithNumber(list);
    for (const StringId s : strings)
        expected += index.rowsWith(s);
    l.rows = std::make_unique<RowSet>(limit, expected);
    RowSet& rows = *l.rows;
    for (const std::uint32_t list : exactLists)
        index.forEachRowWithNumber(list, limit, [&](std::uint32_t row) { rows.insert(row); });
    for (const StringId s : strings)
        index.forEachRowWith(s, limit, [&](std::uint32_t row) {
            if (matchAttribute(l, store.log(row)))
                rows.insert(row);
        });
    rows.finish();
}

LogFilter::Impl::IdMatch LogFilter::Impl::idMatch(const std::string& prefix, std::string_view needle)
{
    const std::string shape = prefix + "_????????";
    auto hex = [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); };
    IdMatch m;
    for (std::size_t start = 0; start + needle.size() <= shape.size(); ++start) {
        bool fits = true;
        for (std::size_t j = 0; j < needle.size() && fits; ++j)
            fits = shape[start + j] == '?' ? hex(needle[j]) : shape[start + j] == needle[j];
        if (!fits)
            continue;
        if (start == 0 && needle.size() == shape.size()) {
            // The text shows payload × 2654435761 (mod 2^32); multiply by its inverse to get the payload.
            std::uint32_t shown = 0;
            for (const char c : needle.substr(prefix.size() + 1))
                shown = shown * 16 + static_cast<std::uint32_t>(c <= '9' ? c - '0' : c - 'a' + 10);
            std::uint32_t inverse = 2654435761u;
            for (int k = 0; k < 5; ++k)
                inverse *= 2u - 2654435761u * inverse;
            const std::uint32_t payload = shown * inverse;
            if (payload <= logarg::kPayload) {
                m.exact = true;
                m.payload = payload;
            }
        } else {
            m.partial = true;
        }
    }
    return m;
}

// Inline numbers render as plain decimals ("%u"), so a whole-value test against a literal of digits is
// an integer comparison: see Leaf::numberEquals.
std::int64_t LogFilter::Impl::numberEquals(const ValueMatcher& equals)
{
    const std::string_view lit = equals.literal();
    if (lit.empty() || lit.size() > 10 ||
        !std::all_of(lit.begin(), lit.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return -2;
    if (lit.size() > 1 && lit[0] == '0')
        return -1; // "0500" is never how a number renders
    std::int64_t v = 0;
    for (const char c : lit)
        v = v * 10 + (c - '0');
    return v <= static_cast<std::int64_t>(logarg::kPayload) ? v : -1;
}

std::uint32_t LogFilter::Impl::resourceLeaf(QueryField field, const ValueMatcher& value)
{
    Leaf l{LeafKind::Resource, value};
    l.table = resourceTable(store, counts, field, value);
    return leaf(std::move(l));
}

std::uint32_t LogFilter::Impl::compile(const QueryTerm& term)
{
    const ValueMatcher equals(term, ValueMatcher::Mode::Equals);
    switch (term.field) {
    case FieldKind::Free: return textLeaf(term);
    case FieldKind::Any: {
        Leaf any{LeafKind::AnyAttribute, equals};
        any.term = lowerAscii(term.text);
        any.idPossible = idCharsOnly(any.term);
        any.numberEquals = numberEquals(equals);
        const std::uint32_t a = textLeaf(term);
        const std::uint32_t b = leaf(std::move(any));
        const std::uint32_t c = resourceLeaf(QueryField::Service, equals);
        return plan.add(MaskPlan::Kind::Or, 0, {a, b, c});
    }
    case FieldKind::Attribute: {
        const semconv::ResolvedKey key = semconv::resolveLogKey(term.name);
        if (key.source == semconv::KeySource::Exception) {
            Leaf l{LeafKind::Error, equals};
            l.errorField = key.exceptionField;
            return leaf(std::move(l));
        }
        if (key.source == semconv::KeySource::Resource) {
            Leaf l{LeafKind::Resource, equals};
            l.table = resourceAttributeTable(store, counts, key.key, equals);
            return leaf(std::move(l));
        }
        Leaf l{LeafKind::Attribute, equals};
        l.path = key.key;
        l.requestAttribute = anyAttributeSetHas(l.path);
        l.term = lowerAscii(term.text);
        l.idPossible = idCharsOnly(l.term) || equals.isRange() || equals.isExists();
        l.numberEquals = numberEquals(equals);
        const std::uint32_t node = leaf(std::move(l));
        planAttributeIndex(leaves.back());
        return node;
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

bool LogFilter::Impl::anyAttributeSetHas(std::string_view key) const
{
    for (std::size_t set = 1; set < counts.attributeSets; ++set)
        for (const auto& kv : store.attributes(static_cast<AttributeSetId>(set)))
            if (store.str(kv.first) == key)
                return true;
    return false;
}

} // namespace kunren
