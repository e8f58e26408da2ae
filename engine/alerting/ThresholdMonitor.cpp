#include "alerting/ThresholdMonitor.h"

#include "core/Duration.h"

#include <cstdio>
#include <map>

namespace kunren {

bool crosses(MonitorComparator c, double value, double threshold)
{
    switch (c) {
    case MonitorComparator::Above: return value > threshold;
    case MonitorComparator::AboveOrEqual: return value >= threshold;
    case MonitorComparator::Below: return value < threshold;
    case MonitorComparator::BelowOrEqual: return value <= threshold;
    }
    return false;
}

AlertLevel thresholdLevel(const MonitorSpec& spec, double value, AlertLevel previous)
{
    if (spec.critical && crosses(spec.comparator, value, *spec.critical))
        return AlertLevel::Alert;
    // Hysteresis: an alert holds until the value is back past the recovery threshold.
    if (previous == AlertLevel::Alert && spec.recovery && crosses(spec.comparator, value, *spec.recovery))
        return AlertLevel::Alert;
    if (spec.warning && crosses(spec.comparator, value, *spec.warning))
        return AlertLevel::Warn;
    return AlertLevel::Ok;
}

std::string thresholdDetail(const MonitorSpec& spec, double value, AlertLevel level)
{
    const bool warn = level == AlertLevel::Warn && spec.warning;
    const std::optional<double> threshold = warn ? spec.warning : spec.critical ? spec.critical : spec.warning;
    static constexpr const char* kWords[] = {"above", "at or above", "below", "at or below"};
    char buf[160];
    if (!threshold)
        std::snprintf(buf, sizeof buf, "%.4g", value);
    else
        std::snprintf(buf, sizeof buf, "%.4g %s %s %.4g (%s) over %s", value,
                      crosses(spec.comparator, value, *threshold) ? "is" : "is not",
                      kWords[static_cast<int>(spec.comparator)], *threshold, warn ? "warning" : "critical",
                      formatDuration(spec.window).c_str());
    return buf;
}

ThresholdMonitor::ThresholdMonitor(const MonitorSpec& spec, std::size_t index, const MetricQuery& query,
                                   SeriesIndex& series)
    : MonitorEvaluator(spec, index),
      m_query(query)
{
    m_numerator = series.subscribe(query.numerator);
    m_text = toString(query.numerator);
    if (query.denominator) {
        m_denominator = series.subscribe(*query.denominator);
        m_text += " / " + toString(*query.denominator);
    }
}

void ThresholdMonitor::evaluate(MonitorContext& ctx, SimTime now, std::vector<MonitorReading>& out)
{
    const SimTime from = now - m_spec.window;
    const auto top = evaluateWindow(ctx.series, m_numerator, from, now, m_spec.aggregation);
    std::map<std::string, WindowValue> bottom;
    if (m_query.denominator)
        for (WindowValue& w : evaluateWindow(ctx.series, m_denominator, from, now, m_spec.aggregation))
            bottom[w.group] = std::move(w);
    const double threshold = m_spec.critical.value_or(m_spec.warning.value_or(0.0));
    for (const WindowValue& w : top) {
        MonitorReading r;
        r.group = w.group;
        r.series = m_text;
        r.threshold = threshold;
        r.value = w.value;
        r.hasData = w.hasData;
        if (m_query.denominator) {
            // Groups of a ratio are matched by key; an ungrouped denominator divides every group.
            auto it = bottom.find(w.group);
            if (it == bottom.end())
                it = bottom.find(std::string());
            r.hasData = r.hasData && it != bottom.end() && it->second.hasData && it->second.value != 0.0;
            r.value = r.hasData ? w.value / it->second.value : 0.0;
        }
        r.level = r.hasData ? thresholdLevel(m_spec, r.value, ctx.previousLevel(m_index, r.group)) : AlertLevel::NoData;
        r.detail = r.hasData ? thresholdDetail(m_spec, r.value, r.level) : "no data";
        out.push_back(std::move(r));
    }
}

} // namespace kunren
