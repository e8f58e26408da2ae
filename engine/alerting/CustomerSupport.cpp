#include "alerting/CustomerSupport.h"

#include "alerting/BaselineModel.h"
#include "alerting/NotificationRouter.h"

#include <algorithm>

namespace kunren {

namespace {

const char* const kErrorTexts[] = {
    "a customer reports an error page when using %s",
    "a user says %s keeps failing and asks whether we are down",
    "complaint: \"I tried %s three times and it always fails\"",
};
const char* const kSlowTexts[] = {
    "a customer says %s is extremely slow today",
    "a user reports that %s spins forever before anything happens",
    "complaint: \"%s took so long I gave up\"",
};

std::string format(const char* pattern, const std::string& what)
{
    char buf[256];
    std::snprintf(buf, sizeof buf, pattern, what.c_str());
    return buf;
}

} // namespace

CustomerSupport::CustomerSupport(MonitorContext& ctx, std::uint64_t seed)
    : m_spec(ctx.scenario.support),
      m_rng(Rng::forEntity(seed, "customer-support"))
{
    for (const TrafficEntry& t : ctx.scenario.traffic.entries) {
        Entry e;
        e.service = t.service;
        e.endpoint = t.endpoint;
        const std::vector<ScopeTerm> scope{{"service", t.service, false}, {"operation", t.endpoint, false}};
        e.errors = ctx.series.subscribe(MetricTerm{"sum", "service.error.count", scope, {}, false});
        e.durations = ctx.series.subscribe(MetricTerm{"sum", "service.request.duration", scope, {}, false});
        if (const EndpointBaseline* b = ctx.baseline.find(t.service, t.endpoint))
            e.slowFrom = std::max(1.0, 5.0 * b->meanLatency);
        m_entries.push_back(std::move(e));
    }
}

void CustomerSupport::update(MonitorContext& ctx, SimTime now, NotificationRouter& router)
{
    if (!m_spec.enabled)
        return;
    for (Entry& e : m_entries) {
        double failed = 0, slow = 0;
        const auto& errorSub = ctx.series.subscription(e.errors);
        e.errorCursor.resize(errorSub.tracks.size(), 0);
        for (std::size_t k = 0; k < errorSub.tracks.size(); ++k) {
            const auto& samples = ctx.series.track(errorSub.tracks[k]).samples;
            for (std::size_t& c = e.errorCursor[k]; c < samples.size() && samples[c].time <= now; ++c)
                failed += samples[c].value;
        }
        const auto& durationSub = ctx.series.subscription(e.durations);
        e.durationCursor.resize(durationSub.tracks.size(), 0);
        for (std::size_t k = 0; k < durationSub.tracks.size(); ++k) {
            const SeriesIndex::Track& t = ctx.series.track(durationSub.tracks[k]);
            const auto bounds = ctx.store.bucketBounds(ctx.store.series(t.series).bounds);
            for (std::size_t& c = e.durationCursor[k]; c < t.samples.size() && t.samples[c].time <= now; ++c)
                for (std::size_t b = 1; b <= bounds.size(); ++b)
                    if (bounds[b - 1] >= e.slowFrom - 1e-12)
                        slow += ctx.store.bucketCount(t.samples[c].firstBucket + b);
        }
        for (const auto& [impacted, isSlow] : {std::pair{failed, false}, std::pair{slow, true}}) {
            const std::uint32_t complaints = m_rng.poisson(impacted * m_spec.complaintProbability);
            for (std::uint32_t i = 0; i < complaints; ++i) {
                const SimDuration spread = std::max<SimDuration>(0, m_spec.maxDelay - m_spec.minDelay);
                const SimTime at = now + m_spec.minDelay +
                                   static_cast<SimTime>(m_rng.below(static_cast<std::uint64_t>(spread) + 1));
                m_pending.push_back({at / kSecond * kSecond, e.service, e.endpoint, isSlow});
            }
        }
    }
    // Post what is due, oldest first.
    std::stable_sort(m_pending.begin(), m_pending.end(),
                     [](const Inquiry& a, const Inquiry& b) { return a.at < b.at; });
    std::size_t due = 0;
    while (due < m_pending.size() && m_pending[due].at <= now)
        ++due;
    for (std::size_t i = 0; i < due; ++i) {
        const Inquiry& q = m_pending[i];
        const auto& texts = q.slow ? kSlowTexts : kErrorTexts;
        const std::string what = q.endpoint + " (" + q.service + ")";
        const std::string text = "[Inquiry #" + std::to_string(++m_ticket) + "] " + format(texts[m_rng.below(3)], what);
        router.post(
            {q.at, AlertChannel::CustomerSupport, AlertNotification::Kind::Inquiry, {}, q.service, text, {}, 0.0});
    }
    m_pending.erase(m_pending.begin(), m_pending.begin() + static_cast<std::ptrdiff_t>(due));
}

} // namespace kunren
