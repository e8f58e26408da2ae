// kunren-cli query: the Log Explorer / Trace Explorer search over a simulated drill, as JSON lines.
#include "Commands.h"

#include "Args.h"
#include "SimulatedDrill.h"

#include "query/QueryFields.h"
#include "query/Search.h"
#include "query/SpanFilter.h"
#include "query/TextMatch.h"
#include "semconv/RecordAttributes.h"

#include <nlohmann/json.hpp>

#include <cstdio>

namespace kunren::cli {

namespace {

constexpr const char* kUsage =
    "usage: kunren-cli query SCENARIO [--seed N] [--until DURATION] [--logs|--spans] ['QUERY']\n"
    "                        [--facet FIELD]... [--count] [--group-by TAG] [--limit N] [--offset N]\n"
    "                        [--from DURATION] [--to DURATION]\n";

using nlohmann::json;

void print(const json& j)
{
    // Messages are the drill's own text, but never let odd bytes abort the output.
    std::puts(j.dump(-1, ' ', false, json::error_handler_t::replace).c_str());
}

double seconds(SimTime t) { return static_cast<double>(t) / kSecond; }

json logJson(const TelemetryStore& store, std::uint32_t row)
{
    const LogRecord& l = store.log(row);
    json j;
    j["time"] = seconds(l.time);
    if (l.resource != kNoResource) {
        const ResourceInfo& r = store.resource(l.resource);
        j["service"] = r.service == kNoService ? "" : store.str(store.service(r.service).name);
        j["pod"] = store.str(r.pod);
        j["version"] = store.str(r.version);
    }
    const int severity = static_cast<int>(l.severity);
    const auto names = severityNames(severity);
    j["status"] = names.empty() ? "" : names.front();
    j["message"] = renderLogMessage(store, l);
    // The attributes the search finds and the export writes (engine/semconv).
    json attributes = json::object();
    for (const semconv::Attribute& a : semconv::logAttributes(store, l, store.counts()))
        attributes[a.key] = a.text;
    if (l.trace != kNoTrace) {
        const TraceRecord& t = store.trace(l.trace);
        j["trace_id"] = hexId(t.idHigh, t.idLow);
        if (l.span != kNoParent)
            j["span_id"] = hexId(TelemetryStore::spanId(t, l.span));
    }
    j["attributes"] = std::move(attributes);
    return j;
}

json spanJson(const TelemetryStore& store, std::uint32_t row)
{
    const SpanRecord& s = store.span(row);
    const TraceRecord& t = store.trace(s.trace);
    const OperationInfo& op = store.operation(s.operation);
    json j;
    j["trace_id"] = hexId(t.idHigh, t.idLow);
    j["span_id"] = hexId(TelemetryStore::spanId(t, row - t.firstSpan));
    j["start"] = seconds(spanStart(store, s));
    j["service"] = operationFieldValue(store, op, "service");
    j["resource"] = store.str(op.name);
    j["operation_name"] = operationFieldValue(store, op, "operation_name");
    j["duration_ms"] = s.durationUs / 1000.0;
    j["status"] = s.status == SpanStatus::Error ? "error" : "ok";
    if (s.resource != kNoResource) {
        j["pod"] = store.str(store.resource(s.resource).pod);
        j["version"] = store.str(store.resource(s.resource).version);
    }
    // The span's attributes and its exception event's, as the search finds them and the export writes them.
    json attributes = json::object();
    const semconv::OperationAttributes described = semconv::describeOperation(store, s.operation, store.counts());
    for (const semconv::Attribute& a : semconv::spanAttributes(store, described, row))
        attributes[a.key] = a.isInt ? json(a.integer) : json(a.text);
    for (const semconv::Attribute& a : semconv::exceptionAttributes(store, s.error))
        attributes[a.key] = a.text;
    j["attributes"] = std::move(attributes);
    return j;
}

int reportError(const QueryError& e, const std::string& query)
{
    std::fprintf(stderr, "error: %s\n", e.format().c_str());
    if (e.column > 0) {
        std::fprintf(stderr, "  %s\n  %s^\n", query.c_str(),
                     std::string(static_cast<std::size_t>(e.column - 1), ' ').c_str());
    }
    return kExitInvalid;
}

std::optional<std::size_t> count(const Args& args, const char* flag, std::size_t fallback)
{
    const auto v = args.value(flag);
    if (!v)
        return fallback;
    try {
        std::size_t used = 0;
        const unsigned long long n = std::stoull(*v, &used);
        if (used == v->size())
            return static_cast<std::size_t>(n);
    } catch (const std::exception&) {
    }
    std::fprintf(stderr, "kunren-cli query: %s needs a non-negative number, not '%s'\n", flag, v->c_str());
    return std::nullopt;
}

} // namespace

int queryCommand(const std::vector<std::string>& argv)
{
    const Args args(argv, {"--seed", "--until", "--facet", "--group-by", "--limit", "--offset", "--from", "--to"});
    if (!args.error().empty() || args.positionals().empty() || args.positionals().size() > 2 ||
        (args.has("--logs") && args.has("--spans"))) {
        if (!args.error().empty())
            std::fprintf(stderr, "kunren-cli query: %s\n", args.error().c_str());
        std::fputs(kUsage, stderr);
        return kExitUsage;
    }
    const bool spans = args.has("--spans") || args.has("--group-by");
    SearchRequest request;
    request.query = args.positionals().size() > 1 ? args.positionals()[1] : std::string();
    request.facets = args.values("--facet");
    request.groupBy = args.value("--group-by").value_or("");
    const auto limit = count(args, "--limit", 20);
    const auto offset = count(args, "--offset", 0);
    if (!limit || !offset)
        return kExitUsage;
    const bool countOnly = args.has("--count");
    const bool summaries = !request.facets.empty() || !request.groupBy.empty();
    request.limit = countOnly || (summaries && !args.has("--limit")) ? 0 : *limit;
    request.offset = *offset;
    for (auto [flag, target] : {std::pair{"--from", &request.from}, {"--to", &request.to}}) {
        if (const auto v = args.value(flag)) {
            const auto us = parseDurationMicros(*v);
            if (!us) {
                std::fprintf(stderr, "kunren-cli query: %s needs a duration such as 90s or 5m, not '%s'\n", flag,
                             v->c_str());
                return kExitUsage;
            }
            *target = *us;
        }
    }

    int exitCode = kExitOk;
    auto drill = simulateFromArgs(args.positionals().front(), args, "query", exitCode);
    if (!drill)
        return exitCode;
    const TelemetryStore& store = drill->telemetry();
    const SearchResult result = spans ? searchSpans(store, request) : searchLogs(store, request);
    if (result.error)
        return reportError(*result.error, request.query);

    if (countOnly) {
        json j{{"count", result.total}};
        if (spans)
            j["estimated_count"] = result.estimatedTotal;
        print(j);
        return kExitOk;
    }
    for (const Facet& f : result.facets) {
        json values = json::array();
        for (const FacetValue& v : f.values) {
            json value{{"value", v.value}, {"count", v.count}};
            if (spans)
                value["estimated_count"] = v.estimated;
            values.push_back(std::move(value));
        }
        print(json{{"facet", f.field}, {"values", std::move(values)}, {"missing", f.missing}, {"total", result.total}});
    }
    for (const SpanGroup& g : result.groups)
        print(json{{"group_by", request.groupBy},
                   {"value", g.value},
                   {"count", g.count},
                   {"estimated_count", g.estimatedCount},
                   {"errors", g.errors},
                   {"error_rate", g.errorRate},
                   {"avg_ms", g.avgMs},
                   {"p50_ms", g.p50Ms},
                   {"p95_ms", g.p95Ms},
                   {"p99_ms", g.p99Ms}});
    for (const std::uint32_t row : result.rows)
        print(spans ? spanJson(store, row) : logJson(store, row));
    return kExitOk;
}

} // namespace kunren::cli
