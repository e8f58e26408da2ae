#include "query/LogFilter.h"

#include "query/CrossingMatch.h"
#include "query/FilterParts.h"
#include "query/InlineIdText.h"
#include "query/MaskPlan.h"
#include "query/RowSet.h"
#include "telemetry/TrigramSignature.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <memory>
#include <span>

namespace kunren {

namespace {

enum class LeafKind : std::uint8_t { Resource, Severity, Text, Attribute, AnyAttribute, Error, TraceId, SpanId };

// What a template means for one free-text term.
enum class TextState : std::uint8_t { Never, Always, Args, Render };

struct TemplateInfo
{
    TextState state = TextState::Args;
    int placeholder = -1;                // Attribute leaves: index of the placeholder named like the path
    std::span<const std::string_view> names; // placeholder names: the store's split, or ownParts'
    std::unique_ptr<LogTemplateParts> ownParts; // a template met before the store's split was at hand
    std::vector<std::uint8_t> idPossible; // per placeholder: could the text of an inline id there match?
    std::vector<std::uint8_t> idStraddle; // Text, per placeholder: could an inline id there join a crossing match?
    // Render: a crossing match needs a string argument ending with needle[0, a) for a bit a of crossEnds,
    // unless crossAnyArg (a number, an id, or the template text itself can begin it).
    std::uint64_t crossEnds = 0;
    bool crossAnyArg = false;
};

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
    // Equals on a plain decimal literal: an inline number matches iff it is this value (-1: none can).
    // -2: not such a term, render the number and compare text.
    std::int64_t numberEquals = -2;
    ExactId id;
    LazyBits strings, sets, errors, traces;
    LazyBits straddles;              // Text: could this string argument be part of a match crossing into the template?
    bool needleHasDigit = false;
    std::unique_ptr<RowSet> rows;    // Text, Attribute: every matching row, when the term index can name them
    // Per id prefix (idPrefixKey): idCouldMatch (bit 0) and idCouldStraddle (bit 1) for this term; a
    // few prefixes serve every placeholder of every template.
    mutable std::vector<std::pair<std::uint32_t, std::uint8_t>> idFacts;
    mutable std::uint64_t stringEnds = 0; // Text: bit a set when some string ends with needle[0, a) (stringsEndWith)
    mutable bool stringEndsKnown = false;
    // Text: rows of Args templates are found from the block's arguments (see runTextLeaf): numbers can't
    // hold the term, and an inline id only as one of `idPayloads` (unless `anyId`).
    bool argScan = false;
    bool anyId = false;
    std::vector<std::uint32_t> idPayloads;
    std::vector<std::uint8_t> pending; // scratch: rows of Args templates not yet decided
    bool requestAttribute = true;    // Attribute: does any request attribute set have the key at all?
    TraceIndex lastTrace = kNoTrace; // a request's logs are contiguous: the last trace's verdict answers most
    bool lastVerdict = false;
    std::vector<std::uint32_t> templateSlot; // per StringId: 1 + index into templates, 0 = not seen yet
    std::vector<TemplateInfo> templates;
};

} // namespace

// An inline id's prefix (the first three letters of its placeholder's name, lowercase) as one word.
std::uint32_t idPrefixKey(std::string_view name)
{
    std::uint32_t key = static_cast<std::uint32_t>(std::min<std::size_t>(3, name.size())) << 24;
    for (std::size_t i = 0; i < 3 && i < name.size(); ++i)
        key |= std::uint32_t{static_cast<std::uint8_t>(lowerAscii(name[i]))} << (8 * i);
    return key;
}

std::string idPrefixText(std::uint32_t key)
{
    std::string prefix;
    for (std::uint32_t i = 0; i < key >> 24; ++i)
        prefix.push_back(static_cast<char>(key >> (8 * i) & 0xff));
    return prefix;
}

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
    void planArgScan(Leaf& l) const
    {
        if (l.value.literal().empty() || l.value.couldMatchDigits())
            return;
        l.argScan = true;
        l.pending.assign(kQueryBlock, 0);
    }

    // Which inline ids could hold the term: any (a part of one, l.anyId) or exactly these payloads.
    void planIds(Leaf& l)
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
    void planIndex(Leaf& l)
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
    void planAttributeIndex(Leaf& l)
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

    // Can `needle` lie inside the text of an inline id whose placeholder starts with `prefix`
    // ("ord" + "_" + 8 hex digits)? Exactly the whole id (then which payload), or a part of many.
    struct IdMatch
    {
        bool exact = false, partial = false;
        std::uint32_t payload = 0;
    };
    static IdMatch idMatch(const std::string& prefix, std::string_view needle)
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

    bool mayMatchLeaf(std::uint32_t index, std::size_t block) const
    {
        const Leaf& l = leaves[index];
        const std::size_t first = block * kQueryBlock;
        return !l.rows || (first < counts.logs && l.rows->any(first, std::min(kQueryBlock, counts.logs - first)));
    }

    // Inline numbers render as plain decimals ("%u"), so a whole-value test against a literal of digits is
    // an integer comparison: see Leaf::numberEquals.
    static std::int64_t numberEquals(const ValueMatcher& equals)
    {
        const std::string_view lit = equals.literal();
        if (lit.empty() || lit.size() > 10 || !std::all_of(lit.begin(), lit.end(), [](char c) { return c >= '0' && c <= '9'; }))
            return -2;
        if (lit.size() > 1 && lit[0] == '0')
            return -1; // "0500" is never how a number renders
        std::int64_t v = 0;
        for (const char c : lit)
            v = v * 10 + (c - '0');
        return v <= static_cast<std::int64_t>(logarg::kPayload) ? v : -1;
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
            any.numberEquals = numberEquals(equals);
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

    // --- matching ---------------------------------------------------------------------------------

    // Per row: the template's analysis, made once per template (the fast path stays inline).
    const TemplateInfo& templateInfo(Leaf& l, StringId templ)
    {
        if (templ < l.templateSlot.size())
            if (const std::uint32_t slot = l.templateSlot[templ]; slot != 0)
                return l.templates[slot - 1];
        return addTemplate(l, templ, nullptr);
    }
    // Template i of the store (i < counts.logTemplates), analysed from the store's split of it.
    const TemplateInfo& templateAt(Leaf& l, std::size_t i)
    {
        const StringId templ = store.logTemplate(i);
        if (templ < l.templateSlot.size())
            if (const std::uint32_t slot = l.templateSlot[templ]; slot != 0)
                return l.templates[slot - 1];
        return addTemplate(l, templ, &store.logTemplateParts(i));
    }

    [[gnu::noinline]] const TemplateInfo& addTemplate(Leaf& l, StringId templ, const LogTemplateParts* parts)
    {
        std::uint32_t slot = templ < l.templateSlot.size() ? l.templateSlot[templ] : 0;
        if (slot == 0) {
            l.templates.push_back(analyze(l, templ, parts));
            slot = static_cast<std::uint32_t>(l.templates.size());
            if (templ < l.templateSlot.size())
                l.templateSlot[templ] = slot;
        }
        return l.templates[slot - 1];
    }

    TemplateInfo analyze(const Leaf& l, StringId templ, const LogTemplateParts* split) const
    {
        TemplateInfo info;
        if (!split) {
            info.ownParts = std::make_unique<LogTemplateParts>(splitLogTemplate(store.str(templ)));
            split = info.ownParts.get();
        }
        const LogTemplateParts& parts = *split;
        info.names = parts.names;
        for (const std::string_view name : parts.names)
            info.idPossible.push_back(l.idPossible && (idFactsOf(l, name) & 1) ? 1 : 0);
        if (l.kind == LeafKind::Attribute) {
            for (std::size_t k = 0; k < parts.names.size(); ++k)
                if (parts.names[k] == l.path)
                    info.placeholder = static_cast<int>(k);
            return info;
        }
        if (l.kind != LeafKind::Text)
            return info;
        for (const std::string_view name : parts.names)
            info.idStraddle.push_back(idFactsOf(l, name) >> 1 & 1);
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
        if (!needle.empty())
            info.crossAnyArg = crossingPossible(parts, needle, [&](std::size_t k, std::size_t a) {
                if (a >= 64 || nonStringCanEndWith(l, parts.names[k], a))
                    return true;
                if (stringsEndWith(l) >> a & 1)
                    info.crossEnds |= std::uint64_t{1} << a;
                return false;
            });
        info.state = info.crossAnyArg || info.crossEnds ? TextState::Render : TextState::Args;
        return info;
    }

    // idCouldMatch (bit 0) and idCouldStraddle (bit 1) for ids at a placeholder called `name`, worked out
    // once per prefix.
    static std::uint8_t idFactsOf(const Leaf& l, std::string_view name)
    {
        const std::uint32_t key = idPrefixKey(name);
        for (const auto& [k, facts] : l.idFacts)
            if (k == key)
                return facts;
        const std::string prefix = idPrefixText(key);
        const auto facts = static_cast<std::uint8_t>((idCouldMatch(prefix, l.term) ? 1 : 0) |
                                                     (idCouldStraddle(l.value.literal(), prefix) ? 2 : 0));
        l.idFacts.emplace_back(key, facts);
        return facts;
    }

    // Could a number, or an id of the shape placeholder `name` gives, end with needle[0, a)?
    static bool nonStringCanEndWith(const Leaf& l, std::string_view name, std::size_t a)
    {
        const std::string_view part = l.value.literal().substr(0, a);
        if (std::all_of(part.begin(), part.end(), [](char c) { return c >= '0' && c <= '9'; }))
            return true;
        return l.idPossible && idCanEndWith(lowerAscii(name.substr(0, std::min<std::size_t>(3, name.size()))), part);
    }

    // Bit a (1 ≤ a < 64) of a string's text: it ends with needle[0, a).
    static std::uint64_t endsWithNeedle(std::string_view text, std::string_view needle)
    {
        std::uint64_t bits = 0;
        for (std::size_t k = 1; k < needle.size() && k <= text.size() && k < 64; ++k) {
            const std::string_view tail = text.substr(text.size() - k);
            if (std::equal(tail.begin(), tail.end(), needle.begin(), [](char t, char n) { return lowerAscii(t) == n; }))
                bits |= std::uint64_t{1} << k;
        }
        return bits;
    }

    // endsWithNeedle over every string: computed once per query, and only when a template's literals
    // leave a crossing open.
    std::uint64_t stringsEndWith(const Leaf& l) const
    {
        if (!l.stringEndsKnown) {
            for (std::size_t s = 1; s < stringCount; ++s)
                l.stringEnds |= endsWithNeedle(store.str(static_cast<StringId>(s)), l.value.literal());
            l.stringEndsKnown = true;
        }
        return l.stringEnds;
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
            if (l.numberEquals != -2)
                return static_cast<std::int64_t>(logarg::payload(arg)) == l.numberEquals;
            char digits[16]; // as logarg::text renders it, without snprintf's cost
            const auto r = std::to_chars(digits, digits + sizeof digits, logarg::payload(arg));
            return l.value.matchText(std::string_view(digits, static_cast<std::size_t>(r.ptr - digits)));
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
            } else if (t.idStraddle[k]) {
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

    bool anyAttributeSetHas(std::string_view key) const
    {
        for (std::size_t set = 1; set < counts.attributeSets; ++set)
            for (const auto& kv : store.attributes(static_cast<AttributeSetId>(set)))
                if (store.str(kv.first) == key)
                    return true;
        return false;
    }

    bool matchTraceAttribute(Leaf& l, const LogRecord& log)
    {
        if (log.trace == kNoTrace || !l.requestAttribute)
            return false;
        if (log.trace == l.lastTrace)
            return l.lastVerdict;
        l.lastTrace = log.trace;
        const AttributeSetId set = store.trace(log.trace).attributes;
        return l.lastVerdict = l.sets.get(set, [&] {
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

    // The fields the text and attribute tests read, without the columns they don't (time, resource).
    static LogRecord linksOf(const TelemetryStore::LogColumns& c, std::size_t i)
    {
        const LogLinks& k = c.links[i];
        LogRecord r;
        r.templ = c.templ[i];
        r.firstArg = k.firstArg;
        r.error = k.error;
        r.trace = k.trace;
        r.span = k.span;
        r.argCount = k.argCount;
        return r;
    }

    template <typename Pred>
    static void each(const TelemetryStore::LogColumns& c, const std::uint8_t* active, std::uint8_t* out,
                     std::size_t n, Pred&& pred)
    {
        for (std::size_t i = 0; i < n; ++i)
            out[i] = active[i] && pred(linksOf(c, i)) ? 1 : 0;
    }

    // Could this argument be where the term lies (argScan leaves)? A superset: matchText decides.
    bool candidateArg(Leaf& l, LogArg arg)
    {
        if (logarg::isString(arg))
            return l.strings.get(arg, [&] { return l.value.matchText(store.str(arg)); });
        if (logarg::isNumber(arg))
            return false;
        return l.anyId || std::find(l.idPayloads.begin(), l.idPayloads.end(), logarg::payload(arg)) != l.idPayloads.end();
    }

    // Free text reads the template column alone for rows whose template decides (Never / Always). With an
    // argument scan, rows of Args templates are tested only when one of the block's arguments — read in
    // one sequential pass, without the per-row links — is a candidate.
    void runTextLeaf(Leaf& l, std::size_t first, const TelemetryStore::LogColumns& c, const std::uint8_t* active,
                     std::uint8_t* out, std::size_t n)
    {
        if (l.rows) {
            l.rows->fill(first, n, active, out);
            return;
        }
        if (l.argScan && n > 0) {
            bool anyPending = false;
            for (std::size_t i = 0; i < n; ++i) {
                l.pending[i] = 0;
                if (!active[i]) {
                    out[i] = 0;
                    continue;
                }
                const TemplateInfo& t = templateInfo(l, c.templ[i]);
                switch (t.state) {
                case TextState::Always: out[i] = 1; break;
                case TextState::Never: out[i] = 0; break;
                case TextState::Render: out[i] = static_cast<std::uint8_t>(matchText(l, linksOf(c, i))); break;
                case TextState::Args:
                    out[i] = 0;
                    l.pending[i] = 1;
                    anyPending = true;
                    break;
                }
            }
            if (anyPending)
                scanArgs(l, c, out, n, [&](LogArg a) { return candidateArg(l, a); },
                         [&](std::size_t row) { return matchText(l, linksOf(c, row)); });
            return;
        }
        for (std::size_t i = 0; i < n; ++i) {
            if (!active[i]) {
                out[i] = 0;
                continue;
            }
            const TemplateInfo& t = templateInfo(l, c.templ[i]);
            out[i] = t.state == TextState::Always ? 1
                     : t.state == TextState::Never ? 0
                                                   : static_cast<std::uint8_t>(matchText(l, linksOf(c, i)));
        }
    }

    // Reads the block's arguments in one pass; each row still in l.pending that owns an argument for which
    // candidate(arg) holds gets out[row] = verify(row). Rows left pending stay as they are (0).
    template <typename Candidate, typename Verify>
    void scanArgs(Leaf& l, const TelemetryStore::LogColumns& c, std::uint8_t* out, std::size_t n,
                  Candidate&& candidate, Verify&& verify)
    {
        if (n > 0) {
            // Arguments of consecutive rows are consecutive: row i owns [firstArg_i, firstArg_i + argCount_i).
            const std::size_t begin = c.links[0].firstArg;
            const std::size_t end = std::size_t{c.links[n - 1].firstArg} + c.links[n - 1].argCount;
            std::size_t row = 0;
            for (std::size_t a = begin; a < end; ++a) {
                if (!candidate(store.logArg(a)))
                    continue;
                // The row owning argument a: the last row at or after `row` whose firstArg ≤ a, found by
                // galloping (candidates are often a few rows apart) and then bisecting.
                std::size_t lo = row, step = 1;
                while (lo + step < n && c.links[lo + step].firstArg <= a) {
                    lo += step;
                    step *= 2;
                }
                std::size_t hi = std::min(n, lo + step);
                while (hi - lo > 1) {
                    const std::size_t mid = lo + (hi - lo) / 2;
                    if (c.links[mid].firstArg <= a)
                        lo = mid;
                    else
                        hi = mid;
                }
                row = lo;
                if (l.pending[row]) {
                    l.pending[row] = 0;
                    out[row] = static_cast<std::uint8_t>(verify(row));
                }
            }
        }
    }

    // Most templates lack the attribute's placeholder; when no request carries it either, the template
    // column alone decides those rows and the links are read only for templates that have it.
    void runAttributeLeaf(Leaf& l, std::size_t first, const TelemetryStore::LogColumns& c, const std::uint8_t* active,
                          std::uint8_t* out, std::size_t n)
    {
        if (l.rows) {
            l.rows->fill(first, n, active, out);
            return;
        }
        for (std::size_t i = 0; i < n; ++i) {
            if (!active[i]) {
                out[i] = 0;
                continue;
            }
            if (!l.requestAttribute && templateInfo(l, c.templ[i]).placeholder < 0) {
                out[i] = 0;
                continue;
            }
            out[i] = static_cast<std::uint8_t>(matchAttribute(l, linksOf(c, i)));
        }
    }

    void runLeaf(std::uint32_t index, std::size_t first, const TelemetryStore::LogColumns& c, const std::uint8_t* active,
                 std::uint8_t* out, std::size_t n)
    {
        Leaf& l = leaves[index];
        switch (l.kind) {
        case LeafKind::Resource:
            maskByTable(c.resource, active, out, n, l.table, [](LogResource r) { return r; }); // none: beyond the table
            return;
        case LeafKind::Severity:
            maskByTable(c.severity, active, out, n, l.table, [](Severity s) { return static_cast<std::uint8_t>(s); });
            return;
        case LeafKind::Text: runTextLeaf(l, first, c, active, out, n); return;
        case LeafKind::Attribute: runAttributeLeaf(l, first, c, active, out, n); return;
        case LeafKind::AnyAttribute:
            each(c, active, out, n, [&](const LogRecord& r) { return matchAnyAttribute(l, r); });
            return;
        case LeafKind::Error:
            for (std::size_t i = 0; i < n; ++i) {
                const ErrorId e = c.links[i].error;
                out[i] = active[i] && e != 0 && l.errors.get(e, [&] {
                    return l.value.matchText(errorAttributeValue(store, e, l.errorField));
                }) ? 1 : 0;
            }
            return;
        case LeafKind::TraceId: each(c, active, out, n, [&](const LogRecord& r) { return matchTraceId(l, r); }); return;
        case LeafKind::SpanId: each(c, active, out, n, [&](const LogRecord& r) { return matchSpanId(l, r); }); return;
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

bool LogFilter::mayMatchBlock(std::size_t b) const
{
    if (m_impl->error)
        return false;
    return m_impl->plan.mayMatch([&](std::uint32_t leaf) { return m_impl->mayMatchLeaf(leaf, b); });
}

std::size_t LogFilter::lastCandidateBlock(std::size_t b) const
{
    if (m_impl->error)
        return RowSet::npos;
    // Every required leaf must hold a row in the block; one with none left ends the search (npos).
    std::size_t last = b;
    m_impl->plan.forEachRequiredLeaf([&](std::uint32_t leaf) {
        if (const auto& rows = m_impl->leaves[leaf].rows; rows && last != RowSet::npos)
            last = rows->lastBlockAtOrBefore(last, kQueryBlock); // never after `last`; npos when none
    });
    return last;
}

std::optional<std::size_t> LogFilter::countRows(std::size_t first, std::size_t n) const
{
    std::uint32_t leaf = 0;
    if (m_impl->error || !m_impl->plan.rootIsLeaf(leaf) || !m_impl->leaves[leaf].rows)
        return std::nullopt;
    return m_impl->leaves[leaf].rows->count(first, n);
}

void LogFilter::match(std::size_t first, const std::uint8_t* active, std::uint8_t* out, std::size_t n)
{
    if (m_impl->error) {
        std::fill(out, out + n, std::uint8_t{0});
        return;
    }
    const TelemetryStore::LogColumns columns = m_impl->store.logColumns(first);
    m_impl->plan.run(active, out, n, [&](std::uint32_t leaf, const std::uint8_t* a, std::uint8_t* o, std::size_t count) {
        m_impl->runLeaf(leaf, first, columns, a, o, count);
    });
}

} // namespace kunren
