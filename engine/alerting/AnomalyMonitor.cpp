#include "alerting/AnomalyMonitor.h"

#include "alerting/SeriesWarmUp.h"
#include "sim/Rng.h"

#include <cmath>
#include <cstdio>

namespace kunren {

namespace {

std::string number(double v)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.4g", v);
    return buf;
}

} // namespace

AnomalyMonitor::AnomalyMonitor(const MonitorSpec& spec, std::size_t index, const MetricQuery& query,
                               MonitorContext& ctx)
    : MonitorEvaluator(spec, index),
      m_query(query)
{
    m_spec.comparator = MonitorComparator::AboveOrEqual;
    if (!m_spec.critical && !m_spec.warning)
        m_spec.critical = 1.0;
    m_numerator = ctx.series.subscribe(query.numerator);
    m_text = "anomalies(" + toString(query.numerator);
    if (query.denominator) {
        m_denominator = ctx.series.subscribe(*query.denominator);
        m_text += " / " + toString(*query.denominator);
    }
    m_text += ", '" + query.anomalyAlgorithm + "', " + number(query.anomalyBounds) + ")";
}

AnomalyMonitor::Track& AnomalyMonitor::track(MonitorContext& ctx, const std::string& group)
{
    auto it = m_tracks.find(group);
    if (it != m_tracks.end())
        return it->second;
    Track& t = m_tracks[group];
    const std::size_t minutes = m_query.anomalyAlgorithm == "robust" ? kWarmUpDays * 1440 : 2 * kBasicMinutes;
    Rng rng = Rng::forEntity(ctx.seed, "anomaly-warmup/" + m_spec.id + "/" + group);
    t.values = warmUpSeries(ctx.scenario, ctx.baseline, m_query, group, minutes, rng);
    t.warmUp = t.values.size();
    for (double v : t.values)
        t.ewma.add(v);
    return t;
}

anomaly::Band AnomalyMonitor::band(const Track& t) const
{
    const double k = m_query.anomalyBounds;
    const std::size_t n = t.values.size();
    if (m_query.anomalyAlgorithm == "agile")
        return t.ewma.band(k);
    if (m_query.anomalyAlgorithm == "robust" && n >= 1440 + 30) {
        // The same time of day (±15 minutes) on every previous day the history holds.
        std::vector<double> seasonal;
        for (std::size_t day = 1; day * 1440 <= n; ++day) {
            const std::size_t centre = n - day * 1440;
            for (std::size_t j = centre >= 15 ? centre - 15 : 0; j <= centre + 15 && j < n; ++j)
                seasonal.push_back(t.values[j]);
        }
        return anomaly::robustBand(seasonal, k);
    }
    const std::size_t from = n > kBasicMinutes ? n - kBasicMinutes : 0;
    return anomaly::lagBand(std::span<const double>(t.values).subspan(from), k);
}

void AnomalyMonitor::evaluate(MonitorContext& ctx, SimTime now, std::vector<MonitorReading>& out)
{
    const SimTime from = now - kMinute;
    auto top = evaluateWindow(ctx.series, m_numerator, from, now, minuteAggregation(m_query.numerator));
    std::map<std::string, WindowValue> bottom;
    if (m_query.denominator)
        for (WindowValue& w :
             evaluateWindow(ctx.series, m_denominator, from, now, minuteAggregation(*m_query.denominator)))
            bottom[w.group] = std::move(w);
    const auto windowMinutes = static_cast<std::size_t>(std::max<SimDuration>(kMinute, m_spec.window) / kMinute);
    for (const WindowValue& w : top) {
        Track& t = track(ctx, w.group);
        double x = w.hasData ? w.value : std::nan("");
        if (m_query.denominator) {
            auto it = bottom.find(w.group);
            if (it == bottom.end())
                it = bottom.find(std::string());
            x = w.hasData && it != bottom.end() && it->second.hasData && it->second.value > 0
                    ? w.value / it->second.value
                    : std::nan("");
        }
        const anomaly::Band b = band(t);
        t.lastBand = b;
        const bool flagged = !std::isnan(x) && b.outside(x);
        t.flagged.push_back(flagged ? 1 : 0);
        t.values.push_back(x);
        t.ewma.add(x);

        std::size_t seen = 0, hits = 0;
        for (std::size_t i = t.flagged.size(); i > 0 && t.flagged.size() - i < windowMinutes; --i) {
            ++seen;
            hits += t.flagged[i - 1] ? 1 : 0;
        }
        MonitorReading r;
        r.group = w.group;
        r.series = m_text;
        r.value = seen ? static_cast<double>(hits) / static_cast<double>(windowMinutes) : 0.0;
        r.threshold = m_spec.critical.value_or(m_spec.warning.value_or(0.0));
        r.hasData = !std::isnan(x) || hits > 0;
        r.detail = "value " + number(x) +
                   (b.valid ? ", expected " + number(b.lower()) + " … " + number(b.upper())
                            : std::string(", still learning")) +
                   "; " + std::to_string(hits) + " of the last " + std::to_string(windowMinutes) + " minutes outside";
        r.level = thresholdLevel(m_spec, r.value, ctx.previousLevel(m_index, r.group));
        out.push_back(std::move(r));
    }
}

} // namespace kunren
