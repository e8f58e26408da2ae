#include "sim/Simulator.h"

#include "sim/Conditions.h"
#include "sim/DailyPattern.h"
#include "sim/Fleet.h"
#include "sim/MetricsRecorder.h"
#include "sim/Mitigations.h"
#include "sim/RequestWalker.h"
#include "sim/World.h"
#include "sim/WorldBuilder.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>

namespace kunren {

Simulator::Simulator(std::shared_ptr<const Scenario> scenario, SimOptions options) : m_world(std::make_unique<World>())
{
    World& w = *m_world;
    w.scenario = std::move(scenario);
    w.options = options;
    w.seed = options.seed.value_or(w.scenario->seed);
    buildWorld(w);
    m_walker = std::make_unique<RequestWalker>(w);
    m_metrics = std::make_unique<MetricsRecorder>(w);
    m_metrics->setUp();
    w.store.publish(0);
}

Simulator::~Simulator() = default;

const Scenario& Simulator::scenario() const { return *m_world->scenario; }
const TelemetryStore& Simulator::telemetry() const { return m_world->store; }
TelemetryStore& Simulator::telemetryForAppend() { return m_world->store; }
double Simulator::traceSampleRate() const { return m_world->sampleRate; }
std::uint64_t Simulator::seed() const { return m_world->seed; }
SimTime Simulator::now() const { return m_tick * kTick; }

double Simulator::dailyFactor() const { return dailyTrafficFactor(*m_world->scenario, m_world->now); }

void Simulator::applyScriptedChanges()
{
    World& w = *m_world;
    for (const EventSpec& ev : w.scenario->events) {
        if (ev.at != w.now)
            continue;
        const int si = w.serviceIndex(ev.service);
        ServiceRt* s = si >= 0 ? &w.services[static_cast<std::size_t>(si)] : nullptr;
        // A deploy that some fault describes as bad is rolled out by that fault instead.
        const bool faultDeploy = std::any_of(
            w.scenario->faults.begin(), w.scenario->faults.end(), [&](const FaultSpec& f) {
                return f.kind == FaultKind::BadDeploy && f.event == ev.id && w.options.faultsEnabled;
            });
        if (ev.kind == EventKind::Deploy && s && !faultDeploy) {
            fleet::startRollout(w, *s, ev.version, false, ev.title.en);
            continue;
        }
        if (ev.kind == EventKind::Deploy && faultDeploy)
            continue;
        static constexpr const char* kKinds[] = {"deploy", "config-change", "flag-flip", "scaling", "note"};
        w.store.addEvent({w.now, w.intern(kKinds[static_cast<int>(ev.kind)]), w.intern(ev.title.en),
                          s ? s->index : kNoService, kNoResource, w.intern(ev.version)});
    }
    if (!w.options.faultsEnabled)
        return;
    for (const FaultSpec& f : w.scenario->faults) {
        if (f.kind != FaultKind::BadDeploy)
            continue;
        const int si = w.serviceIndex(f.service);
        if (si < 0)
            continue;
        ServiceRt& s = w.services[static_cast<std::size_t>(si)];
        if (w.now == f.start) {
            // The deploy event the fault names (if any) gives the rollout its title.
            std::string title;
            for (const EventSpec& ev : w.scenario->events)
                if (ev.id == f.event)
                    title = ev.title.en;
            fleet::startRollout(w, s, f.version, true, title);
        } else if (f.duration > 0 && w.now == f.start + f.duration && s.spec->deployment)
            fleet::startRollout(w, s, s.spec->deployment->version, false); // rolled back
    }
}

void Simulator::generateEntryTraffic()
{
    World& w = *m_world;
    const double daily = dailyFactor();
    RequestContext ctx;
    std::vector<TelemetryStore::KeyValue> pairs;
    for (EntryRt& entry : w.entries) {
        const EndpointRt& ep = w.endpoints[static_cast<std::size_t>(entry.endpoint)];
        const ServiceRt& service = w.services[static_cast<std::size_t>(ep.service)];
        double spike = 1.0;
        for (const FaultSpec& f : w.scenario->faults)
            if (f.kind == FaultKind::TrafficSpike && f.service == service.spec->name &&
                (f.endpoint.empty() || f.endpoint == ep.spec->name))
                spike += w.faultStrength(f);
        const std::uint32_t n = entry.rng.poisson(entry.rate * daily * spike);
        for (std::uint32_t i = 0; i < n; ++i) {
            const SimTime start = w.now + static_cast<SimTime>(entry.rng.below(kTick));
            const std::uint64_t hi = entry.rng.next(), lo = entry.rng.next();
            pairs.clear();
            for (const AttributeRt& a : w.attributes) {
                const double u = entry.rng.uniform();
                const auto it = std::lower_bound(a.cumulative.begin(), a.cumulative.end(), u);
                const auto idx = std::min<std::size_t>(static_cast<std::size_t>(it - a.cumulative.begin()),
                                                       a.values.size() - 1);
                pairs.emplace_back(a.key, a.values[idx]);
            }
            const bool sampled = w.sampleRate >= 1.0 || w.samplingRng.chance(w.sampleRate);
            ctx.reset(start, hi, lo, sampled, static_cast<float>(1.0 / std::max(w.sampleRate, 1e-9)));
            ctx.attributePairs = pairs;
            ctx.attributes = w.store.internAttributes(pairs);
            m_walker->serve(ctx, entry.endpoint, start, kNoParent);
            ctx.commit(w.store);
        }
    }
}

void Simulator::processQueues()
{
    World& w = *m_world;
    RequestContext ctx;
    for (ServiceRt& q : w.services) {
        if (q.spec->kind != ServiceKind::Queue || q.spec->resource.consumer.empty())
            continue;
        const int consumer = w.serviceIndex(q.spec->resource.consumer);
        const int endpoint = w.endpointIndex(consumer, q.spec->resource.consumerEndpoint);
        if (endpoint < 0)
            continue;
        const ServiceRt& c = w.services[static_cast<std::size_t>(consumer)];
        // Consumers work only while their pods are up.
        const double readyShare = c.spec->deployment
                                      ? static_cast<double>(c.ready.size()) / std::max(1, c.spec->deployment->replicas)
                                      : 1.0;
        const double capacity = q.spec->resource.consumers * q.mitigation.consumerFactor *
                                q.spec->resource.consumerRate * q.consumerRateFactor * std::min(1.0, readyShare);
        const double processed = std::min(q.backlog, static_cast<double>(q.rng.poisson(capacity)));
        for (int i = 0; i < static_cast<int>(processed); ++i) {
            const SimTime start = w.now + static_cast<SimTime>(q.rng.below(kTick));
            const bool drawn = w.sampleRate >= 1.0 || w.samplingRng.chance(w.sampleRate);
            const std::uint64_t hi = q.rng.next(), lo = q.rng.next();
            if (q.messages.empty()) {
                ctx.reset(start, hi, lo, drawn, static_cast<float>(1.0 / std::max(w.sampleRate, 1e-9)));
            } else {
                // The message's own context, first in, first out: the consumer's trace is recorded when the
                // producer's was, links to the span that published it, and carries the request's attributes
                // and ids (an order id the producer logged is the one the consumer logs).
                QueuedMessage msg = std::move(q.messages.front());
                q.messages.pop_front();
                ctx.reset(start, hi, lo, msg.sampled, msg.weight);
                ctx.attributes = msg.attributes;
                const auto pairs = w.store.attributes(msg.attributes);
                ctx.attributePairs.assign(pairs.begin(), pairs.end());
                ctx.generatedIds = std::move(msg.ids);
                ctx.link = {msg.traceHigh, msg.traceLow, msg.publishSpanId};
            }
            m_walker->serve(ctx, endpoint, start, kNoParent);
            ctx.commit(w.store);
        }
        q.backlog -= std::floor(processed);
        q.consumed += static_cast<std::uint64_t>(processed);
        q.oldestMessageAge = capacity > 0.01 ? std::min(86400.0, q.backlog / capacity)
                                             : (q.backlog > 0 ? q.oldestMessageAge + 1.0 : 0.0);
    }
}

void Simulator::runBatchJobs()
{
    World& w = *m_world;
    RequestContext ctx;
    for (ServiceRt& s : w.services) {
        if (!s.spec->schedule || w.now < s.spec->schedule->offset)
            continue;
        const ScheduleSpec& sch = *s.spec->schedule;
        const SimTime phase = (w.now - sch.offset) % std::max<SimDuration>(sch.every, kTick);
        const double runSeconds = sch.items / std::max(0.001, sch.itemsPerSecond);
        if (toSeconds(phase) >= runSeconds)
            continue;
        const int endpoint = w.endpointIndex(static_cast<int>(&s - w.services.data()), sch.endpoint);
        if (endpoint < 0)
            continue;
        const std::uint32_t n = s.rng.poisson(sch.itemsPerSecond);
        for (std::uint32_t i = 0; i < n; ++i) {
            const SimTime start = w.now + static_cast<SimTime>(s.rng.below(kTick));
            const bool sampled = w.sampleRate >= 1.0 || w.samplingRng.chance(w.sampleRate);
            ctx.reset(start, s.rng.next(), s.rng.next(), sampled,
                      static_cast<float>(1.0 / std::max(w.sampleRate, 1e-9)));
            m_walker->serve(ctx, endpoint, start, kNoParent);
            ctx.commit(w.store);
        }
    }
}

void Simulator::step()
{
    if (m_stepFailed)
        throw std::logic_error("the simulation stopped at an earlier error and cannot go on");
    m_stepFailed = true; // until this step ends normally
    World& w = *m_world;
    w.now = m_tick * kTick;
    // Last tick's load drives this tick's conditions (a one-second lag, like any control loop).
    for (EndpointRt& e : w.endpoints) {
        e.lastCount = e.tickCount;
        if (e.tickCount > 0 && e.tickLatencySum > 0)
            e.lastMeanLatency = e.tickLatencySum / e.tickCount;
        e.tickCount = 0;
        e.tickLatencySum = 0;
    }
    for (ServiceRt& s : w.services) {
        s.lastCpuDemand = s.tickCpuDemand;
        s.tickCpuDemand = 0;
        s.lastAttempts = s.tickAttempts;
        s.tickAttempts = 0;
    }
    applyScriptedChanges();
    for (ServiceRt& s : w.services)
        fleet::update(w, s);
    updateConditions(w);
    generateEntryTraffic();
    processQueues();
    runBatchJobs();
    if (w.options.spanLimit > 0 && w.store.spansWritten() > w.options.spanLimit)
        throw std::length_error("the drill's telemetry is full: it may store " + std::to_string(w.options.spanLimit) +
                                " spans, and second " + std::to_string(m_tick + 1) + " would exceed that");
    ++m_tick;
    const SimTime end = m_tick * kTick;
    if (end % MetricsRecorder::kInterval == 0)
        m_metrics->record(end);
    w.store.publish(end);
    m_stepFailed = false;
}

MitigationResult Simulator::applyMitigation(const MitigationRequest& request)
{
    m_world->now = now();
    return mitigation::apply(*m_world, request);
}

void Simulator::runUntil(SimTime until)
{
    while (now() < until)
        step();
}

std::vector<ServiceTotals> Simulator::totals() const
{
    std::vector<ServiceTotals> out;
    for (const ServiceRt& s : m_world->services) {
        ServiceTotals t{s.spec->name, toString(s.spec->kind), 0, 0};
        for (int ei : s.endpoints) {
            t.requests += m_world->endpoints[static_cast<std::size_t>(ei)].totalCount;
            t.errors += m_world->endpoints[static_cast<std::size_t>(ei)].totalErrors;
        }
        out.push_back(std::move(t));
    }
    return out;
}

} // namespace kunren
