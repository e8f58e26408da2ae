#pragma once

#include "alerting/KnownErrors.h"
#include "alerting/Monitor.h"

namespace kunren {

// Error-tracking monitors (domain-reference §3), fed by engine/errors' ErrorTracker:
// - "status:new [service:NAME]": one alert per new issue, once, when error tracking first groups an
//   error the system did not have on a normal day (KnownErrors); known issues stay quiet.
// - any other scope (service:NAME, type:EXCEPTION): the count of matching issues' events over the
//   window, against warning/critical thresholds.
class ErrorTrackingMonitor final : public MonitorEvaluator
{
public:
    ErrorTrackingMonitor(const MonitorSpec& spec, std::size_t index, const std::vector<ScopeTerm>& scope,
                         const KnownErrors& known);
    void evaluate(MonitorContext& ctx, SimTime now, std::vector<MonitorReading>& out) override;

private:
    bool matches(const std::string& service, const std::string& type) const;

    const KnownErrors& m_known;
    bool m_newIssues = false;
    std::string m_service, m_type;
    std::size_t m_seenNotifications = 0;
    std::vector<std::uint32_t> m_alerted; // issue ids that raised an alert, in order
};

} // namespace kunren
