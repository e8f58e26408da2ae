#pragma once

// LogFilter's insides, shared by the files that implement it: compiling a query into leaves
// (LogFilterCompile.cpp), working out what each message template means for a term
// (LogFilterTemplates.cpp), and matching rows a block at a time (LogFilter.cpp). Private to the engine.

#include "query/FilterParts.h"
#include "query/LogFilter.h"
#include "query/MaskPlan.h"
#include "query/RowSet.h"

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kunren {

namespace logfilter {

enum class LeafKind : std::uint8_t { Resource, Severity, Text, Attribute, AnyAttribute, Error, TraceId, SpanId };

// What a template means for one free-text term.
enum class TextState : std::uint8_t { Never, Always, Args, Render };

struct TemplateInfo
{
    TextState state = TextState::Args;
    int placeholder = -1;                       // Attribute leaves: index of the placeholder named like the path
    std::span<const std::string_view> names;    // placeholder names: the store's split, or ownParts'
    std::unique_ptr<LogTemplateParts> ownParts; // a template met before the store's split was at hand
    std::vector<std::uint8_t> idPossible;       // per placeholder: could the text of an inline id there match?
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
    bool idPossible = true; // could an inline id's text match at all?
    std::string term;       // the searched text, lowercase (for the per-placeholder id check)
    // Equals on a plain decimal literal: an inline number matches iff it is this value (-1: none can).
    // -2: not such a term, render the number and compare text.
    std::int64_t numberEquals = -2;
    ExactId id;
    LazyBits strings, sets, errors, traces;
    LazyBits straddles; // Text: could this string argument be part of a match crossing into the template?
    bool needleHasDigit = false;
    std::unique_ptr<RowSet> rows; // Text, Attribute: every matching row, when the term index can name them
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
    bool requestAttribute = true;      // Attribute: does any request attribute set have the key at all?
    // A request's logs are contiguous: the last trace's (and span's) verdict answers most.
    TraceIndex lastTrace = kNoTrace;
    std::uint16_t lastSpan = kNoParent;
    bool lastVerdict = false;
    std::vector<std::uint32_t> templateSlot; // per StringId: 1 + index into templates, 0 = not seen yet
    std::vector<TemplateInfo> templates;
};

} // namespace logfilter

// An inline id's prefix (the first three letters of its placeholder's name, lowercase) as one word, and back.
std::uint32_t idPrefixKey(std::string_view name);
std::string idPrefixText(std::uint32_t key);

struct LogFilter::Impl
{
    using LeafKind = logfilter::LeafKind;
    using TextState = logfilter::TextState;
    using TemplateInfo = logfilter::TemplateInfo;
    using Leaf = logfilter::Leaf;

    const TelemetryStore& store;
    TelemetryCounts counts;
    QueryOptions options;
    std::optional<QueryError> error;
    MaskPlan plan;
    std::vector<Leaf> leaves;
    std::size_t stringCount = 0;

    Impl(const TelemetryStore& s, const TelemetryCounts& c, const QueryOptions& o)
        : store(s),
          counts(c),
          options(o),
          stringCount(s.strings().size())
    {
    }

    // --- compiling (LogFilterCompile.cpp) -----------------------------------------------------------

    std::uint32_t leaf(Leaf l);
    std::uint32_t textLeaf(const QueryTerm& term);

    // When no inline number can hold the term, a row of an Args template matches only through a string
    // argument holding the term or an inline id whose text holds it; both can be told from the argument
    // alone, so a block's arguments are scanned in one sequential pass for candidates.
    void planArgScan(Leaf& l) const;

    // Which inline ids could hold the term: any (a part of one, l.anyId) or exactly these payloads.
    void planIds(Leaf& l);

    // Free text matches a row through its template's text (Always, or Render: crossing into arguments), a
    // string argument holding the term, or the text of an inline number or id. When no number can hold the
    // term and ids only as whole ids, the term index (TelemetryStore::logTerms) names every row that can
    // match: rows of Always templates and rows holding a matching string match; rows of Render templates
    // and rows holding one of the ids are tested. The leaf then reads its answer from l.rows.
    void planIndex(Leaf& l);

    // `@path:value` when no request attribute is called `path`: a row matches only through the argument at
    // its template's `path` placeholder. Numbers there are found from the term index's per-placeholder
    // lists (exact); strings equal to the value from their posting lists (tested: the string may sit at
    // another placeholder). Placeholders that took too many distinct numbers, ids that could equal the
    // value, wildcards and `@path:*` leave the leaf to scan.
    void planAttributeIndex(Leaf& l);

    // Can `needle` lie inside the text of an inline id whose placeholder starts with `prefix`
    // ("ord" + "_" + 8 hex digits)? Exactly the whole id (then which payload), or a part of many.
    struct IdMatch
    {
        bool exact = false, partial = false;
        std::uint32_t payload = 0;
    };
    static IdMatch idMatch(const std::string& prefix, std::string_view needle);

    // Inline numbers render as plain decimals ("%u"), so a whole-value test against a literal of digits is
    // an integer comparison: see Leaf::numberEquals.
    static std::int64_t numberEquals(const ValueMatcher& equals);
    std::uint32_t resourceLeaf(QueryField field, const ValueMatcher& value);
    std::uint32_t compile(const QueryTerm& term);

    bool anyAttributeSetHas(std::string_view key) const;

    // --- what a template means for a term (LogFilterTemplates.cpp) --------------------------------

    [[gnu::noinline]] const TemplateInfo& addTemplate(Leaf& l, StringId templ, const LogTemplateParts* parts);

    TemplateInfo analyze(const Leaf& l, StringId templ, const LogTemplateParts* split) const;

    // idCouldMatch (bit 0) and idCouldStraddle (bit 1) for ids at a placeholder called `name`, worked out
    // once per prefix.
    static std::uint8_t idFactsOf(const Leaf& l, std::string_view name);

    // Could a number, or an id of the shape placeholder `name` gives, end with needle[0, a)?
    static bool nonStringCanEndWith(const Leaf& l, std::string_view name, std::size_t a);

    // Bit a (1 ≤ a < 64) of a string's text: it ends with needle[0, a).
    static std::uint64_t endsWithNeedle(std::string_view text, std::string_view needle);

    // endsWithNeedle over every string: computed once per query, and only when a template's literals
    // leave a crossing open.
    std::uint64_t stringsEndWith(const Leaf& l) const;

    // A match that crosses from an argument into the template text (or on into the next argument) overlaps
    // the argument at its start (the argument ends with a beginning of the needle), at its end (it starts with
    // an end of the needle) or entirely (the needle contains it).
    static bool couldStraddle(std::string_view needle, std::string_view text);

    // --- matching (LogFilter.cpp) ---------------------------------------------------------------------

    bool mayMatchLeaf(std::uint32_t index, std::size_t block) const;

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

    bool matchArg(Leaf& l, LogArg arg, std::string_view name, bool idPossible);

    // Render templates: only rows with an argument that could take part in a crossing match are rendered;
    // for the others the term can only lie inside one argument, which the per-argument test decides.
    bool mayStraddle(Leaf& l, const LogRecord& log, const TemplateInfo& t);
    bool matchText(Leaf& l, const LogRecord& log);
    bool matchTraceAttribute(Leaf& l, const LogRecord& log);
    bool matchAttribute(Leaf& l, const LogRecord& log);
    bool matchAnyAttribute(Leaf& l, const LogRecord& log);
    bool matchTraceId(Leaf& l, const LogRecord& log);
    bool matchSpanId(Leaf& l, const LogRecord& log);

    // The fields the text and attribute tests read, without the columns they don't (time, resource).
    static LogRecord linksOf(const TelemetryStore::LogColumns& c, std::size_t i);

    template <typename Pred>
    static void each(const TelemetryStore::LogColumns& c, const std::uint8_t* active, std::uint8_t* out, std::size_t n,
                     Pred&& pred);

    // Could this argument be where the term lies (argScan leaves)? A superset: matchText decides.
    bool candidateArg(Leaf& l, LogArg arg);

    // Free text reads the template column alone for rows whose template decides (Never / Always). With an
    // argument scan, rows of Args templates are tested only when one of the block's arguments — read in
    // one sequential pass, without the per-row links — is a candidate.
    void runTextLeaf(Leaf& l, std::size_t first, const TelemetryStore::LogColumns& c, const std::uint8_t* active,
                     std::uint8_t* out, std::size_t n);

    // Reads the block's arguments in one pass; each row still in l.pending that owns an argument for which
    // candidate(arg) holds gets out[row] = verify(row). Rows left pending stay as they are (0).
    template <typename Candidate, typename Verify>
    void scanArgs(Leaf& l, const TelemetryStore::LogColumns& c, std::uint8_t* out, std::size_t n, Candidate&& candidate,
                  Verify&& verify);

    // Most templates lack the attribute's placeholder; when no request carries it either, the template
    // column alone decides those rows and the links are read only for templates that have it.
    void runAttributeLeaf(Leaf& l, std::size_t first, const TelemetryStore::LogColumns& c, const std::uint8_t* active,
                          std::uint8_t* out, std::size_t n);

    void runLeaf(std::uint32_t index, std::size_t first, const TelemetryStore::LogColumns& c,
                 const std::uint8_t* active, std::uint8_t* out, std::size_t n);
};

} // namespace kunren
