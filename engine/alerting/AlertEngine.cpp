#include "alerting/AlertEngine.h"

#include "alerting/AnomalyMonitor.h"
#include "alerting/CustomerSupport.h"
#include "alerting/SloMonitor.h"
#include "alerting/WatchdogMonitor.h"
#include "errors/ErrorTracker.h"

#include <cstdio>

namespace kunren {

const char* toString(AlertLevel level)
{
    switch (level) {
    case AlertLevel::Ok: return "OK";
    case AlertLevel::Warn: return "WARN";
    case AlertLevel::Alert: return "ALERT";
    case AlertLevel::NoData: return "NO_DATA";
    }
    return "?";
}

const char* toString(AlertChannel channel)
{
    switch (channel) {
    case AlertChannel::WarRoom: return "#war_room";
    case AlertChannel::Pager: return "pager";
    case AlertChannel::InfraAlert: return "#infra_alert";
    case AlertChannel::CustomerSupport: return "#customer_support";
    }
    return "?";
}

const char* toString(AlertNotification::Kind kind)
{
    using K = AlertNotification::Kind;
    switch (kind) {
    case K::Triggered: return "triggered";
    case K::Warning: return "warning";
    case K::Recovered: return "recovered";
    case K::Renotify: return "renotify";
    case K::Acknowledged: return "acknowledged";
    case K::NoData: return "no-data";
    case K::Inquiry: return "inquiry";
    case K::NewIssue: return "new-issue";
    case K::Story: return "story";
    }
    return "?";
}

AlertEngine::AlertEngine(std::shared_ptr<const Scenario> scenario, const TelemetryStore& store, std::uint64_t seed,
                         const ErrorTracker* errors)
    : m_scenario(std::move(scenario)),
      m_store(store),
      m_series(store),
      m_baseline(*m_scenario),
      m_known(*m_scenario, m_baseline)
{
    m_context.reset(new MonitorContext{*m_scenario, m_store, m_series, m_baseline, errors, &m_known, seed, {}});
    m_context->previous = [this](std::size_t monitor, const std::string& group) { return levelOf(monitor, group); };
    for (const MonitorSpec& spec : m_scenario->monitors) {
        std::string error;
        auto evaluator = makeMonitorEvaluator(spec, m_specs.size(), *m_context, error);
        if (!evaluator) {
            m_problems.push_back("monitor " + spec.id + ": " + error);
            continue;
        }
        if (const auto* slo = dynamic_cast<const SloMonitor*>(evaluator.get()); slo && slo->normalBurn() > 0.5) {
            char buf[64];
            std::snprintf(buf, sizeof buf, "%.2f", slo->normalBurn());
            m_notes.push_back("monitor " + spec.id + ": on a normal day the topology's errors burn this SLO's budget " +
                              buf +
                              "× as fast as it allows; the history before the drill was capped at 0.5×, "
                              "but the drill itself burns at the real rate (consider a looser objective)");
        }
        addEvaluator(std::move(evaluator));
    }
    if (m_scenario->watchdog.enabled) {
        auto watchdog = std::make_unique<WatchdogMonitor>(WatchdogMonitor::defaultSpec(*m_scenario), m_specs.size(),
                                                          *m_context);
        m_watchdog = watchdog.get();
        addEvaluator(std::move(watchdog));
    }
    if (m_scenario->support.enabled)
        m_support = std::make_unique<CustomerSupport>(*m_context, seed);
}

AlertEngine::~AlertEngine() = default;

void AlertEngine::addEvaluator(std::unique_ptr<MonitorEvaluator> evaluator)
{
    m_specs.push_back(evaluator->spec());
    m_evaluators.push_back(std::move(evaluator));
    m_groups.emplace_back();
}

AlertLevel AlertEngine::levelOf(std::size_t monitor, const std::string& group) const
{
    if (monitor >= m_groups.size())
        return AlertLevel::Ok;
    const auto it = m_groups[monitor].find(group);
    return it == m_groups[monitor].end() ? AlertLevel::Ok : it->second.level;
}

void AlertEngine::evaluate(SimTime now)
{
    m_now = now;
    m_series.update(m_store.counts());
    for (auto& evaluator : m_evaluators) {
        m_readings.clear();
        evaluator->evaluate(*m_context, now, m_readings);
        for (const MonitorReading& r : m_readings)
            apply(*evaluator, r, now);
    }
    if (m_support)
        m_support->update(*m_context, now, m_router);
    m_router.tick(now);
}

void AlertEngine::apply(MonitorEvaluator& m, const MonitorReading& r, SimTime now)
{
    const MonitorSpec& spec = m.spec();
    Group& g = m_groups[m.index()][r.group];
    g.value = r.value;
    g.hasData = r.hasData;
    AlertLevel target = r.level;
    if (r.hasData) {
        g.lastData = now;
    } else if (spec.notifyNoData) {
        target = AlertLevel::NoData;
    } else if (g.level != AlertLevel::Ok && now - g.lastData >= std::max(spec.window, 2 * kInterval)) {
        target = AlertLevel::Ok; // data stopped long ago (a pod replaced): resolve, as Datadog's auto-resolve
    } else {
        return; // no data: keep the state
    }
    // "for": a worse state must persist before it is entered; getting better is immediate.
    if (target != g.level && static_cast<int>(target) > static_cast<int>(g.level) && target != AlertLevel::NoData &&
        spec.holdFor > 0) {
        if (g.pending != target) {
            g.pending = target;
            g.pendingSince = now;
        }
        if (now - g.pendingSince < spec.holdFor)
            return;
    }
    g.pending = target;
    if (target == g.level)
        return;
    // The threshold of the level entered: a warning is "above 60 (warning)", not the critical 180.
    double threshold = r.threshold;
    if (target == AlertLevel::Warn && spec.warning)
        threshold = *spec.warning;
    else if (target == AlertLevel::Alert && spec.critical)
        threshold = *spec.critical;
    AlertTransition t{now, spec.id, spec.name.en, r.group, g.level, target, r.value, threshold, r.series, r.detail};
    g.level = target;
    g.since = now;
    m_router.onTransition(t, spec);
    m_transitions.push_back(std::move(t));
}

int AlertEngine::acknowledge(const std::string& monitor, SimTime at, const std::string& group)
{
    return m_router.acknowledge(monitor, group, at);
}

std::vector<AlertEngine::GroupState> AlertEngine::states() const
{
    std::vector<GroupState> out;
    for (std::size_t i = 0; i < m_groups.size(); ++i)
        for (const auto& [group, g] : m_groups[i])
            out.push_back({m_specs[i].id, group, g.level, g.since, g.value, g.hasData});
    return out;
}

const MonitorSpec* AlertEngine::monitor(const std::string& id) const
{
    for (const MonitorSpec& s : m_specs)
        if (s.id == id)
            return &s;
    return nullptr;
}

const SloMonitor* AlertEngine::slo(const std::string& id) const
{
    for (const auto& e : m_evaluators)
        if (e->spec().id == id)
            return dynamic_cast<const SloMonitor*>(e.get());
    return nullptr;
}

} // namespace kunren

namespace kunren {

const AnomalyMonitor* AlertEngine::anomaly(const std::string& id) const
{
    for (const auto& e : m_evaluators)
        if (e->spec().id == id)
            return dynamic_cast<const AnomalyMonitor*>(e.get());
    return nullptr;
}

} // namespace kunren
