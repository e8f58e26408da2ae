#include "alerting/SeriesWarmUp.h"

#include "sim/DailyPattern.h"
#include "sim/Rng.h"

#include <cmath>

namespace kunren {

namespace {

std::string groupValue(const std::string& group, std::string_view key)
{
    // "service:a,operation:GET /x": values never contain ",key:" in practice (routes and names).
    std::size_t at = 0;
    while (at < group.size()) {
        const std::size_t colon = group.find(':', at);
        if (colon == std::string::npos)
            break;
        std::size_t end = group.find(',', colon);
        // A value may contain commas only if no "key:" follows; keep it simple and split on the next ','.
        if (end == std::string::npos)
            end = group.size();
        if (std::string_view(group).substr(at, colon - at) == key)
            return group.substr(colon + 1, end - colon - 1);
        at = end + 1;
    }
    return {};
}

bool isCount(const std::string& metric) { return metric == "service.request.count" || metric == "service.error.count"; }

struct Selection
{
    std::vector<const EndpointBaseline*> endpoints;
    bool ok = false;
};

Selection select(const BaselineModel& baseline, const MetricTerm& term, const std::string& group)
{
    std::string service = groupValue(group, "service");
    if (service.empty())
        service = scopeValue(term.scope, "service");
    std::string operation = groupValue(group, "operation");
    if (operation.empty())
        operation = groupValue(group, "resource_name");
    if (operation.empty())
        operation = scopeValue(term.scope, "operation");
    if (operation.empty())
        operation = scopeValue(term.scope, "resource_name");
    Selection s;
    if (service.empty())
        return s;
    s.endpoints = baseline.select(service, operation);
    s.ok = !s.endpoints.empty();
    return s;
}

// One minute of one term: counts drawn, latency averaged with the noise of its request count.
struct Minute
{
    double requests = 0, errors = 0, latencySum = 0;
};

double termValue(const MetricTerm& term, const Minute& m, std::size_t series, double cv, Rng& rng)
{
    const bool avgSpace = term.aggregator == "avg";
    if (term.metric == "service.request.count" || term.metric == "service.error.count") {
        double v = term.metric == "service.request.count" ? m.requests : m.errors;
        if (avgSpace && series > 0)
            v /= static_cast<double>(series);
        return term.asRate ? v / 60.0 : v;
    }
    // service.request.duration: the minute's mean latency; percentiles from a log-normal of that mean.
    if (m.requests <= 0)
        return std::nan("");
    const double mean = m.latencySum / m.requests * (1.0 + cv / std::sqrt(m.requests) * rng.normal());
    if (term.aggregator.size() > 1 && term.aggregator[0] == 'p') {
        const double q = std::atof(term.aggregator.c_str() + 1) / 100.0;
        const double sigma = std::sqrt(std::log(1.0 + cv * cv));
        const double mu = std::log(std::max(1e-9, mean)) - sigma * sigma / 2;
        // Inverse normal CDF by bisection on erfc: accurate enough for a band's centre.
        double lo = -6, hi = 6;
        for (int i = 0; i < 40; ++i) {
            const double mid = (lo + hi) / 2;
            (0.5 * std::erfc(-mid / std::sqrt(2.0)) < q ? lo : hi) = mid;
        }
        return std::exp(mu + sigma * lo);
    }
    return mean;
}

bool modelled(const MetricTerm& t) { return isCount(t.metric) || t.metric == "service.request.duration"; }

} // namespace

const char* minuteAggregation(const MetricTerm& term) { return isCount(term.metric) && !term.asRate ? "sum" : "avg"; }

std::vector<double> warmUpSeries(const Scenario& scenario, const BaselineModel& baseline, const MetricQuery& query,
                                 const std::string& group, std::size_t minutes, Rng& rng)
{
    if (!modelled(query.numerator) || (query.denominator && !modelled(*query.denominator)))
        return {};
    const Selection sel = select(baseline, query.numerator, group);
    if (!sel.ok)
        return {};
    double cv = 0;
    for (const EndpointBaseline* e : sel.endpoints)
        cv = std::max(cv, e->latencySpread);
    std::vector<double> out;
    out.reserve(minutes);
    for (std::size_t i = 0; i < minutes; ++i) {
        const SimTime t = -static_cast<SimTime>(minutes - i) * kMinute + 30 * kSecond;
        const double daily = dailyTrafficFactor(scenario, t);
        Minute m;
        for (const EndpointBaseline* e : sel.endpoints) {
            const double n = rng.poisson(e->rate * daily * 60.0);
            m.requests += n;
            m.errors += rng.poisson(n * e->errorProbability);
            m.latencySum += n * e->meanLatency;
        }
        const double top = termValue(query.numerator, m, sel.endpoints.size(), cv, rng);
        if (!query.denominator) {
            out.push_back(top);
            continue;
        }
        const double bottom = termValue(*query.denominator, m, sel.endpoints.size(), cv, rng);
        out.push_back(bottom > 0 ? top / bottom : std::nan(""));
    }
    return out;
}

} // namespace kunren
