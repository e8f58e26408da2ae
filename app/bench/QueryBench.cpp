#include "QueryBench.h"

#include "BenchStats.h"
#include "Commands.h"
#include "Fts5Baseline.h"
#include "QueryBenchFill.h"

#include "query/Search.h"
#include "telemetry/LogText.h"
#include "trace/LogTimeIndex.h"
#include "trace/ServiceMap.h"
#include "trace/TraceAssembly.h"
#include "trace/TraceLookup.h"

#include <cstdio>
#include <functional>
#include <string>
#include <vector>

namespace kunren::cli {

namespace {

struct Timing
{
    double medianMs = 0, p95Ms = 0; // CPU time of this thread: what one core spends, whatever else runs
    double wallMedianMs = 0;
    int runs = 0;
    std::uint64_t result = 0; // what the operation found (matches, spans …), to show it did the work
};

// Runs `fn` once to warm up, then up to `reps` times (fewer if the runs exceed the time budget, at least 3).
Timing timeIt(const QueryBenchOptions& o, const std::function<std::uint64_t()>& fn)
{
    Timing t;
    t.result = fn();
    std::vector<double> ms, wall;
    const auto begin = std::chrono::steady_clock::now();
    for (int r = 0; r < o.repetitions; ++r) {
        const double cpuStart = threadCpuSeconds();
        const auto start = std::chrono::steady_clock::now();
        t.result = fn();
        wall.push_back(secondsSince(start) * 1000.0);
        ms.push_back((threadCpuSeconds() - cpuStart) * 1000.0);
        if (r >= 2 && secondsSince(begin) > o.maxSecondsPerQuery)
            break;
    }
    t.runs = static_cast<int>(ms.size());
    t.medianMs = median(ms);
    t.p95Ms = quantile(ms, 0.95);
    t.wallMedianMs = median(wall);
    return t;
}

// --only: is the row "area what" among those asked for?
bool wanted(const QueryBenchOptions& o, const std::string& area, const std::string& what)
{
    return o.only.empty() || (area + " " + what).find(o.only) != std::string::npos;
}

const char* verdict(double figure, double target) { return figure <= target ? "PASS" : "MISS"; }

void printRow(const char* area, const std::string& what, const Timing& t, double targetMs)
{
    std::printf("%-8s %-50s %9.2f %9.2f %9.2f %7.0f  %-4s %10llu  (%d runs)\n", area, what.c_str(), t.medianMs, t.p95Ms,
                t.wallMedianMs, targetMs, verdict(t.p95Ms, targetMs), static_cast<unsigned long long>(t.result),
                t.runs);
    std::fflush(stdout);
}

SearchRequest request(std::string query, std::size_t limit)
{
    SearchRequest r;
    r.query = std::move(query);
    r.limit = limit;
    return r;
}

std::uint64_t countOf(const SearchResult& r)
{
    if (r.error) {
        std::fprintf(stderr, "bench query: %s\n", r.error->message.c_str());
        return 0;
    }
    return r.total;
}

// The most frequent value of a facet over all logs (or spans), to build queries that match real data.
std::string topValue(const TelemetryStore& store, bool spans, const std::string& facet, std::size_t rank = 0)
{
    SearchRequest r = request("", 0);
    r.facets = {facet};
    r.facetValues = rank + 1;
    const SearchResult res = spans ? searchSpans(store, r) : searchLogs(store, r);
    if (res.facets.empty() || res.facets[0].values.size() <= rank)
        return "none";
    return res.facets[0].values[rank].value;
}

// A word that only the variable part of a message holds: a generated order (or other) id.
std::string idWord(const TelemetryStore& store)
{
    const std::size_t n = store.counts().logs;
    for (std::size_t i = n / 2; i < n; ++i) {
        const std::string text = renderLogMessage(store, store.log(i));
        if (const auto p = text.find("ord_"); p != std::string::npos && p + 12 <= text.size())
            return text.substr(p, 12);
    }
    return "ord_00000000";
}

std::string quoted(const std::string& s) { return "\"" + s + "\""; }

} // namespace

int runQueryBenchmark(const QueryBenchOptions& o)
{
    std::printf("# kunren-bench query — ms of CPU time on one core (median, p95 of up to %d runs; verdict on p95),\n"
                "# and the wall-clock median, which on a shared machine also counts waiting for the CPU\n",
                o.repetitions);
    QueryBenchStore filled = fillQueryBenchStore(o.logs, o.spans, o.bigTraceSpans);
    if (!filled.simulator)
        return kExitUsage;
    const TelemetryStore& store = filled.store();
    const TelemetryCounts counts = store.counts();
    std::printf("fill: platform-bench simulated %.0f min in %.1f s: %zu logs, %zu spans, %zu traces, %zu strings\n",
                toSeconds(counts.time) / 60.0, filled.fillSeconds, counts.logs, counts.spans, counts.traces,
                store.strings().size());

    const std::string service = topValue(store, false, "service");
    const std::string spanService = topValue(store, true, "service", 1);
    const std::string pod = topValue(store, false, "pod_name");
    const std::string id = idWord(store);
    std::printf("values: service:%s (logs), service:%s (spans), pod_name:%s, id %s\n\n", service.c_str(),
                spanService.c_str(), pod.c_str(), id.c_str());

    std::printf("%-8s %-50s %9s %9s %9s %7s  %-4s %10s\n", "area", "what", "cpu med", "cpu p95", "wall med", "target",
                "", "result");
    auto logs = [&](const std::string& q) {
        return timeIt(o, [&store, q] { return countOf(searchLogs(store, request(q, 50))); });
    };
    auto spans = [&](const std::string& q) {
        return timeIt(o, [&store, q] { return countOf(searchSpans(store, request(q, 50))); });
    };
    for (const std::string& q : std::vector<std::string>{
             "service:" + service, "status:error", "@status:500", "version:2.3.0", "pod_name:" + pod,
             "service:" + service + " status:error", "service:" + service + " -status:info @status:>=500"})
        if (wanted(o, "filter", "logs " + q))
            printRow("filter", "logs " + q, logs(q), 20);
    for (const std::string& q :
         std::vector<std::string>{"service:" + spanService, "status:error", "duration:>200ms", "@customer.tier:premium",
                                  "service:" + spanService + " status:error", "version:2.3.0 status:error"})
        if (wanted(o, "filter", "spans " + q))
            printRow("filter", "spans " + q, spans(q), 20);

    auto facet = [&](bool overSpans, const std::string& field) {
        return timeIt(o, [&store, overSpans, field] {
            SearchRequest r = request("", 0);
            r.facets = {field};
            const SearchResult res = overSpans ? searchSpans(store, r) : searchLogs(store, r);
            return res.facets.empty() ? 0 : res.facets[0].values.size();
        });
    };
    for (const char* f : {"service", "status", "version", "pod_name", "@route"})
        if (wanted(o, "facet", std::string("logs by ") + f))
            printRow("facet", std::string("logs by ") + f + " (all rows)", facet(false, f), 50);
    for (const char* f : {"service", "resource_name", "status", "version", "pod_name", "@customer.tier"})
        if (wanted(o, "facet", std::string("spans by ") + f))
            printRow("facet", std::string("spans by ") + f + " (all rows)", facet(true, f), 50);

    // Free text: ours counts (no page), as FTS5's count(*) does.
    struct Text
    {
        std::string label, ours, fts;
    };
    const std::vector<Text> texts = {{"common word GET", "GET", quoted("GET")},
                                     {"common word failed", "failed", quoted("failed")},
                                     {"rare word gift_wrap_option", "gift_wrap_option", quoted("gift_wrap_option")},
                                     {"id only in arguments " + id, id, quoted(id)},
                                     {"phrase \"request failed\"", quoted("request failed"), quoted("request failed")}};
    std::vector<Timing> ours;
    for (const Text& t : texts) {
        if (!wanted(o, "text", "logs " + t.label)) {
            ours.emplace_back();
            continue;
        }
        ours.push_back(timeIt(o, [&store, &t] { return countOf(searchLogs(store, request(t.ours, 0))); }));
        printRow("text", "logs " + t.label, ours.back(), 50);
    }

    if (wanted(o, "trace", "open the big trace")) {
        TraceLookup lookup;
        lookup.catchUp(store, counts);
        LogTimeIndex logIndex;
        logIndex.catchUp(store, counts);
        const TraceRecord& big = store.trace(filled.bigTrace == kNoTrace ? 0 : filled.bigTrace);
        AssembleOptions options;
        options.logIndex = &logIndex;
        const Timing t = timeIt(o, [&] {
            const auto index = lookup.find(big.idHigh, big.idLow);
            const auto trace = index ? assembleTrace(store, counts, *index, options) : std::nullopt;
            return trace ? trace->spans.size() : 0;
        });
        printRow("trace", "open the " + std::to_string(big.spanCount) + "-span trace (with its logs)", t, 5);
    }
    if (wanted(o, "map", "service map")) {
        const SimTime to = counts.time, from = std::max<SimTime>(0, to - kHour);
        const Timing t = timeIt(o, [&] { return buildServiceMap(store, counts, from, to).edges.size(); });
        printRow("map", "service map over the last " + std::to_string((to - from) / kMinute) + " min (edges)", t, 100);
    }
    const double bytesPerLog = static_cast<double>(store.logBytes()) /
                               static_cast<double>(std::max<std::size_t>(1, counts.logs));
    std::printf("%-8s %-50s %9.1f %9s %9s %7.0f  %-4s\n", "memory", "bytes held per log record", bytesPerLog, "", "",
                48.0, verdict(bytesPerLog, 48.0));

    if (!o.fts)
        return kExitOk;
    std::printf("\n# SQLite %s FTS5, in memory, same messages\n", "3");
    Fts5Baseline fts;
    const auto loadStart = std::chrono::steady_clock::now();
    if (!fts.load(store)) {
        std::printf("fts5: %s\n", fts.error().c_str());
        return kExitOk;
    }
    std::printf("fts5 load: %zu rows in %.1f s\n", counts.logs, secondsSince(loadStart));
    std::printf("%-40s %12s %12s %12s %12s %8s  %-4s %10s %10s\n", "free text", "ours med", "ours p95", "fts5 med",
                "fts5 p95", "ratio", "", "ours n", "fts5 n");
    for (std::size_t i = 0; i < texts.size(); ++i) {
        if (!wanted(o, "text", "logs " + texts[i].label))
            continue;
        const std::string q = texts[i].fts;
        const Timing f = timeIt(o, [&fts, q] { return static_cast<std::uint64_t>(fts.count(q)); });
        const double ratio = f.medianMs > 0 ? ours[i].medianMs / f.medianMs : 0.0;
        std::printf("%-40s %12.3f %12.3f %12.3f %12.3f %8.2f  %-4s %10llu %10llu\n", texts[i].label.c_str(),
                    ours[i].medianMs, ours[i].p95Ms, f.medianMs, f.p95Ms, ratio, verdict(ratio, 0.5),
                    static_cast<unsigned long long>(ours[i].result), static_cast<unsigned long long>(f.result));
    }
    std::printf(
        "(CPU ms; ratio = our median / FTS5 median; target <= 0.50. Ours matches substrings, FTS5 whole tokens,\n"
        " so counts may differ slightly.)\n");
    return kExitOk;
}

} // namespace kunren::cli
