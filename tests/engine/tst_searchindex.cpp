// Search shortcuts must never change a result: block summaries (time ranges, one weight per block) and
// the log term index (posting lists of templates, strings and ids) let the search skip per-row work, and
// Render templates are rendered only when an argument could take part in a match. On a randomised store — logs out of
// time order, windows cutting through blocks, traces of mixed weights — every figure is compared with a brute-force
// pass over the rows.
#include "query/FilterParts.h"
#include "query/LogFilter.h"
#include "query/QueryParser.h"
#include "query/RowSet.h"
#include "query/Search.h"
#include "query/TextMatch.h"
#include "sim/Rng.h"
#include "telemetry/LogTermIndex.h"
#include "telemetry/LogText.h"
#include "telemetry/PostingLists.h"
#include "telemetry/TelemetryStore.h"
#include "telemetry/TrigramSignature.h"

#include "semconv/RecordAttributes.h"

#include <QtTest>

#include <cctype>
#include <functional>
#include <map>

using namespace kunren;

namespace {

struct RandomStore
{
    TelemetryStore store;
    std::vector<ResourceId> resources;
    std::vector<std::string> serviceOfResource;
    SimTime end = 0;

    // numberValues: how many distinct inline numbers placeholders take (few: the term index keeps them).
    explicit RandomStore(std::uint64_t seed, std::size_t logs, std::size_t traces, std::uint32_t numberValues = 600)
    {
        Rng rng = Rng::forEntity(seed, "tst_searchindex");
        auto& s = store.strings();
        const char* services[] = {"checkout", "payments", "search", "rare"};
        for (const char* name : services) {
            const ServiceIndex svc = store.addService({s.intern(name), kNoString, kNoString, 0});
            for (int p = 0; p < 3; ++p) {
                resources.push_back(store.addResource({svc, s.intern(std::string(name) + "-pod-" + std::to_string(p)),
                                                       s.intern(p == 2 ? "2.0" : "1.0"), kNoString, kNoString}));
                serviceOfResource.push_back(name);
            }
        }
        const StringId templates[] = {
            s.intern("order {order_id} placed by {customer.tier}"),
            s.intern("{method} {route} {status} {duration_ms}ms"),
            s.intern("payment failed: {error}"),
            s.intern("{a}{b} joined"),
            s.intern("cache warm"),
        };
        const StringId words[] = {
            s.intern("GET"),  s.intern("POST"), s.intern("/api/orders"),   s.intern("/api/get-by"),
            s.intern("pro"),  s.intern("free"), s.intern("card declined"), s.intern("request failed upstream"),
            s.intern("by f"), s.intern("")};
        const std::size_t nWords = std::size(words);
        // Request attributes: traces carry one of these sets, and a third of the logs link to a trace.
        const StringId tier = s.intern("customer.tier"), region = s.intern("region");
        const TelemetryStore::KeyValue pro[] = {{tier, s.intern("pro")}}, freeTier[] = {{tier, s.intern("free")}},
                                       eu[] = {{region, s.intern("eu")}};
        const AttributeSetId sets[] = {0, store.internAttributes(pro), store.internAttributes(freeTier),
                                       store.internAttributes(eu)};
        // Logs: mostly in time order, jittered by up to ±40 s; the rare service only in a few stretches.
        for (std::size_t i = 0; i < logs; ++i) {
            LogRecord l;
            l.time = static_cast<SimTime>(i) * 20 * kMillisecond + static_cast<SimTime>(rng.below(80 * kSecond)) -
                     40 * kSecond;
            l.time = std::max<SimTime>(0, l.time);
            std::size_t r = rng.below(resources.size() - 3);
            if ((i / 5000) % 4 == 3 && rng.chance(0.01))
                r = resources.size() - 1 - rng.below(3);
            l.resource = resources[r];
            l.severity = rng.chance(0.1) ? Severity::Error : Severity::Info;
            const std::size_t t = rng.below(std::size(templates));
            l.templ = templates[t];
            if (traces > 0 && rng.chance(0.33))
                l.trace = static_cast<TraceIndex>(rng.below(traces)); // the traces are appended below
            std::vector<LogArg> args;
            const std::size_t placeholders = splitLogTemplate(s.view(l.templ)).names.size();
            for (std::size_t k = 0; k < placeholders; ++k) {
                const auto pick = rng.below(4);
                if (pick == 0)
                    args.push_back(logarg::id(static_cast<std::uint32_t>(rng.below(3000))));
                else if (pick == 1)
                    args.push_back(
                        logarg::number(static_cast<std::uint32_t>(rng.below(numberValues) * 600 / numberValues)));
                else
                    args.push_back(logarg::string(words[rng.below(nWords)]));
            }
            store.addLog(l, args);
            end = std::max(end, l.time + 1);
        }
        // Traces: weights vary by stretch (all 1, all 4, or mixed), so some blocks share a weight and some don't.
        const OperationId op = store.addOperation({0, kNoService, SpanKind::Server, s.intern("GET /x")});
        for (std::size_t t = 0; t < traces; ++t) {
            TraceRecord tr;
            tr.idLow = t + 1;
            tr.start = static_cast<SimTime>(t) * 50 * kMillisecond + static_cast<SimTime>(rng.below(30 * kSecond));
            const std::size_t stretch = (t / 700) % 3;
            tr.weight = stretch == 0 ? 1.0f : stretch == 1 ? 4.0f : static_cast<float>(1 + rng.below(5));
            tr.attributes = sets[rng.below(std::size(sets))];
            const TraceIndex ti = store.beginTrace(tr);
            const std::size_t spans = 1 + rng.below(12);
            for (std::size_t k = 0; k < spans; ++k) {
                SpanRecord sp;
                sp.trace = ti;
                sp.operation = op;
                sp.resource = resources[rng.below(resources.size())];
                sp.startOffsetUs = static_cast<std::uint32_t>(rng.below(2'000'000));
                sp.durationUs = static_cast<std::uint32_t>(rng.below(500'000));
                sp.parent = k == 0 ? kNoParent : 0;
                sp.status = rng.chance(0.05) ? SpanStatus::Error : rng.chance(0.5) ? SpanStatus::Ok : SpanStatus::Unset;
                if (rng.chance(0.05))
                    sp.flags = SpanFlags::TagsDropped;
                store.addSpan(sp);
            }
            end = std::max(end, tr.start + 2 * kSecond);
        }
        store.publish(end);
    }
};

struct Brute
{
    std::uint64_t total = 0;
    double weight = 0;
    std::map<std::string, std::uint64_t> byService;
    std::vector<std::uint64_t> histogram;
};

SearchRequest window(const std::string& query, SimTime from, SimTime to)
{
    SearchRequest r;
    r.query = query;
    r.from = from;
    r.to = to;
    r.limit = 30;
    r.histogramBuckets = 7;
    r.facets = {"service"};
    r.facetValues = 100;
    return r;
}

void compare(const SearchResult& res, const Brute& b, const std::string& what)
{
    QVERIFY2(!res.error, what.c_str());
    QVERIFY2(res.total == b.total,
             (what + ": total " + std::to_string(res.total) + " vs " + std::to_string(b.total)).c_str());
    QVERIFY2(std::abs(res.estimatedTotal - b.weight) < 1e-6 * std::max(1.0, b.weight), what.c_str());
    QVERIFY2(res.histogram == b.histogram, what.c_str());
    std::map<std::string, std::uint64_t> facet;
    for (const FacetValue& v : res.facets[0].values)
        facet[v.value] = v.count;
    QVERIFY2(facet == b.byService, what.c_str());
}

} // namespace

class TestSearchIndex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Sparse keys are coded as deltas (of 1 to 5 bytes), dense ones as bitmap pages; both read back
    // exactly what was added, in order, and stop at the reader's row limit.
    // The string table's trigram signatures may only pass over strings that cannot hold a needle: every
    // stretch of a string, in any case, must pass; and most strings that lack the needle are passed over.
    void trigramSignaturesNeverHideAMatch()
    {
        Rng rng = Rng::forEntity(5, "signatures");
        StringTable table;
        const char alphabet[] = "abcXYZ_0123 /-";
        std::size_t filtered = 0, tested = 0;
        for (int n = 0; n < 5000; ++n) { // more than one chunk of signatures
            std::string text;
            for (std::size_t k = 1 + rng.below(40); k-- > 0;)
                text += alphabet[rng.below(std::size(alphabet) - 1)];
            const StringId id = table.intern(text);
            QCOMPARE(table.signature(id), trigramSignature(text));
            for (int probe = 0; probe < 5; ++probe) {
                const std::size_t from = rng.below(text.size()), len = 1 + rng.below(text.size() - from);
                const std::string needle = lowerAscii(text.substr(from, len));
                QVERIFY2(mayHold(table.signature(id), trigramSignature(needle)), (text + " / " + needle).c_str());
            }
            std::string other;
            for (std::size_t k = 6; k-- > 0;)
                other += alphabet[rng.below(std::size(alphabet) - 1)];
            if (!containsIgnoreCase(text, lowerAscii(other))) {
                ++tested;
                filtered += mayHold(table.signature(id), trigramSignature(lowerAscii(other))) ? 0 : 1;
            }
        }
        QVERIFY2(filtered * 2 > tested, "the signatures should pass over most strings without the needle");
        // The chunk-wise scan visits exactly the strings whose signature may hold the needle, in order.
        for (const std::string needle : {"abc", "xyz_0", "3 /", "zzzz"}) {
            const std::uint64_t wanted = trigramSignature(needle);
            std::vector<StringId> expected, visited;
            for (std::size_t s = 1; s < table.size(); ++s)
                if (mayHold(table.signature(static_cast<StringId>(s)), wanted))
                    expected.push_back(static_cast<StringId>(s));
            table.forEachMayHold(wanted, table.size(), [&](StringId s) { visited.push_back(s); });
            QCOMPARE(visited, expected);
            QVERIFY(!expected.empty() || needle == std::string("zzzz"));
        }
    }

    void postingListsReadBackWhatWasAdded()
    {
        for (const bool withPayload : {false, true}) {
            PostingLists lists(withPayload);
            Rng rng = Rng::forEntity(3, "postings");
            std::vector<std::vector<std::pair<std::uint32_t, std::uint16_t>>> expected(40);
            for (std::uint32_t row = 0; row < 200'000; ++row)
                for (std::uint32_t key = 0; key < expected.size(); ++key) {
                    // Key k is held by about one row in 2^(k/3): from every row to one in a few thousand,
                    // and key 39 only by a run of rows far apart (deltas over 2^21).
                    const bool holds = key == 39 ? row % 70'000 == 3 : rng.below(1u << (key / 3)) == 0;
                    if (!holds)
                        continue;
                    const auto payload = static_cast<std::uint16_t>(rng.below(65536));
                    lists.add(key * 1000 + 5, row, payload);
                    if (withPayload || expected[key].empty() || expected[key].back().first != row)
                        expected[key].emplace_back(row, withPayload ? payload : 0);
                    if (!withPayload && key == 0)
                        lists.add(key * 1000 + 5, row, 0); // a repeat in one row is kept once
                }
            for (const std::size_t limit :
                 {std::size_t{0}, std::size_t{1}, std::size_t{70'004}, std::size_t{200'000}}) {
                for (std::uint32_t key = 0; key < expected.size(); ++key) {
                    std::vector<std::pair<std::uint32_t, std::uint16_t>> got, want;
                    lists.forEach(key * 1000 + 5, limit,
                                  [&](std::uint32_t row, std::uint16_t p) { got.emplace_back(row, p); });
                    for (const auto& e : expected[key])
                        if (e.first < limit)
                            want.push_back(e);
                    QVERIFY2(got == want, (std::to_string(key) + " below " + std::to_string(limit)).c_str());
                }
                int none = 0;
                lists.forEach(999'999, limit, [&](std::uint32_t, std::uint16_t) { ++none; });
                QCOMPARE(none, 0);
            }
            QCOMPARE(lists.size(5), static_cast<std::uint32_t>(expected[0].size()));
        }
    }

    // Ids share 2^16 buckets; each entry keeps the rest of its id, so a lookup finds exactly the rows
    // holding that id — also ids that fall into the same bucket.
    void termIndexFindsExactlyTheRowsOfAnId()
    {
        LogTermIndex index;
        std::map<std::uint32_t, std::vector<std::uint32_t>> rowsOf;
        Rng rng = Rng::forEntity(4, "ids");
        const StringId templ = 7;
        for (std::uint32_t row = 0; row < 50'000; ++row) {
            // Ids 65536 apart land in the same bucket (the bucket is the top half of payload × odd constant).
            const auto payload = static_cast<std::uint32_t>(rng.below(40) * 65536 + rng.below(3));
            const LogArg args[] = {logarg::id(payload), logarg::string(9), logarg::id(payload ^ 1)};
            index.add(row, templ, args, 2); // the third argument does not render: not indexed
            rowsOf[payload].push_back(row);
        }
        for (const auto& [payload, rows] : rowsOf) {
            std::vector<std::uint32_t> got;
            index.forEachRowWithId(payload, 50'000, [&](std::uint32_t row) { got.push_back(row); });
            QVERIFY2(got == rows, std::to_string(payload).c_str());
        }
        std::size_t withString = 0;
        index.forEachRowWith(9, 50'000, [&](std::uint32_t) { ++withString; });
        QCOMPARE(withString, std::size_t{50'000});
        QCOMPARE(index.rowsWith(templ), std::size_t{50'000});
    }

    // A term whose rows all lie in one block sends the scan straight there, and nowhere after it.
    void indexedTermsSkipToTheirBlocks()
    {
        TelemetryStore store;
        StringTable& strings = store.strings();
        LogRecord log;
        log.templ = strings.intern("cache lookup for {key}");
        const LogArg common[] = {logarg::string(strings.intern("session"))};
        const LogArg rare[] = {logarg::string(strings.intern("tenant_rare"))};
        const std::size_t blocks = 6, rareRow = 2 * 4096 + 100;
        for (std::size_t row = 0; row < blocks * 4096; ++row) {
            log.time = static_cast<SimTime>(row);
            store.addLog(log, row == rareRow ? rare : common);
        }
        store.publish(static_cast<SimTime>(blocks * 4096));
        const ParsedQuery parsed = parseQuery("tenant_rare");
        QVERIFY(parsed.ok());
        LogFilter filter(store, store.counts(), parsed.root, QueryOptions{});
        QCOMPARE(filter.lastCandidateBlock(blocks - 1), std::size_t{2});
        QCOMPARE(filter.lastCandidateBlock(2), std::size_t{2});
        QCOMPARE(filter.lastCandidateBlock(1), RowSet::npos); // nothing older: the scan ends
        QCOMPARE(searchLogs(store,
                            [] {
                                SearchRequest r;
                                r.query = "tenant_rare";
                                return r;
                            }())
                     .total,
                 std::uint64_t{1});
    }

    // Sorted list or bitmap: the same answers, block by block.
    void rowSetsAnswerLikeTheirRows()
    {
        Rng rng = Rng::forEntity(5, "rowset");
        const std::size_t limit = 9 * 4096 + 77;
        for (const std::size_t expected : {std::size_t{10}, limit}) {
            RowSet set(limit, expected);
            std::vector<std::uint8_t> in(limit, 0);
            for (int k = 0; k < 900; ++k) {
                const auto row = static_cast<std::uint32_t>(rng.chance(0.5) ? rng.below(4096) : rng.below(limit));
                set.insert(row);
                in[row] = 1;
            }
            set.finish();
            std::vector<std::uint8_t> active(4096), out(4096);
            for (std::size_t b = 0; b * 4096 < limit; ++b) {
                const std::size_t first = b * 4096, n = std::min<std::size_t>(4096, limit - first);
                std::size_t count = 0;
                for (std::size_t i = 0; i < n; ++i) {
                    active[i] = rng.chance(0.7) ? 1 : 0;
                    count += in[first + i];
                }
                QCOMPARE(set.count(first, n), count);
                QCOMPARE(set.any(first, n), count > 0);
                set.fill(first, n, active.data(), out.data());
                for (std::size_t i = 0; i < n; ++i)
                    QCOMPARE(out[i], static_cast<std::uint8_t>(active[i] & in[first + i]));
                std::size_t last = RowSet::npos;
                for (std::size_t c = 0; c <= b; ++c)
                    if (std::any_of(in.begin() + static_cast<std::ptrdiff_t>(c * 4096),
                                    in.begin() + static_cast<std::ptrdiff_t>(std::min(limit, (c + 1) * 4096)),
                                    [](std::uint8_t v) { return v != 0; }))
                        last = c;
                QCOMPARE(set.lastBlockAtOrBefore(b, 4096), last);
            }
        }
    }

    void logSearchesMatchBruteForce()
    {
        const RandomStore r(7, 60'000, 100);
        const TelemetryStore& store = r.store;
        const auto c = store.counts();
        QVERIFY(c.logs / TelemetryStore::kSummaryBlock >= 10);
        std::vector<std::string> rendered;
        for (std::size_t i = 0; i < c.logs; ++i)
            rendered.push_back(lowerAscii(renderLogMessage(store, store.log(i))));

        struct Case
        {
            std::string query;
            std::function<bool(std::size_t)> match;
        };
        auto text = [&](std::string needle) {
            return [&rendered, needle](std::size_t i) { return containsIgnoreCase(rendered[i], needle); };
        };
        auto service = [&](std::string name) {
            return [&r, &store, name](std::size_t i) { return r.serviceOfResource[store.log(i).resource] == name; };
        };
        logarg::Buffer buffer;
        const std::string someId(logarg::text(store.strings(), logarg::id(1234), "order_id", buffer));
        const std::vector<Case> cases = {
            {"", [](std::size_t) { return true; }},
            {"service:rare", service("rare")},
            {"service:checkout status:error",
             [&](std::size_t i) { return service("checkout")(i) && store.log(i).severity == Severity::Error; }},
            {"placed", text("placed")},
            {"\"placed by pro\"", text("placed by pro")},
            {"\"get /api\"", text("get /api")},
            {"\"by f\"", text("by f")},
            {"\"free joined\"", text("free joined")},
            {"\"post/api\"", text("post/api")},
            {"\"failed upstream 2\"", text("failed upstream 2")},
            // Crossings that need a string argument ending with a beginning of the phrase.
            {"\"failed upstream /api\"", text("failed upstream /api")},
            {"\"declined joined\"", text("declined joined")},
            {"\"pro joined\"", text("pro joined")},
            {"\"0 3\"", text("0 3")},
            {"declined", text("declined")},
            {someId, text(someId)},
            {"ord_", text("ord_")},
            {"42", text("42")},
            {"nowhere", text("nowhere")},
            // Phrases crossing from the template's text into an inline id and out of it.
            {"\"order ord_\"", text("order ord_")},
            {"\"" + someId + " placed\"", text(someId + " placed")},
            {"\"" + someId.substr(6) + " placed\"", text(someId.substr(6) + " placed")},
            // Free text found from a block's arguments, under a filter that leaves some rows inactive.
            {"service:checkout declined", [&](std::size_t i) { return service("checkout")(i) && text("declined")(i); }},
            {"-service:payments \"card\"", [&](std::size_t i) { return !service("payments")(i) && text("card")(i); }},
            {"upstream OR " + someId, [&](std::size_t i) { return text("upstream")(i) || text(someId)(i); }},
        };
        const SimTime windows[][2] = {{0, c.time},
                                      {0, 1},
                                      {37 * kSecond + 123, 611 * kSecond + 7},
                                      {400 * kSecond, 405 * kSecond},
                                      {c.time / 2, c.time + kHour}};
        for (const Case& k : cases)
            for (const auto& w : windows) {
                const SearchRequest req = window(k.query, w[0], w[1]);
                const SearchResult res = searchLogs(store, req);
                Brute b;
                b.histogram.assign(7, 0);
                for (std::size_t i = 0; i < c.logs; ++i) {
                    const SimTime t = store.log(i).time;
                    if (t < w[0] || t >= w[1] || !k.match(i))
                        continue;
                    ++b.total;
                    b.weight += 1.0;
                    ++b.byService[r.serviceOfResource[store.log(i).resource]];
                    if (res.bucketWidth > 0)
                        ++b.histogram[static_cast<std::size_t>(
                            std::clamp<SimTime>((t - res.from) / res.bucketWidth, 0, 6))];
                }
                compare(res, b, "logs '" + k.query + "' [" + std::to_string(w[0]) + ", " + std::to_string(w[1]) + ")");
                // The page: the newest matches, newest first.
                for (std::size_t p = 1; p < res.rows.size(); ++p)
                    QVERIFY(store.log(res.rows[p - 1]).time >= store.log(res.rows[p]).time);
            }
    }

    void spanSearchesMatchBruteForce()
    {
        const RandomStore r(11, 100, 6000);
        const TelemetryStore& store = r.store;
        const auto c = store.counts();
        QVERIFY(c.spans / TelemetryStore::kSummaryBlock >= 5);
        const SimTime windows[][2] = {{0, c.time}, {12 * kSecond + 5, 97 * kSecond}, {150 * kSecond, 151 * kSecond}};
        for (const char* query : {"", "status:error", "service:payments", "duration:>250ms"})
            for (const auto& w : windows) {
                const SearchResult res = searchSpans(store, window(query, w[0], w[1]));
                Brute b;
                b.histogram.assign(7, 0);
                for (std::size_t i = 0; i < c.spans; ++i) {
                    const SpanRecord& s = store.span(i);
                    const SimTime t = spanStart(store, s);
                    const std::string svc = r.serviceOfResource[s.resource];
                    const bool match = std::string(query).empty() ||
                                       (std::string(query) == "status:error" && s.status == SpanStatus::Error) ||
                                       (std::string(query) == "service:payments" && false) ||
                                       (std::string(query) == "duration:>250ms" && s.durationUs > 250'000);
                    if (t < w[0] || t >= w[1] || !match)
                        continue;
                    ++b.total;
                    b.weight += store.trace(s.trace).weight;
                    ++b.byService["checkout"]; // the one operation belongs to checkout
                    if (res.bucketWidth > 0)
                        ++b.histogram[static_cast<std::size_t>(
                            std::clamp<SimTime>((t - res.from) / res.bucketWidth, 0, 6))];
                }
                compare(res, b, std::string("spans '") + query + "'");
            }
    }

    // A search that only counts takes a shortcut (a sum over the block's mask); it must agree with the
    // full pass, which also fills a histogram and facets.
    void countOnlySearchesAgreeWithTheFullPass()
    {
        const RandomStore r(5, 30'000, 3000, 12); // few numbers: @status is answered from the index
        const auto c = r.store.counts();
        const SimTime windows[][2] = {{0, c.time}, {21 * kSecond + 3, 300 * kSecond}};
        for (const bool spans : {false, true})
            for (const char* query : {"", "status:error", "service:payments", "version:2.0", "placed", "@status:50",
                                      "service:checkout @status:>=400", "-@status:100"})
                for (const auto& w : windows) {
                    if (spans && std::string(query) == "placed")
                        continue;
                    SearchRequest count;
                    count.query = query;
                    count.from = w[0];
                    count.to = w[1];
                    count.limit = 0;
                    const SearchResult fast = spans ? searchSpans(r.store, count) : searchLogs(r.store, count);
                    const SearchResult full = spans ? searchSpans(r.store, window(query, w[0], w[1]))
                                                    : searchLogs(r.store, window(query, w[0], w[1]));
                    QVERIFY2(!fast.error && !full.error, query);
                    QCOMPARE(fast.total, full.total);
                    QVERIFY(std::abs(fast.estimatedTotal - full.estimatedTotal) <
                            1e-6 * std::max(1.0, full.total * 5.0));
                }
    }

    // @attribute terms on logs: a placeholder's argument (numbers compared as numbers) or, for logs of a
    // trace whose template does not name the key, the request attribute of the log's span.
    // Many distinct numbers (placeholders scanned) and few (numbers found from the term index).
    void logAttributeFiltersMatchBruteForce_data()
    {
        QTest::addColumn<std::uint32_t>("numberValues");
        QTest::newRow("scanned") << 600u;
        QTest::newRow("indexed") << 12u;
    }

    void logAttributeFiltersMatchBruteForce()
    {
        QFETCH(std::uint32_t, numberValues);
        const RandomStore r(13, 40'000, 2000, numberValues);
        const TelemetryStore& store = r.store;
        const auto c = store.counts();
        // The reference is the model the export writes (engine/semconv), record by record.
        auto value = [&](std::size_t i, std::string_view path) -> std::optional<std::string> {
            const semconv::AttributeList attributes = semconv::logAttributes(store, store.log(i), c);
            const semconv::Attribute* a = semconv::find(attributes, path);
            return a ? std::optional<std::string>(a->text) : std::nullopt;
        };
        struct Case
        {
            const char* query;
            const char* path;
            std::function<bool(const std::optional<std::string>&)> match;
        };
        const std::vector<Case> cases = {
            {"@status:42", "status", [](const auto& v) { return v == "42"; }},
            {"@status:50", "status", [](const auto& v) { return v == "50"; }},
            {"@status:[100 TO 250]", "status",
             [](const auto& v) {
                 return v && !v->empty() && std::isdigit(static_cast<unsigned char>((*v)[0])) && std::stod(*v) >= 100 &&
                        std::stod(*v) <= 250;
             }},
            {"@status:042", "status", [](const auto&) { return false; }},
            {"@status:0", "status", [](const auto& v) { return v == "0"; }},
            {"@status:GET", "status", [](const auto& v) { return v && lowerAscii(*v) == "get"; }},
            {"@status:4*", "status", [](const auto& v) { return v && !v->empty() && (*v)[0] == '4'; }},
            {"@status:>=500", "status",
             [](const auto& v) {
                 return v && !v->empty() && std::isdigit(static_cast<unsigned char>((*v)[0])) && std::stod(*v) >= 500;
             }},
            {"@customer.tier:pro", "customer.tier", [](const auto& v) { return v == "pro"; }},
            {"-@customer.tier:*", "customer.tier", [](const auto& v) { return !v; }},
        };
        for (const Case& k : cases) {
            SearchRequest req;
            req.query = k.query;
            req.limit = 0;
            const SearchResult res = searchLogs(store, req);
            QVERIFY2(!res.error, k.query);
            std::uint64_t expected = 0;
            for (std::size_t i = 0; i < c.logs; ++i)
                expected += k.match(value(i, k.path)) ? 1 : 0;
            QVERIFY2(
                res.total == expected,
                (std::string(k.query) + ": " + std::to_string(res.total) + " vs " + std::to_string(expected)).c_str());
        }
    }

    // Facets of log @attributes: an argument of the template's placeholder by that name (a string, a number
    // or an id, counted by their text), else the request attribute of the log's trace; over filtered rows
    // and windows that cut blocks.
    void logAttributeFacetsMatchBruteForce()
    {
        const RandomStore r(19, 30'000, 2000, 12);
        const TelemetryStore& store = r.store;
        auto value = [&](std::size_t i, std::string_view path) -> std::string {
            const LogRecord l = store.log(i);
            const LogTemplateParts parts = splitLogTemplate(store.str(l.templ));
            for (std::size_t k = parts.names.size(); k-- > 0;)
                if (parts.names[k] == path && k < l.argCount) {
                    logarg::Buffer buffer;
                    return std::string(
                        logarg::text(store.strings(), store.logArg(l.firstArg + k), parts.names[k], buffer));
                }
            if (l.trace == kNoTrace)
                return {};
            return std::string(findAttribute(store, store.trace(l.trace).attributes, path).value_or(""));
        };
        const SimTime third = r.end / 3;
        for (const char* field : {"@customer.tier", "@status", "@order_id", "@region", "@nothing"})
            for (const char* query : {"", "status:error", "-service:checkout cache OR placed"})
                for (const auto& [from, to] : {std::pair<SimTime, SimTime>{0, r.end}, {third + 7, 2 * third}}) {
                    SearchRequest req = window(query, from, to);
                    req.facets = {field};
                    req.facetValues = 1'000'000; // every value: ids make thousands
                    req.limit = 0;
                    const SearchResult res = searchLogs(store, req);
                    const std::string what = std::string(field) + " over '" + query + "' from " + std::to_string(from);
                    QVERIFY2(!res.error, what.c_str());
                    // The rows the query matches, by the same search without a facet.
                    SearchRequest rowsOnly = window(query, from, to);
                    rowsOnly.limit = 1'000'000;
                    const SearchResult matched = searchLogs(store, rowsOnly);
                    QVERIFY2(matched.total == matched.rows.size() && matched.total == res.total, what.c_str());
                    std::map<std::string, std::uint64_t> expected, got;
                    std::uint64_t missing = 0;
                    for (const std::uint32_t row : matched.rows) {
                        const std::string v = value(row, std::string_view(field).substr(1));
                        if (v.empty())
                            ++missing;
                        else
                            ++expected[v];
                    }
                    for (const FacetValue& v : res.facets.at(0).values) {
                        got[v.value] = v.count;
                        QVERIFY2(v.estimated == static_cast<double>(v.count), what.c_str()); // logs weigh 1
                    }
                    QVERIFY2(got == expected, what.c_str());
                    QVERIFY2(res.facets[0].missing == missing, what.c_str());
                }
    }

    // Span filters and facets read the span columns; they must agree with the rows.
    void spanColumnsAgreeWithRows()
    {
        const RandomStore r(17, 100, 5000);
        const TelemetryStore& store = r.store;
        const auto c = store.counts();
        for (std::size_t first = 0; first < c.spans; first += TelemetryStore::kSummaryBlock) {
            const TelemetryStore::SpanColumns cols = store.spanColumns(first);
            for (std::size_t i = 0; first + i < c.spans && i < TelemetryStore::kSummaryBlock; ++i) {
                const SpanRecord& s = store.span(first + i);
                QCOMPARE(cols.operation[i], s.operation);
                QCOMPARE(cols.resource[i], s.resource);
                QVERIFY(cols.status[i] == s.status);
                QCOMPARE(cols.durationUs[i], s.durationUs);
            }
        }
        for (const char* field : {"version", "pod_name", "status", "@customer.tier"}) {
            SearchRequest req;
            req.query = "duration:<400ms";
            req.facets = {field};
            req.facetValues = 100;
            const SearchResult res = searchSpans(store, req);
            QVERIFY2(!res.error, field);
            std::map<std::string, std::uint64_t> expected, got;
            std::map<std::string, double> weights;
            std::uint64_t missing = 0;
            for (std::size_t i = 0; i < c.spans; ++i) {
                const SpanRecord& s = store.span(i);
                if (s.durationUs >= 400'000)
                    continue;
                std::string v;
                const std::string f = field;
                if (f == "version" || f == "pod_name")
                    v = std::string(store.str(f == "version" ? store.resource(s.resource).version
                                                             : store.resource(s.resource).pod));
                else if (f == "status")
                    v = s.status == SpanStatus::Error ? "error" : "ok";
                else if (!(s.flags & SpanFlags::TagsDropped))
                    v = std::string(
                        findAttribute(store, store.trace(s.trace).attributes, "customer.tier").value_or(""));
                if (v.empty()) {
                    ++missing;
                } else {
                    ++expected[v];
                    weights[v] += store.trace(s.trace).weight;
                }
            }
            for (const FacetValue& v : res.facets.at(0).values) {
                got[v.value] = v.count;
                // Estimates weigh each span by its trace: blocks of one weight and of mixed weights.
                QVERIFY2(std::abs(v.estimated - weights[v.value]) < 1e-9 * std::max(1.0, weights[v.value]), field);
            }
            QVERIFY2(got == expected, field);
            QCOMPARE(res.facets[0].missing, missing);
        }
    }
};

QTEST_GUILESS_MAIN(TestSearchIndex)
#include "tst_searchindex.moc"
