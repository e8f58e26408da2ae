#include "alerting/WatchdogMonitor.h"

#include "alerting/BaselineModel.h"
#include "alerting/SeriesWarmUp.h"
#include "scenario/CallGraph.h"
#include "sim/Rng.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <set>

namespace kunren {

namespace {

constexpr std::size_t kTrailing = 60; // minutes of baseline
constexpr std::size_t kWarmUpMinutes = 120;
constexpr double kMinRate = 0.2; // requests/s: barely used services are ignored
constexpr SimDuration kQuietToResolve = 10 * kMinute;

std::string percent(double v)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2g %%", v * 100);
    return buf;
}

std::string millis(double seconds)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.0f ms", seconds * 1000);
    return buf;
}

MetricQuery byService(const char* aggregator, const char* metric)
{
    MetricQuery q;
    q.numerator = MetricTerm{aggregator, metric, {}, {"service"}, false};
    return q;
}

} // namespace

std::string WatchdogStory::summary() const
{
    std::string s;
    for (const Finding& f : findings) {
        if (!s.empty())
            s += "; ";
        if (f.signal == "error_rate")
            s += "error rate up on " + f.service + " (" + percent(f.value) + " vs " + percent(f.expected) + " usual)";
        else if (f.signal == "latency")
            s += "latency up on " + f.service + " (" + millis(f.value) + " vs " + millis(f.expected) + " usual)";
        else
            s += std::string(f.value > f.expected ? "more" : "fewer") + " requests on " + f.service;
    }
    return s;
}

MonitorSpec WatchdogMonitor::defaultSpec(const Scenario& scenario)
{
    MonitorSpec m;
    m.id = "watchdog";
    m.type = "watchdog";
    m.name = {"[Watchdog] Anomaly story", "[Watchdog] 異常ストーリー"};
    m.route = scenario.watchdog.route;
    m.window = 5 * kMinute;
    return m;
}

WatchdogMonitor::WatchdogMonitor(const MonitorSpec& spec, std::size_t index, MonitorContext& ctx)
    : MonitorEvaluator(spec, index),
      m_k(ctx.scenario.watchdog.sensitivity)
{
    m_hits = ctx.series.subscribe(byService("sum", "service.request.count").numerator);
    m_errors = ctx.series.subscribe(byService("sum", "service.error.count").numerator);
    m_latency = ctx.series.subscribe(byService("avg", "service.request.duration").numerator);
    for (const ServiceSpec& s : ctx.scenario.topology->services)
        forEachCall(s, [&](const EndpointSpec&, const CallSpec& c) {
            m_neighbours[s.name].push_back(c.service);
            m_neighbours[c.service].push_back(s.name);
        });
    for (const EndpointBaseline& e : ctx.baseline.endpoints())
        m_baselineRate[e.service] += e.rate;
}

WatchdogMonitor::ServiceTrack& WatchdogMonitor::service(MonitorContext& ctx, const std::string& name)
{
    auto it = m_services.find(name);
    if (it != m_services.end())
        return it->second;
    ServiceTrack& t = m_services[name];
    const std::string group = "service:" + name;
    Rng rng = Rng::forEntity(ctx.seed, "watchdog-warmup/" + name);
    MetricQuery errorRate = byService("sum", "service.error.count");
    errorRate.denominator = byService("sum", "service.request.count").numerator;
    t.hits.values = warmUpSeries(ctx.scenario, ctx.baseline, byService("sum", "service.request.count"), group,
                                 kWarmUpMinutes, rng);
    t.errorRate.values = warmUpSeries(ctx.scenario, ctx.baseline, errorRate, group, kWarmUpMinutes, rng);
    t.latency.values = warmUpSeries(ctx.scenario, ctx.baseline, byService("avg", "service.request.duration"), group,
                                    kWarmUpMinutes, rng);
    return t;
}

int WatchdogMonitor::connectedStory(const std::string& service) const
{
    const auto near = m_neighbours.find(service);
    for (const WatchdogStory& story : m_stories) {
        if (story.resolved >= 0)
            continue;
        for (const WatchdogStory::Finding& f : story.findings)
            if (f.service == service ||
                (near != m_neighbours.end() &&
                 std::find(near->second.begin(), near->second.end(), f.service) != near->second.end()))
                return story.id;
    }
    return -1;
}

void WatchdogMonitor::join(Signal& s, int story, const std::string& service, const char* signal, SimTime now)
{
    s.ongoing = true;
    s.since = now;
    s.story = story;
    const double x = s.values.back();
    m_stories[static_cast<std::size_t>(story - 1)].findings.push_back({service, signal, now, x, s.expected});
}

bool WatchdogMonitor::update(Signal& s, const char* signal, double x, double errors)
{
    const std::size_t n = s.values.size();
    const auto b = anomaly::robustBand(std::span<const double>(s.values).subspan(n > kTrailing ? n - kTrailing : 0),
                                       m_k);
    s.values.push_back(x);
    const std::string_view sig = signal;
    bool flagged = false;
    if (!std::isnan(x) && b.valid) {
        if (sig == "error_rate")
            flagged = x > b.upper() && errors >= 3;
        else if (sig == "latency")
            flagged = x > b.upper() && x > 1.2 * b.center;
        else
            flagged = b.outside(x) && std::fabs(x - b.center) > 0.2 * b.center;
    }
    s.flagged.push_back(flagged ? 1 : 0);
    if (b.valid)
        s.expected = b.center;
    std::size_t recent = 0;
    for (std::size_t i = 0; i < 5 && i < s.flagged.size(); ++i)
        recent += s.flagged[s.flagged.size() - 1 - i] ? 1 : 0;
    if (s.ongoing && recent == 0)
        s.ongoing = false;
    if (s.ongoing) {
        WatchdogStory& story = m_stories[static_cast<std::size_t>(s.story - 1)];
        for (WatchdogStory::Finding& f : story.findings)
            if (f.signal == sig && f.since == s.since && !std::isnan(x))
                f.value = x;
    }
    return !s.ongoing && recent >= 3;
}

void WatchdogMonitor::evaluate(MonitorContext& ctx, SimTime now, std::vector<MonitorReading>& out)
{
    const SimTime from = now - kMinute;
    std::map<std::string, double> hits, errors, latency;
    for (const WindowValue& w : evaluateWindow(ctx.series, m_hits, from, now, "sum"))
        if (w.hasData)
            hits[w.group] = w.value;
    for (const WindowValue& w : evaluateWindow(ctx.series, m_errors, from, now, "sum"))
        if (w.hasData)
            errors[w.group] = w.value;
    for (const WindowValue& w : evaluateWindow(ctx.series, m_latency, from, now, "avg"))
        if (w.hasData)
            latency[w.group] = w.value;
    struct Onset
    {
        std::string service;
        Signal* signal;
        const char* name;
    };
    std::vector<Onset> onsets;
    for (const auto& [group, h] : hits) {
        const std::string name = group.substr(group.find(':') + 1);
        if (m_baselineRate[name] < kMinRate)
            continue;
        ServiceTrack& t = service(ctx, name);
        const double e = errors.count(group) ? errors[group] : 0.0;
        if (update(t.errorRate, "error_rate", h > 0 ? e / h : std::nan(""), e))
            onsets.push_back({name, &t.errorRate, "error_rate"});
        if (update(t.latency, "latency", latency.count(group) ? latency[group] : std::nan(""), 0))
            onsets.push_back({name, &t.latency, "latency"});
        if (update(t.hits, "hits", h, 0))
            onsets.push_back({name, &t.hits, "hits"});
    }
    // Anomalies starting together join stories they connect to, repeatedly, so the order services are
    // visited in does not split one incident; what is left opens a story (hits never do).
    for (bool progress = true; !onsets.empty();) {
        progress = false;
        for (auto it = onsets.begin(); it != onsets.end();) {
            const int story = connectedStory(it->service);
            if (story > 0) {
                join(*it->signal, story, it->service, it->name, now);
                it = onsets.erase(it);
                progress = true;
            } else {
                ++it;
            }
        }
        if (progress)
            continue;
        const auto first = std::find_if(onsets.begin(), onsets.end(),
                                        [](const Onset& o) { return std::string_view(o.name) != "hits"; });
        if (first == onsets.end())
            break;
        WatchdogStory story;
        story.id = static_cast<int>(m_stories.size()) + 1;
        story.opened = now;
        m_stories.push_back(std::move(story));
        join(*first->signal, m_stories.back().id, first->service, first->name, now);
        onsets.erase(first);
    }
    for (auto& [name, t] : m_services)
        for (Signal* s : {&t.errorRate, &t.latency, &t.hits})
            if (s->ongoing && s->story > 0)
                m_stories[static_cast<std::size_t>(s->story - 1)].lastActive = now;
    // A story is over once none of its findings has been anomalous for a while.
    for (WatchdogStory& story : m_stories) {
        if (story.resolved >= 0)
            continue;
        if (now - std::max(story.lastActive, story.opened) >= kQuietToResolve)
            story.resolved = now;
        MonitorReading r;
        r.group = "story:" + std::to_string(story.id);
        r.series = "watchdog";
        r.level = story.resolved >= 0 ? AlertLevel::Ok : AlertLevel::Alert;
        r.value = static_cast<double>(story.findings.size());
        r.detail = story.summary();
        out.push_back(std::move(r));
    }
    // Resolved stories were reported above once; forget their signals' membership.
    for (auto& [name, t] : m_services)
        for (Signal* s : {&t.errorRate, &t.latency, &t.hits})
            if (!s->ongoing && s->story > 0 && m_stories[static_cast<std::size_t>(s->story - 1)].resolved >= 0)
                s->story = -1;
}

} // namespace kunren
