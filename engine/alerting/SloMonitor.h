#pragma once

#include "alerting/Monitor.h"
#include "alerting/RequestHistory.h"

namespace kunren {

// Burn rates and budget of one SLO at one evaluation.
struct SloStatus
{
    SimTime time = 0;
    double budgetRemaining = 1.0; // of the period's error budget (can go below 0)
    double periodErrorRate = 0.0;
    struct Tier
    {
        double longBurn = 0.0, shortBurn = 0.0;
        double longRequests = 0.0, shortRequests = 0.0;
        bool firing = false;
    };
    std::vector<Tier> tiers; // in the order of SloMonitor::tiers()
};

// A request-based SLO (availability, or latency with latencyThreshold) with multi-window,
// multi-burn-rate alerting (domain-reference §1):
// - a tier fires when BOTH its long and short window burn strictly faster than its rate (the SRE
//   Workbook's `>`), and each window saw at least minRequests requests;
// - tiers are de-duplicated: the monitor has one state, ALERT when any page tier fires, WARN when only
//   a ticket tier does, so one budget spend that trips several pairs notifies once;
// - windows reaching before the drill read the warm-up history.
class SloMonitor final : public MonitorEvaluator
{
public:
    SloMonitor(const MonitorSpec& spec, std::size_t index, MonitorContext& ctx);
    void evaluate(MonitorContext& ctx, SimTime now, std::vector<MonitorReading>& out) override;

    const std::vector<BurnRateTierSpec>& tiers() const { return m_tiers; }
    const std::vector<SloStatus>& history() const { return m_status; } // one per evaluation
    const RequestHistory& requests() const { return m_requests; }
    // The burn rate the topology's normal failures cause (from BaselineModel); above 0.5 the warm-up
    // history was capped (the objective is tighter than the topology delivers).
    double normalBurn() const { return m_normalBurn; }

private:
    void ingest(MonitorContext& ctx, SimTime now);

    std::vector<BurnRateTierSpec> m_tiers;
    RequestHistory m_requests;
    std::size_t m_totalSub = 0, m_badSub = 0;
    bool m_latency = false;
    std::vector<std::size_t> m_cursorTotal, m_cursorBad;
    std::vector<double> m_pendingTotal, m_pendingBad; // per minute of the drill, filled from 10 s points
    SimTime m_ingested = 0;
    double m_normalBurn = 0.0;
    std::vector<SloStatus> m_status;
};

} // namespace kunren
