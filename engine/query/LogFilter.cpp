// Matching log rows a block at a time: each leaf fills its mask from the columns it needs (see
// LogFilterImpl.h for how the parts fit together).
#include "query/LogFilterImpl.h"
#include "semconv/RecordAttributes.h"

#include "query/InlineIdText.h"

#include <algorithm>
#include <charconv>

namespace kunren {

using namespace logfilter; // the leaf types the Impl works on

bool LogFilter::Impl::mayMatchLeaf(std::uint32_t index, std::size_t block) const
{
    const Leaf& l = leaves[index];
    const std::size_t first = block * kQueryBlock;
    return !l.rows || (first < counts.logs && l.rows->any(first, std::min(kQueryBlock, counts.logs - first)));
}

bool LogFilter::Impl::matchArg(Leaf& l, LogArg arg, std::string_view name, bool idPossible)
{
    if (logarg::isString(arg))
        return l.strings.get(arg, [&] {
            const std::string_view v = store.str(arg);
            return !v.empty() && l.value.matchText(v); // an empty value is no value (semconv)
        });
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

// Render templates: only rows with an argument that could take part in a crossing match are rendered;
// for the others the term can only lie inside one argument, which the per-argument test decides.
bool LogFilter::Impl::mayStraddle(Leaf& l, const LogRecord& log, const TemplateInfo& t)
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

bool LogFilter::Impl::matchText(Leaf& l, const LogRecord& log)
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

bool LogFilter::Impl::matchTraceAttribute(Leaf& l, const LogRecord& log)
{
    if (log.trace == kNoTrace || !l.requestAttribute)
        return false;
    if (log.trace == l.lastTrace && log.span == l.lastSpan)
        return l.lastVerdict;
    l.lastTrace = log.trace;
    l.lastSpan = log.span;
    const AttributeSetId set = semconv::logRequestAttributes(store, log, counts);
    if (set == 0)
        return l.lastVerdict = false;
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

bool LogFilter::Impl::matchAttribute(Leaf& l, const LogRecord& log)
{
    const TemplateInfo& t = templateInfo(l, log.templ);
    // A key the message names is the message's (its argument, or nothing); others are the request's.
    if (t.placeholder >= 0)
        return t.placeholder < log.argCount &&
               matchArg(l, store.logArg(log.firstArg + static_cast<std::size_t>(t.placeholder)), l.path,
                        t.idPossible[static_cast<std::size_t>(t.placeholder)]);
    return matchTraceAttribute(l, log);
}

bool LogFilter::Impl::matchAnyAttribute(Leaf& l, const LogRecord& log)
{
    const TemplateInfo& t = templateInfo(l, log.templ);
    const std::size_t n = std::min<std::size_t>(log.argCount, t.names.size());
    for (std::size_t k = 0; k < n; ++k)
        if (matchArg(l, store.logArg(log.firstArg + k), t.names[k], t.idPossible[k]))
            return true;
    return matchTraceAttribute(l, log);
}

bool LogFilter::Impl::matchTraceId(Leaf& l, const LogRecord& log)
{
    if (log.trace == kNoTrace)
        return false;
    const TraceRecord& t = store.trace(log.trace);
    if (l.id.exact)
        return t.idHigh == l.id.high && t.idLow == l.id.low;
    return l.traces.get(log.trace, [&] { return l.value.matchText(hexId(t.idHigh, t.idLow)); });
}

bool LogFilter::Impl::matchSpanId(Leaf& l, const LogRecord& log)
{
    if (log.trace == kNoTrace || log.span == kNoParent)
        return false;
    const std::uint64_t id = TelemetryStore::spanId(store.trace(log.trace), log.span);
    return l.id.exact ? id == l.id.low : l.value.matchText(hexId(id));
}

// The fields the text and attribute tests read, without the columns they don't (time, resource).
LogRecord LogFilter::Impl::linksOf(const TelemetryStore::LogColumns& c, std::size_t i)
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
void LogFilter::Impl::each(const TelemetryStore::LogColumns& c, const std::uint8_t* active, std::uint8_t* out,
                           std::size_t n, Pred&& pred)
{
    for (std::size_t i = 0; i < n; ++i)
        out[i] = active[i] && pred(linksOf(c, i)) ? 1 : 0;
}

// Could this argument be where the term lies (argScan leaves)? A superset: matchText decides.
bool LogFilter::Impl::candidateArg(Leaf& l, LogArg arg)
{
    if (logarg::isString(arg))
        return l.strings.get(arg, [&] {
            const std::string_view v = store.str(arg);
            return !v.empty() && l.value.matchText(v); // an empty value is no value (semconv)
        });
    if (logarg::isNumber(arg))
        return false;
    return l.anyId || std::find(l.idPayloads.begin(), l.idPayloads.end(), logarg::payload(arg)) != l.idPayloads.end();
}

// Free text reads the template column alone for rows whose template decides (Never / Always). With an
// argument scan, rows of Args templates are tested only when one of the block's arguments — read in
// one sequential pass, without the per-row links — is a candidate.
void LogFilter::Impl::runTextLeaf(Leaf& l, std::size_t first, const TelemetryStore::LogColumns& c,
                                  const std::uint8_t* active, std::uint8_t* out, std::size_t n)
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
            scanArgs(
                l, c, out, n, [&](LogArg a) { return candidateArg(l, a); },
                [&](std::size_t row) { return matchText(l, linksOf(c, row)); });
        return;
    }
    for (std::size_t i = 0; i < n; ++i) {
        if (!active[i]) {
            out[i] = 0;
            continue;
        }
        const TemplateInfo& t = templateInfo(l, c.templ[i]);
        out[i] = t.state == TextState::Always  ? 1
                 : t.state == TextState::Never ? 0
                                               : static_cast<std::uint8_t>(matchText(l, linksOf(c, i)));
    }
}

// Reads the block's arguments in one pass; each row still in l.pending that owns an argument for which
// candidate(arg) holds gets out[row] = verify(row). Rows left pending stay as they are (0).
template <typename Candidate, typename Verify>
void LogFilter::Impl::scanArgs(Leaf& l, const TelemetryStore::LogColumns& c, std::uint8_t* out, std::size_t n,
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
void LogFilter::Impl::runAttributeLeaf(Leaf& l, std::size_t first, const TelemetryStore::LogColumns& c,
                                       const std::uint8_t* active, std::uint8_t* out, std::size_t n)
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

void LogFilter::Impl::runLeaf(std::uint32_t index, std::size_t first, const TelemetryStore::LogColumns& c,
                              const std::uint8_t* active, std::uint8_t* out, std::size_t n)
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
            out[i] = active[i] && e != 0 &&
                             l.errors.get(e,
                                          [&] {
                                              const std::string_view v = errorAttributeValue(store, e, l.errorField);
                                              return !v.empty() && l.value.matchText(v); // an empty value is no value
                                          })
                         ? 1
                         : 0;
        }
        return;
    case LeafKind::TraceId: each(c, active, out, n, [&](const LogRecord& r) { return matchTraceId(l, r); }); return;
    case LeafKind::SpanId: each(c, active, out, n, [&](const LogRecord& r) { return matchSpanId(l, r); }); return;
    }
}

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
    m_impl->plan.run(active, out, n,
                     [&](std::uint32_t leaf, const std::uint8_t* a, std::uint8_t* o, std::size_t count) {
                         m_impl->runLeaf(leaf, first, columns, a, o, count);
                     });
}

} // namespace kunren
