// One truth between the search and the export: for every built-in drill, every attribute key of spans and
// logs — their own, their exception's and their resource's — counts the same values on the same records in
// the search's facets and filter as in the exported OTLP, and the reverse (every key the search answers
// from engine/semconv's model is one the export writes).
#include "export/ByteSink.h"
#include "export/OtlpJsonWriter.h"
#include "query/Dimension.h"
#include "query/LogFilter.h"
#include "query/QueryParser.h"
#include "query/SpanFilter.h"
#include "scenario/ScenarioLoader.h"
#include "semconv/AttributeKeys.h"
#include "semconv/OperationAttributes.h"
#include "semconv/RecordAttributes.h"
#include "semconv/ResourceAttributes.h"
#include "sim/Simulator.h"
#include "trace/TraceAssembly.h"

#include <nlohmann/json.hpp>

#include <QtTest>

#include <map>
#include <set>

using namespace kunren;

namespace {

// key → value → records carrying it.
using Counts = std::map<std::string, std::map<std::string, std::uint64_t>>;

struct Exported
{
    Counts spans, logs;
    std::uint64_t spanCount = 0, logCount = 0;
};

std::string valueText(const nlohmann::json& v)
{
    if (v.contains("stringValue"))
        return v["stringValue"].get<std::string>();
    if (v.contains("intValue"))
        return v["intValue"].get<std::string>(); // 64-bit integers are strings in OTLP/JSON
    return v.dump();
}

void countAttributes(const nlohmann::json& list, std::map<std::string, std::string>& into)
{
    for (const auto& kv : list)
        into[kv["key"].get<std::string>()] = valueText(kv["value"]);
}

// Counts what one ExportTraceServiceRequest / ExportLogsServiceRequest line carries.
class Counter : public ByteSink
{
public:
    explicit Counter(Exported& out) : m_out(out) {}

    bool write(const char* data, std::size_t size) override
    {
        m_pending.append(data, size);
        std::size_t start = 0;
        for (std::size_t nl; (nl = m_pending.find('\n', start)) != std::string::npos; start = nl + 1)
            line(nlohmann::json::parse(m_pending.begin() + static_cast<std::ptrdiff_t>(start),
                                       m_pending.begin() + static_cast<std::ptrdiff_t>(nl)));
        m_pending.erase(0, start);
        return true;
    }

private:
    void line(const nlohmann::json& request)
    {
        const bool spans = request.contains("resourceSpans");
        for (const auto& resource : request[spans ? "resourceSpans" : "resourceLogs"]) {
            std::map<std::string, std::string> own;
            countAttributes(resource["resource"]["attributes"], own);
            for (const auto& scope : resource[spans ? "scopeSpans" : "scopeLogs"])
                for (const auto& record : scope[spans ? "spans" : "logRecords"]) {
                    std::map<std::string, std::string> all = own;
                    countAttributes(record.value("attributes", nlohmann::json::array()), all);
                    for (const auto& event : record.value("events", nlohmann::json::array()))
                        if (event["name"] == "exception")
                            countAttributes(event["attributes"], all);
                    Counts& counts = spans ? m_out.spans : m_out.logs;
                    for (const auto& [key, value] : all)
                        ++counts[key][value];
                    ++(spans ? m_out.spanCount : m_out.logCount);
                }
        }
    }

    Exported& m_out;
    std::string m_pending;
};

// Blocks of rows as the search reads them: whole blocks of 4096 rows (one storage chunk, never across
// one), with the rows outside [first, end) inactive.
template <typename Visit> void forEachBlock(std::size_t first, std::size_t end, Visit&& visit)
{
    constexpr std::size_t kBlock = TelemetryStore::kSummaryBlock;
    std::vector<std::uint8_t> active(kBlock);
    for (std::size_t block = first / kBlock * kBlock; block < end; block += kBlock) {
        const std::size_t n = std::min(end, block + kBlock) - block;
        for (std::size_t i = 0; i < n; ++i)
            active[i] = block + i >= first ? 1 : 0;
        visit(block, n, active.data());
    }
}

struct Rows
{
    std::size_t spansFrom = 0, spansTo = 0, logsFrom = 0, logsTo = 0;
};

// The search's facet on `field` over the rows: value → count (empty labels are "missing").
std::map<std::string, std::uint64_t> facet(const TelemetryStore& store, const TelemetryCounts& counts, const Rows& rows,
                                           const std::string& field, bool spans)
{
    QueryError error;
    auto d = spans ? Dimension::forSpans(store, counts, field, {}, error)
                   : Dimension::forLogs(store, counts, field, {}, error);
    if (!d)
        return {{"<error: " + error.message + ">", 1}};
    std::map<std::uint32_t, std::uint64_t> byKey;
    std::vector<std::uint32_t> keys(TelemetryStore::kSummaryBlock);
    forEachBlock(spans ? rows.spansFrom : rows.logsFrom, spans ? rows.spansTo : rows.logsTo,
                 [&](std::size_t first, std::size_t n, const std::uint8_t* mask) {
                     if (spans)
                         d->keys(&store.span(first), store.spanColumns(first), mask, n, keys.data());
                     else
                         d->keys(store.logColumns(first), mask, n, keys.data());
                     for (std::size_t i = 0; i < n; ++i)
                         if (mask[i])
                             ++byKey[keys[i]];
                 });
    std::map<std::string, std::uint64_t> out;
    for (const auto& [key, count] : byKey)
        if (const std::string label = d->label(key); !label.empty())
            out[label] += count;
    return out;
}

// How many of the rows the search's filter matches for `query`.
std::uint64_t matches(const TelemetryStore& store, const TelemetryCounts& counts, const Rows& rows,
                      const std::string& query, bool spans)
{
    const ParsedQuery parsed = parseQuery(query);
    if (!parsed.ok())
        return ~std::uint64_t{0};
    std::uint64_t total = 0;
    std::vector<std::uint8_t> out(TelemetryStore::kSummaryBlock);
    if (spans) {
        SpanFilter filter(store, counts, parsed.root, {});
        forEachBlock(rows.spansFrom, rows.spansTo, [&](std::size_t first, std::size_t n, const std::uint8_t* active) {
            filter.match(&store.span(first), first, active, out.data(), n);
            total += static_cast<std::uint64_t>(
                std::count(out.begin(), out.begin() + static_cast<std::ptrdiff_t>(n), 1));
        });
    } else {
        LogFilter filter(store, counts, parsed.root, {});
        forEachBlock(rows.logsFrom, rows.logsTo, [&](std::size_t first, std::size_t n, const std::uint8_t* active) {
            filter.match(first, active, out.data(), n);
            total += static_cast<std::uint64_t>(
                std::count(out.begin(), out.begin() + static_cast<std::ptrdiff_t>(n), 1));
        });
    }
    return total;
}

// A value the query language can quote as it is.
bool quotable(const std::string& v)
{
    return !v.empty() && v.size() < 120 && v.find_first_of("\"\\*?\n") == std::string::npos;
}

std::string describe(const std::map<std::string, std::uint64_t>& values)
{
    std::string s;
    for (const auto& [v, n] : values) {
        if (s.size() > 300) {
            s += " …";
            break;
        }
        s += (s.empty() ? "" : ", ") + v + "×" + std::to_string(n);
    }
    return s.empty() ? "(none)" : s;
}

// Every key the search answers from the model, plus the request attribute keys the drill declares.
std::set<std::string> modelKeys(const TelemetryStore& store, const TelemetryCounts& counts, bool spans)
{
    std::set<std::string> keys{"exception.type", "exception.message", "exception.stacktrace"};
    for (const std::string_view k : semconv::resourceKeys())
        keys.emplace(k);
    if (spans) {
        for (const std::string_view k : semconv::operationKeys())
            keys.emplace(k);
        keys.insert({"http.response.status_code", "rpc.response.status_code", "error.type"});
    }
    for (std::size_t set = 1; set < counts.attributeSets; ++set)
        for (const auto& kv : store.attributes(static_cast<AttributeSetId>(set)))
            keys.emplace(store.str(kv.first));
    return keys;
}

} // namespace

class TestAttributeTruth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void searchAndExportAgree_data()
    {
        QTest::addColumn<QString>("id");
        const auto entries = listLibrary(builtinScenarioDir() / "library");
        QVERIFY(entries.size() >= 16);
        for (const LibraryEntry& e : entries)
            QTest::newRow(e.id.c_str()) << QString::fromStdString(e.id);
    }

    void searchAndExportAgree()
    {
        QFETCH(QString, id);
        const auto path = resolveScenario(id.toStdString());
        QVERIFY(path);
        auto loaded = loadScenarioFile(*path);
        QVERIFY(loaded.ok());
        // The faults start within the first minutes, so errors, timeouts and failing gRPC calls show in a
        // short window, as they do later in the drill: the schedule moves, what is recorded does not.
        auto scenario = std::make_shared<Scenario>(*loaded.value);
        SimTime firstFault = scenario->duration;
        for (const FaultSpec& f : scenario->faults)
            firstFault = std::min(firstFault, f.start);
        const SimTime shift = std::max<SimTime>(0, firstFault - 40 * kSecond);
        for (FaultSpec& f : scenario->faults)
            f.start -= shift;

        Simulator sim(scenario);
        sim.runUntil(40 * kSecond + 15 * kSecond);
        const TelemetryCounts from = sim.telemetry().counts();
        sim.runUntil(40 * kSecond + 30 * kSecond);
        const TelemetryCounts to = sim.telemetry().counts();
        const TelemetryStore& store = sim.telemetry();

        Exported exported;
        OtlpJsonWriter writer(store, OtlpExportOptions{});
        Counter counter(exported);
        QVERIFY(writer.writeTraces(counter, from, to).ok());
        QVERIFY(writer.writeLogs(counter, from, to).ok());

        // The export writes whole traces: their spans, and the logs in the range.
        Rows rows;
        rows.spansFrom = from.traces < to.traces ? store.trace(static_cast<TraceIndex>(from.traces)).firstSpan
                                                 : to.spans;
        rows.spansTo = to.spans;
        rows.logsFrom = from.logs;
        rows.logsTo = to.logs;
        QCOMPARE(exported.spanCount, std::uint64_t{rows.spansTo - rows.spansFrom});
        QCOMPARE(exported.logCount, std::uint64_t{rows.logsTo - rows.logsFrom});
        QVERIFY2(exported.spanCount > 300 && exported.logCount > 30,
                 ("the window holds too little to compare: " + std::to_string(exported.spanCount) + " spans, " +
                  std::to_string(exported.logCount) + " logs")
                     .c_str());

        for (const bool spans : {true, false}) {
            const Counts& byExport = spans ? exported.spans : exported.logs;
            std::set<std::string> keys = modelKeys(store, to, spans);
            for (const auto& [key, values] : byExport)
                keys.insert(key);
            for (const std::string& key : keys) {
                const auto it = byExport.find(key);
                const std::map<std::string, std::uint64_t> want = it != byExport.end()
                                                                      ? it->second
                                                                      : std::map<std::string, std::uint64_t>{};
                const auto got = facet(store, to, rows, "@" + key, spans);
                const std::string where = (spans ? "span" : "log") + std::string(" attribute ") + key;
                QVERIFY2(got == want, (where + ": search " + describe(got) + " / export " + describe(want)).c_str());
                // The filter finds the same records as the facet counts: the most frequent values, and any.
                std::uint64_t carrying = 0;
                int checked = 0;
                for (const auto& [value, count] : want) {
                    carrying += count;
                    if (checked < 3 && quotable(value)) {
                        ++checked;
                        const std::string query = "@" + key + ":\"" + value + "\"";
                        const std::uint64_t found = matches(store, to, rows, query, spans);
                        QVERIFY2(found == count, (where + ": " + query + " finds " + std::to_string(found) +
                                                  ", the export has " + std::to_string(count))
                                                     .c_str());
                    }
                }
                const std::uint64_t found = matches(store, to, rows, "@" + key + ":*", spans);
                QVERIFY2(found == carrying, (where + ": @" + key + ":* finds " + std::to_string(found) +
                                             ", the export has " + std::to_string(carrying))
                                                .c_str());
            }
        }
        // The trace view's tags are the same attributes, span by span (a few traces of the window).
        for (std::size_t t = from.traces; t < to.traces && t < from.traces + 20; ++t) {
            const auto trace = assembleTrace(store, to, static_cast<TraceIndex>(t));
            QVERIFY(trace);
            for (const AssembledSpan& span : trace->spans) {
                const auto described = semconv::describeOperation(store, store.span(span.storeIndex).operation, to);
                std::vector<std::pair<std::string, std::string>> want, got;
                for (const semconv::Attribute& a : semconv::spanAttributes(store, described, span.storeIndex))
                    want.emplace_back(a.key, a.text);
                for (const SpanTag& tag : spanTags(*trace, span))
                    got.emplace_back(tag.key, tag.value);
                QCOMPARE(got, want);
            }
        }
        // Older and vendor names find what the current names find.
        for (const auto& [alias, name] :
             {std::pair{"http.status_code", "http.response.status_code"},
              std::pair{"peer.service", "service.peer.name"}, std::pair{"db.system", "db.system.name"},
              std::pair{"db.statement", "db.query.text"}, std::pair{"error.kind", "exception.type"},
              std::pair{"error.message", "exception.message"}})
            QCOMPARE(facet(store, to, rows, std::string("@") + alias, true),
                     facet(store, to, rows, std::string("@") + name, true));
    }
};

QTEST_GUILESS_MAIN(TestAttributeTruth)
#include "tst_attributetruth.moc"
