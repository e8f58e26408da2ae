#include "export/RunSummary.h"

#include "core/Duration.h"
#include "session/DrillSession.h"

#include <algorithm>

namespace kunren {

nlohmann::json runSummary(const Simulator& sim)
{
    const Scenario& sc = sim.scenario();
    const TelemetryStore& st = sim.telemetry();
    const TelemetryCounts c = st.counts();

    nlohmann::json services = nlohmann::json::array();
    for (const ServiceTotals& t : sim.totals()) {
        services.push_back(
            {{"name", t.name},
             {"kind", t.kind},
             {"requests", t.requests},
             {"errors", t.errors},
             {"errorRate", t.requests ? static_cast<double>(t.errors) / static_cast<double>(t.requests) : 0.0}});
    }
    // Spans and logs per service, counted from what was stored.
    std::vector<std::uint64_t> spans(c.services, 0), logs(c.services, 0);
    for (std::size_t i = 0; i < c.spans; ++i)
        ++spans[st.operation(st.span(i).operation).service];
    for (std::size_t i = 0; i < c.logs; ++i)
        ++logs[st.resource(st.log(i).resource).service];
    for (std::size_t i = 0; i < services.size() && i < c.services; ++i) {
        services[i]["spans"] = spans[i];
        services[i]["logs"] = logs[i];
    }

    nlohmann::json events = nlohmann::json::array();
    for (std::size_t i = 0; i < c.events; ++i) {
        const EventRecord& e = st.event(i);
        nlohmann::json ev = {{"at", formatDuration(e.time)},
                             {"atSeconds", toSeconds(e.time)},
                             {"kind", st.str(e.kind)},
                             {"title", st.str(e.title)}};
        if (e.service != kNoService)
            ev["service"] = st.str(st.service(e.service).name);
        if (e.resource != kNoResource)
            ev["pod"] = st.str(st.resource(e.resource).pod);
        if (e.version != kNoString)
            ev["version"] = st.str(e.version);
        events.push_back(std::move(ev));
    }

    return {{"scenario", sc.id},
            {"title", sc.title.en},
            {"seed", sim.seed()},
            {"simulated", formatDuration(sim.now())},
            {"simulatedSeconds", toSeconds(sim.now())},
            {"traceSampleRate", sim.traceSampleRate()},
            {"counts",
             {{"traces", c.traces},
              {"spans", c.spans},
              {"logs", c.logs},
              {"metricSeries", c.series},
              {"metricPoints", c.points + c.histogramPoints},
              {"events", c.events}}},
            {"services", services},
            {"events", events}};
}

} // namespace kunren

namespace kunren {

nlohmann::json runSummary(const DrillSession& session)
{
    nlohmann::json out = runSummary(session.simulator());
    const AlertEngine& alerts = session.alerts();
    nlohmann::json transitions = nlohmann::json::array();
    for (const AlertTransition& t : alerts.transitions())
        transitions.push_back({{"at", formatDuration(t.time)},
                               {"atSeconds", toSeconds(t.time)},
                               {"monitor", t.monitor},
                               {"group", t.group},
                               {"from", toString(t.from)},
                               {"to", toString(t.to)},
                               {"value", t.value},
                               {"threshold", t.threshold},
                               {"series", t.series},
                               {"detail", t.detail}});
    nlohmann::json notifications = nlohmann::json::array();
    for (const AlertNotification& n : alerts.notifications())
        notifications.push_back({{"at", formatDuration(n.time)},
                                 {"atSeconds", toSeconds(n.time)},
                                 {"channel", toString(n.channel)},
                                 {"kind", toString(n.kind)},
                                 {"monitor", n.monitor},
                                 {"group", n.group},
                                 {"runbook", n.runbook},
                                 {"text", n.text}});
    std::stable_sort(notifications.begin(), notifications.end(), [](const nlohmann::json& a, const nlohmann::json& b) {
        return a["atSeconds"].get<double>() < b["atSeconds"].get<double>();
    });
    nlohmann::json states = nlohmann::json::array();
    for (const AlertEngine::GroupState& g : alerts.states())
        states.push_back({{"monitor", g.monitor},
                          {"group", g.group},
                          {"state", toString(g.level)},
                          {"since", formatDuration(g.since)}});
    out["alerts"] = {{"transitions", transitions},
                     {"notifications", notifications},
                     {"states", states},
                     {"problems", alerts.problems()},
                     {"notes", alerts.notes()}};
    return out;
}

} // namespace kunren
