// Semantic checks of monitors: each type's query parses, thresholds and tiers make sense.
#include "core/Duration.h"
#include "core/DurationBounds.h"
#include "query/MetricQuery.h"
#include "query/QueryParser.h"
#include "scenario/BurnRate.h"
#include "scenario/SemanticChecks.h"

#include <algorithm>
#include <cstdio>

namespace kunren {

namespace {

using namespace checks;

std::string number(double v)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", v);
    return buf;
}

void checkQuery(const MonitorSpec& m, const std::string& p, ValidationIssues& issues)
{
    MetricQueryError e;
    if (m.type == "metric" || m.type == "anomaly") {
        if (m.query.empty()) {
            issues.push_back({p, "a " + m.type + " monitor needs \"query\""});
            return;
        }
        const auto q = parseMetricQuery(m.query, e);
        if (!q)
            issues.push_back({p + "/query", "column " + std::to_string(e.column) + ": " + e.message});
        else if (m.type == "anomaly" && q->anomalyAlgorithm.empty())
            issues.push_back(
                {p + "/query",
                 "an anomaly monitor's query is anomalies(METRIC QUERY, 'basic'|'agile'|'robust', BOUNDS)"});
        else if (m.type == "metric" && !q->anomalyAlgorithm.empty())
            issues.push_back({p + "/type", "anomalies(...) needs \"type\": \"anomaly\""});
    } else if (m.type == "log") {
        const ParsedQuery q = parseQuery(m.query);
        if (!q.ok())
            issues.push_back({p + "/query", q.error->format()});
    } else if (!parseScope(m.query, e)) {
        issues.push_back({p + "/query", "column " + std::to_string(e.column) + ": " + e.message});
    }
}

} // namespace

void checkMonitors(const Scenario& s, const Topology& topology, ValidationIssues& issues)
{
    for (std::size_t i = 0; i < s.monitors.size(); ++i) {
        const MonitorSpec& m = s.monitors[i];
        const std::string p = childPointer("/monitors", i);
        if (!m.service.empty())
            requireTarget(topology, m.service, {}, p + "/service", {}, issues);
        if (!m.runbook.empty() &&
            std::none_of(s.runbooks.begin(), s.runbooks.end(), [&](const RunbookSpec& r) { return r.id == m.runbook; }))
            issues.push_back({p + "/runbook", "unknown runbook " + quoteText(m.runbook)});
        if (m.window <= 0)
            issues.push_back({p + "/window", "the evaluation window must be longer than 0"});
        checkQuery(m, p, issues);
        if ((m.type == "metric" || m.type == "log") && !m.warning && !m.critical)
            issues.push_back(
                {p, "a " + m.type + " monitor needs \"critical\" or \"warning\", the threshold it alerts at"});
        if (m.warning && m.critical && m.warning != m.critical) {
            const bool above = m.comparator == MonitorComparator::Above ||
                               m.comparator == MonitorComparator::AboveOrEqual;
            if (above ? *m.warning > *m.critical : *m.warning < *m.critical)
                issues.push_back({p + "/warning", "the warning threshold " + number(*m.warning) +
                                                      " is past the critical one (" + number(*m.critical) +
                                                      ") for comparator " + (above ? "above" : "below")});
        }
        if (m.type == "kubernetes" && m.rule.empty())
            issues.push_back({p,
                              "a kubernetes monitor needs \"rule\": hpa-at-max, crash-looping, oom-killed, restarts, "
                              "memory-near-limit, cpu-throttling or pods-unavailable"});
        if (m.type != "slo")
            continue;
        if (!(m.slo > 0))
            issues.push_back({p, "an slo monitor needs \"slo\", the objective (e.g. 0.999)"});
        if (m.latencyThreshold > 0 && std::none_of(kDurationBounds.begin(), kDurationBounds.end(),
                                                   [&](double b) { return fromSeconds(b) == m.latencyThreshold; })) {
            std::string bounds;
            for (double b : kDurationBounds)
                bounds += (bounds.empty() ? "" : ", ") + formatDuration(fromSeconds(b));
            issues.push_back(
                {p + "/latencyThreshold", "a latency SLO counts histogram buckets, so the threshold must be "
                                          "one of their bounds: " +
                                              bounds});
        }
        for (std::size_t k = 0; k < m.tiers.size(); ++k) {
            const BurnRateTierSpec& t = m.tiers[k];
            const std::string tp = childPointer(p + "/tiers", k);
            if (t.shortWindow <= 0 || t.shortWindow > t.longWindow)
                issues.push_back(
                    {tp + "/short", "the short window must be longer than 0 and at most the long window (" +
                                        formatDuration(t.longWindow) + ")"});
            if (m.slo > 0 && m.slo < 1 && t.burnRate >= burn::maxBurnRate(m.slo))
                issues.push_back({tp + "/burnRate", "burn rate " + number(t.burnRate) + " can never be exceeded: a " +
                                                        number(m.slo * 100) + "% SLO burns at most " +
                                                        number(burn::maxBurnRate(m.slo)) +
                                                        "× (every request failing)"});
            if (t.longWindow > m.sloPeriod)
                issues.push_back({tp + "/long", "the long window is longer than the SLO period (" +
                                                    formatDuration(m.sloPeriod) + ")"});
        }
    }
}

} // namespace kunren
