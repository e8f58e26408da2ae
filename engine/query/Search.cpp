#include "query/Search.h"

#include "query/Dimension.h"
#include "query/FacetCounts.h"
#include "query/LogFilter.h"
#include "query/MaskPlan.h"
#include "query/QueryFields.h"
#include "query/QueryParser.h"
#include "query/SpanFilter.h"

#include <algorithm>
#include <limits>
#include <optional>
#include <queue>
#include <unordered_map>

namespace kunren {

namespace {

struct GroupAcc
{
    std::uint64_t count = 0, errors = 0;
    double weight = 0, sumMs = 0;
    std::vector<std::uint32_t> durationsUs;
};

// One log row of a block: the block's columns and the row's offset in them.
struct LogRef
{
    const TelemetryStore::LogColumns* columns;
    std::size_t i;
};

struct LogBlock
{
    TelemetryStore::LogColumns columns;
    LogRef operator[](std::size_t i) const { return {&columns, i}; }
};

// Reads rows and times of one signal in blocks.
struct LogRows
{
    const TelemetryStore& store;
    using Record = LogRecord;
    std::size_t count(const TelemetryCounts& c) const { return c.logs; }
    // Blocks start at multiples of kQueryBlock, which divides the store's chunk size, so a block's rows
    // are contiguous in memory.
    LogBlock block(std::size_t first) const { return {store.logColumns(first)}; }
    SimTime time(const LogRef& r) const { return r.columns->time[r.i]; }
    double weight(const LogRef&) const { return 1.0; }
    const BlockSummary* summary(std::size_t b, const TelemetryCounts& c) const
    {
        return b < c.logs / TelemetryStore::kSummaryBlock ? &store.logBlock(b) : nullptr;
    }
};

// One span of a block: its row and the block's span columns.
struct SpanRef
{
    const SpanRecord& row;
    const TelemetryStore::SpanColumns* columns;
    std::size_t i;
};

struct SpanBlock
{
    const SpanRecord* rows;
    TelemetryStore::SpanColumns columns;
    SpanRef operator[](std::size_t i) const { return {rows[i], &columns, i}; }
};

struct SpanRows
{
    const TelemetryStore& store;
    using Record = SpanRecord;
    std::size_t count(const TelemetryCounts& c) const { return c.spans; }
    SpanBlock block(std::size_t first) const { return {&store.span(first), store.spanColumns(first)}; }
    SimTime time(const SpanRef& r) const { return spanStart(store, r.row); }
    double weight(const SpanRef& r) const { return store.trace(r.row.trace).weight; }
    const BlockSummary* summary(std::size_t b, const TelemetryCounts& c) const
    {
        return b < c.spans / TelemetryStore::kSummaryBlock ? &store.spanBlock(b) : nullptr;
    }
};

void matchLogs(LogFilter& f, const LogBlock&, std::size_t first, const std::uint8_t* a, std::uint8_t* o, std::size_t n)
{
    f.match(first, a, o, n);
}

bool blockMayMatch(const LogFilter& f, std::size_t b) { return f.mayMatchBlock(b); }
bool blockMayMatch(const SpanFilter&, std::size_t) { return true; }
std::size_t lastCandidateBlock(const LogFilter& f, std::size_t b) { return f.lastCandidateBlock(b); }
std::size_t lastCandidateBlock(const SpanFilter&, std::size_t b) { return b; }
std::optional<std::size_t> countRows(const LogFilter& f, std::size_t first, std::size_t n)
{
    return f.countRows(first, n);
}
std::optional<std::size_t> countRows(const SpanFilter&, std::size_t, std::size_t) { return std::nullopt; }

void keysOf(Dimension& d, const LogBlock& b, const std::uint8_t* mask, std::size_t n, std::uint32_t* keys)
{
    d.keys(b.columns, mask, n, keys);
}
void keysOf(Dimension& d, const SpanBlock& b, const std::uint8_t* mask, std::size_t n, std::uint32_t* keys)
{
    d.keys(b.rows, b.columns, mask, n, keys);
}
void matchSpans(SpanFilter& f, const SpanBlock& block, std::size_t first, const std::uint8_t* a, std::uint8_t* o,
                std::size_t n)
{
    f.match(block.rows, first, a, o, n);
}

// The newest `k` matches, newest first (ties: later row first), kept while the search scans.
class NewestRows
{
public:
    explicit NewestRows(std::size_t k) : m_k(k) {}

    // Nothing in a block whose rows all started before the oldest kept one can make the page.
    bool closedTo(SimTime blockMaxTime) const
    {
        return m_k == 0 || (m_heap.size() == m_k && blockMaxTime < m_heap.top().first);
    }
    void offer(SimTime time, std::uint32_t row)
    {
        const Entry e{time, row};
        if (m_heap.size() < m_k) {
            m_heap.push(e);
        } else if (m_heap.top() < e) {
            m_heap.pop();
            m_heap.push(e);
        }
    }
    std::vector<std::uint32_t> take()
    {
        std::vector<std::uint32_t> out(m_heap.size());
        for (std::size_t i = out.size(); i-- > 0;) {
            out[i] = m_heap.top().second;
            m_heap.pop();
        }
        return out;
    }

private:
    using Entry = std::pair<SimTime, std::uint32_t>;
    std::size_t m_k;
    std::priority_queue<Entry, std::vector<Entry>, std::greater<>> m_heap; // oldest of the kept on top
};

// The element at floor(q × (n − 1)) of the sorted values, found without sorting: quantiles are asked in
// increasing order, so each selection only looks right of the previous one.
double quantileMs(std::vector<std::uint32_t>& values, std::size_t& done, double q)
{
    if (values.empty())
        return 0.0;
    const auto k = static_cast<std::size_t>(q * static_cast<double>(values.size() - 1));
    const auto begin = values.begin() + static_cast<std::ptrdiff_t>(done);
    std::nth_element(begin, values.begin() + static_cast<std::ptrdiff_t>(k), values.end());
    done = k;
    return values[k] / 1000.0;
}

template <typename Rows, typename Filter, typename MatchFn, typename DimensionFn>
SearchResult search(const TelemetryStore& store, const SearchRequest& request, Signal signal, MatchFn matchBlock,
                    DimensionFn makeDimension)
{
    SearchResult result;
    const ParsedQuery parsed = parseQuery(request.query);
    if (!parsed.ok()) {
        result.error = parsed.error;
        return result;
    }
    const TelemetryCounts counts = store.counts();
    Filter filter(store, counts, parsed.root, request.options);
    if (filter.error()) {
        result.error = filter.error();
        return result;
    }
    std::vector<Dimension> facets;
    for (const std::string& name : request.facets) {
        QueryError error;
        auto d = makeDimension(store, counts, name, request.options, error);
        if (!d) {
            result.error = error;
            return result;
        }
        facets.push_back(std::move(*d));
    }
    std::optional<Dimension> groupBy;
    if (!request.groupBy.empty()) {
        QueryError error;
        groupBy = signal == Signal::Spans ? Dimension::forSpans(store, counts, request.groupBy, request.options, error)
                                          : std::nullopt;
        if (!groupBy) {
            result.error = signal == Signal::Spans ? error
                                                   : QueryError{0, "group-by works on spans only", "add --spans"};
            return result;
        }
    }

    result.from = request.from;
    result.to = std::min(request.to, std::max(counts.time, request.from));
    const Rows rows{store};
    const std::size_t buckets = request.histogramBuckets;
    const SimTime span = result.to > result.from ? result.to - result.from : 1;
    if (buckets > 0) {
        result.histogram.assign(buckets, 0);
        result.bucketWidth = (span + static_cast<SimTime>(buckets) - 1) / static_cast<SimTime>(buckets);
    }
    std::vector<FacetCounts> facetCounts(facets.size());
    std::vector<GroupAcc> groups;
    double estimated = 0;

    // One pass, newest block first: each block is masked, then its matches are counted into the estimate,
    // histogram, facets and groups while the block's rows are still in cache, and offered to the page until
    // the page is full of rows newer than the block. Block summaries spare the per-row time test (and the
    // per-row weight lookup when the block's traces share one weight).
    static_assert(kQueryBlock == TelemetryStore::kSummaryBlock);
    std::uint64_t matched = 0;
    NewestRows page(request.limit > 0 ? request.offset + request.limit : 0);
    std::vector<std::uint8_t> active(kQueryBlock), out(kQueryBlock);
    std::vector<std::uint32_t> keys(kQueryBlock);
    std::vector<double> rowWeights;
    const std::size_t total = rows.count(counts);
    const bool countOnly = buckets == 0 && facets.empty() && !groupBy;
    for (std::size_t blockIndex = (total + kQueryBlock - 1) / kQueryBlock; blockIndex-- > 0;) {
        blockIndex = lastCandidateBlock(filter, blockIndex);
        if (blockIndex == static_cast<std::size_t>(-1))
            break;
        const std::size_t first = blockIndex * kQueryBlock;
        const std::size_t n = std::min(kQueryBlock, total - first);
        const BlockSummary* summary = rows.summary(first / kQueryBlock, counts);
        if ((summary && (summary->maxTime < request.from || summary->minTime >= request.to)) ||
            !blockMayMatch(filter, blockIndex))
            continue;
        const bool oneWeight = summary && summary->minWeight == summary->maxWeight;
        double blockWeight = oneWeight ? summary->minWeight : 1.0;
        const bool offer = !page.closedTo(summary ? summary->maxTime : std::numeric_limits<SimTime>::max());
        const bool wholeBlock = summary && summary->minTime >= request.from && summary->maxTime < request.to;
        if (wholeBlock && !offer && oneWeight && countOnly) {
            // Only counting rows all in the window: an index may know the answer without a mask.
            if (const auto hits = countRows(filter, first, n)) {
                matched += *hits;
                estimated += blockWeight * static_cast<double>(*hits);
                continue;
            }
        }
        const auto block = rows.block(first);
        if (wholeBlock) {
            std::fill(active.begin(), active.begin() + static_cast<std::ptrdiff_t>(n), std::uint8_t{1});
        } else {
            std::uint8_t any = 0;
            for (std::size_t i = 0; i < n; ++i) {
                const SimTime t = rows.time(block[i]);
                active[i] = t >= request.from && t < request.to ? 1 : 0;
                any |= active[i];
            }
            if (!any)
                continue;
        }
        matchBlock(filter, block, first, active.data(), out.data(), n);
        // The block's matches, a pass per use over the mask: each pass is a tight loop over one column.
        std::size_t hits = 0;
        for (std::size_t i = 0; i < n; ++i)
            hits += out[i];
        if (hits == 0)
            continue;
        matched += hits;
        const double* weights = nullptr;
        if (oneWeight) {
            estimated += blockWeight * static_cast<double>(hits);
        } else {
            rowWeights.resize(kQueryBlock);
            // A block without a summary (the newest) may still have matches of one weight (logs all weigh 1).
            bool same = true;
            double firstWeight = -1;
            for (std::size_t i = 0; i < n; ++i)
                if (out[i]) {
                    rowWeights[i] = rows.weight(block[i]);
                    estimated += rowWeights[i];
                    firstWeight = firstWeight < 0 ? rowWeights[i] : firstWeight;
                    same = same && rowWeights[i] == firstWeight;
                }
            if (same)
                blockWeight = firstWeight;
            else
                weights = rowWeights.data();
        }
        if (offer || buckets > 0) {
            for (std::size_t i = 0; i < n; ++i) {
                if (!out[i])
                    continue;
                const SimTime t = rows.time(block[i]);
                if (offer)
                    page.offer(t, static_cast<std::uint32_t>(first + i));
                if (buckets > 0) {
                    const auto b = static_cast<std::size_t>(std::clamp<SimTime>((t - result.from) / result.bucketWidth,
                                                                                0, static_cast<SimTime>(buckets) - 1));
                    ++result.histogram[b];
                }
            }
        }
        for (std::size_t f = 0; f < facets.size(); ++f) {
            keysOf(facets[f], block, out.data(), n, keys.data());
            facetCounts[f].add(keys.data(), out.data(), n, facets[f].size(), blockWeight, weights);
        }
        if (groupBy) {
            keysOf(*groupBy, block, out.data(), n, keys.data());
            groups.resize(std::max(groups.size(), groupBy->size()));
            for (std::size_t i = 0; i < n; ++i) {
                if (!out[i])
                    continue;
                GroupAcc& g = groups[keys[i]];
                ++g.count;
                g.weight += weights ? weights[i] : blockWeight;
                if constexpr (std::is_same_v<typename Rows::Record, SpanRecord>) {
                    const SpanRecord& row = block[i].row;
                    g.errors += row.status == SpanStatus::Error ? 1 : 0;
                    g.sumMs += row.durationUs / 1000.0;
                    g.durationsUs.push_back(row.durationUs);
                }
            }
        }
    }
    result.total = matched;
    result.estimatedTotal = estimated;

    for (std::size_t f = 0; f < facets.size(); ++f) {
        Facet facet;
        facet.field = facets[f].field();
        std::unordered_map<std::string, FacetValue> byLabel;
        const FacetCounts& counted = facetCounts[f];
        for (std::size_t key = 0; key < counted.size(); ++key) {
            if (counted.count(key) == 0)
                continue;
            std::string label = facets[f].label(static_cast<std::uint32_t>(key));
            if (label.empty()) {
                facet.missing += counted.count(key);
                continue;
            }
            FacetValue& v = byLabel[label];
            v.value = std::move(label);
            v.count += counted.count(key);
            v.estimated += counted.weight(key);
        }
        for (auto& [label, v] : byLabel)
            facet.values.push_back(std::move(v));
        std::sort(facet.values.begin(), facet.values.end(), [](const FacetValue& a, const FacetValue& b) {
            return a.count != b.count ? a.count > b.count : a.value < b.value;
        });
        if (facet.values.size() > request.facetValues)
            facet.values.resize(request.facetValues);
        result.facets.push_back(std::move(facet));
    }

    if (groupBy) {
        std::unordered_map<std::string, GroupAcc> byLabel;
        for (std::size_t key = 0; key < groups.size(); ++key) {
            GroupAcc& acc = groups[key];
            if (acc.count == 0)
                continue;
            GroupAcc& g = byLabel[groupBy->label(static_cast<std::uint32_t>(key))];
            g.count += acc.count;
            g.errors += acc.errors;
            g.weight += acc.weight;
            g.sumMs += acc.sumMs;
            g.durationsUs.insert(g.durationsUs.end(), acc.durationsUs.begin(), acc.durationsUs.end());
        }
        for (auto& [label, g] : byLabel) {
            std::size_t done = 0;
            SpanGroup row;
            row.value = label;
            row.count = g.count;
            row.estimatedCount = g.weight;
            row.errors = g.errors;
            row.errorRate = static_cast<double>(g.errors) / static_cast<double>(g.count);
            row.avgMs = g.sumMs / static_cast<double>(g.count);
            row.p50Ms = quantileMs(g.durationsUs, done, 0.50);
            row.p95Ms = quantileMs(g.durationsUs, done, 0.95);
            row.p99Ms = quantileMs(g.durationsUs, done, 0.99);
            result.groups.push_back(std::move(row));
        }
        std::sort(result.groups.begin(), result.groups.end(), [](const SpanGroup& a, const SpanGroup& b) {
            return a.count != b.count ? a.count > b.count : a.value < b.value;
        });
    }

    if (request.limit > 0) {
        const std::vector<std::uint32_t> newest = page.take();
        if (request.offset < newest.size())
            result.rows.assign(newest.begin() + static_cast<std::ptrdiff_t>(request.offset), newest.end());
    }
    return result;
}

template <typename Fn> SearchResult guarded(Fn&& fn)
{
    try {
        return fn();
    } catch (const std::exception& e) { // out of memory on a huge result: report, never escape the engine
        SearchResult r;
        r.error = QueryError{0, std::string("search failed: ") + e.what(), "narrow the time window or the query"};
        return r;
    }
}

} // namespace

SearchResult searchLogs(const TelemetryStore& store, const SearchRequest& request)
{
    return guarded(
        [&] { return search<LogRows, LogFilter>(store, request, Signal::Logs, matchLogs, Dimension::forLogs); });
}

SearchResult searchSpans(const TelemetryStore& store, const SearchRequest& request)
{
    return guarded(
        [&] { return search<SpanRows, SpanFilter>(store, request, Signal::Spans, matchSpans, Dimension::forSpans); });
}

} // namespace kunren
