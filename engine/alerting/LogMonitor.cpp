#include "alerting/LogMonitor.h"

#include "query/Search.h"

namespace kunren {

void LogMonitor::evaluate(MonitorContext& ctx, SimTime now, std::vector<MonitorReading>& out)
{
    SearchRequest request;
    request.query = m_spec.query;
    request.from = now - m_spec.window;
    request.to = now;
    request.limit = 0;
    const SearchResult result = searchLogs(ctx.store, request);
    MonitorReading r;
    r.series = "logs(" + m_spec.query + ").count";
    if (result.error) {
        r.hasData = false;
        r.detail = result.error->format();
        r.level = AlertLevel::NoData;
    } else {
        r.value = static_cast<double>(result.total);
        r.threshold = m_spec.critical.value_or(m_spec.warning.value_or(0.0));
        r.level = thresholdLevel(m_spec, r.value, ctx.previousLevel(m_index, r.group));
        r.detail = thresholdDetail(m_spec, r.value, r.level) + " matching log records";
    }
    out.push_back(std::move(r));
}

} // namespace kunren
