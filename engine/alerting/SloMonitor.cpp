#include "alerting/SloMonitor.h"

#include "alerting/BaselineModel.h"
#include "core/Duration.h"
#include "scenario/BurnRate.h"
#include "sim/Rng.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace kunren {

namespace {

SimDuration longestWindow(const std::vector<BurnRateTierSpec>& tiers, SimDuration period)
{
    SimDuration w = period;
    for (const BurnRateTierSpec& t : tiers)
        w = std::max(w, t.longWindow);
    return w;
}

std::string number(double v)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.3g", v);
    return buf;
}

} // namespace

SloMonitor::SloMonitor(const MonitorSpec& spec, std::size_t index, MonitorContext& ctx)
    : MonitorEvaluator(spec, index),
      m_tiers(spec.tiers.empty() ? burn::defaultTiers() : spec.tiers),
      m_requests(longestWindow(spec.tiers.empty() ? burn::defaultTiers() : spec.tiers, spec.sloPeriod))
{
    MetricQueryError error;
    const auto scope = parseScope(spec.query, error).value_or(std::vector<ScopeTerm>{});
    std::string service = scopeValue(scope, "service");
    if (service.empty())
        service = spec.service;
    std::string operation = scopeValue(scope, "resource_name");
    if (operation.empty())
        operation = scopeValue(scope, "operation");

    MetricTerm total{"sum", "service.request.count", {{"service", service, false}}, {}, false};
    if (!operation.empty())
        total.scope.push_back({"operation", operation, false});
    MetricTerm bad = total;
    m_latency = spec.latencyThreshold > 0;
    bad.metric = m_latency ? "service.request.duration" : "service.error.count";
    m_totalSub = ctx.series.subscribe(total);
    m_badSub = ctx.series.subscribe(bad);

    Rng rng = Rng::forEntity(ctx.seed, "slo-warmup/" + spec.id);
    auto endpoints = ctx.baseline.select(service, operation);
    // A latency SLO's warm-up counts requests slower than the threshold as bad: the share of a log-normal
    // around the endpoint's mean above the threshold, folded into the failure probability.
    std::vector<EndpointBaseline> adjusted;
    if (m_latency) {
        for (const EndpointBaseline* e : endpoints) {
            EndpointBaseline b = *e;
            const double sigma = std::sqrt(std::log(1.0 + b.latencySpread * b.latencySpread));
            const double mu = std::log(std::max(1e-6, b.meanLatency)) - sigma * sigma / 2;
            const double z = (std::log(toSeconds(spec.latencyThreshold)) - mu) / std::max(sigma, 1e-6);
            b.errorProbability = 0.5 * std::erfc(z / std::sqrt(2.0));
            adjusted.push_back(b);
        }
        endpoints.clear();
        for (const EndpointBaseline& b : adjusted)
            endpoints.push_back(&b);
    }
    m_normalBurn = m_requests.warmUp(ctx.scenario, endpoints, rng, burn::budget(spec.slo), spec.budgetSpentBefore);
}

void SloMonitor::ingest(MonitorContext& ctx, SimTime now)
{
    const SimTime last = now / kMinute * kMinute; // only whole minutes
    const auto minutes = static_cast<std::size_t>(last / kMinute);
    if (m_pendingTotal.size() < minutes) {
        m_pendingTotal.resize(minutes, 0.0);
        m_pendingBad.resize(minutes, 0.0);
    }
    auto add = [&](std::size_t sub, std::vector<std::size_t>& cursors, bool badSide) {
        const auto& s = ctx.series.subscription(sub);
        cursors.resize(s.tracks.size(), 0);
        for (std::size_t k = 0; k < s.tracks.size(); ++k) {
            const SeriesIndex::Track& t = ctx.series.track(s.tracks[k]);
            std::size_t& c = cursors[k];
            for (; c < t.samples.size() && t.samples[c].time <= last; ++c) {
                const SeriesIndex::Sample& p = t.samples[c];
                // A point at time t counts the interval ending at t: it belongs to the minute before t.
                const auto minute = static_cast<std::size_t>(std::max<SimTime>(0, p.time - 1) / kMinute);
                if (minute >= minutes)
                    continue;
                double v = p.value;
                if (badSide && m_latency) {
                    // Requests slower than the threshold: the histogram buckets above it.
                    const SeriesInfo& info = ctx.store.series(t.series);
                    const auto bounds = ctx.store.bucketBounds(info.bounds);
                    const double limit = toSeconds(m_spec.latencyThreshold);
                    // Bucket b holds (bounds[b-1], bounds[b]]: bad when its lower bound is at or past the limit.
                    v = 0;
                    for (std::size_t b = 1; b <= bounds.size(); ++b)
                        if (bounds[b - 1] >= limit - 1e-12)
                            v += ctx.store.bucketCount(p.firstBucket + b);
                }
                (badSide ? m_pendingBad : m_pendingTotal)[minute] += v;
            }
        }
    };
    add(m_totalSub, m_cursorTotal, false);
    add(m_badSub, m_cursorBad, true);
    for (SimTime m = m_ingested; m < last; m += kMinute) {
        const auto i = static_cast<std::size_t>(m / kMinute);
        m_requests.append(m_pendingTotal[i], m_pendingBad[i]);
    }
    m_ingested = std::max(m_ingested, last);
}

void SloMonitor::evaluate(MonitorContext& ctx, SimTime now, std::vector<MonitorReading>& out)
{
    ingest(ctx, now);
    const SimTime t = m_ingested;
    SloStatus status;
    status.time = t;
    const double periodTotal = m_requests.total(t - m_spec.sloPeriod, t);
    const double periodBad = m_requests.bad(t - m_spec.sloPeriod, t);
    status.periodErrorRate = burn::errorRate(periodBad, periodTotal);
    const double budget = burn::budget(m_spec.slo);
    status.budgetRemaining = periodTotal > 0 && budget > 0 ? 1.0 - periodBad / (periodTotal * budget) : 1.0;

    MonitorReading r;
    r.series = std::string(m_latency ? "latency" : "availability") + " SLO " + number(m_spec.slo * 100) + "% over " +
               formatDuration(m_spec.sloPeriod);
    int firing = -1;
    for (std::size_t i = 0; i < m_tiers.size(); ++i) {
        const BurnRateTierSpec& tier = m_tiers[i];
        SloStatus::Tier s;
        s.longRequests = m_requests.total(t - tier.longWindow, t);
        s.shortRequests = m_requests.total(t - tier.shortWindow, t);
        s.longBurn = burn::burnRate(burn::errorRate(m_requests.bad(t - tier.longWindow, t), s.longRequests),
                                    m_spec.slo);
        s.shortBurn = burn::burnRate(burn::errorRate(m_requests.bad(t - tier.shortWindow, t), s.shortRequests),
                                     m_spec.slo);
        const bool enough = s.longRequests >= m_spec.minRequests && s.shortRequests >= m_spec.minRequests;
        s.firing = enough && s.longBurn > tier.burnRate && s.shortBurn > tier.burnRate;
        status.tiers.push_back(s);
        if (!s.firing)
            continue;
        const AlertLevel level = tier.page ? AlertLevel::Alert : AlertLevel::Warn;
        if (firing < 0 || (level == AlertLevel::Alert && r.level != AlertLevel::Alert)) {
            firing = static_cast<int>(i);
            r.level = level;
        }
    }
    const std::size_t shown = firing >= 0 ? static_cast<std::size_t>(firing) : 0;
    if (!m_tiers.empty()) {
        const BurnRateTierSpec& tier = m_tiers[shown];
        const SloStatus::Tier& s = status.tiers[shown];
        r.value = s.longBurn;
        r.threshold = tier.burnRate;
        r.detail = "burn rate " + number(s.longBurn) + " over " + formatDuration(tier.longWindow) + ", " +
                   number(s.shortBurn) + " over " + formatDuration(tier.shortWindow) + " (threshold " +
                   number(tier.burnRate) + "); budget remaining " + number(status.budgetRemaining * 100) + "%";
    }
    m_status.push_back(std::move(status));
    out.push_back(std::move(r));
}

} // namespace kunren
