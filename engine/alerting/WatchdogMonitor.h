#pragma once

#include "alerting/AnomalyDetector.h"
#include "alerting/Monitor.h"

#include <map>

namespace kunren {

// A Watchdog story: related anomalies grouped into one notification ("which component has which
// problem"). Services join a story when they are the same or a direct caller/callee of a member.
struct WatchdogStory
{
    struct Finding
    {
        std::string service;
        std::string signal; // error_rate | latency | hits
        SimTime since = 0;
        double value = 0.0;    // latest one-minute value
        double expected = 0.0; // centre of the band
    };
    int id = 0;
    SimTime opened = 0;
    SimTime resolved = -1;  // -1 while ongoing
    SimTime lastActive = 0; // last minute any finding was anomalous
    std::vector<Finding> findings;
    std::string summary() const; // "error rate up on payment (2.1 % vs 0.03 %); latency up on checkout …"
};

// Watchdog-style automatic detection (domain-reference §2): on by default, on every request-serving
// service's hits, error rate and latency, with no configuration. Deliberately a bit noisy, like the
// real thing (field story 2): a robust band of `sensitivity` deviations over the trailing hour, with
// light filtering — barely used services are skipped, an error-rate anomaly needs 3 errors in the
// minute, a latency anomaly 20 % over normal, and 3 of the last 5 minutes out of band. Hit-rate
// anomalies never open a story on their own (no user impact), they only add context.
class WatchdogMonitor final : public MonitorEvaluator
{
public:
    WatchdogMonitor(const MonitorSpec& spec, std::size_t index, MonitorContext& ctx);
    void evaluate(MonitorContext& ctx, SimTime now, std::vector<MonitorReading>& out) override;

    const std::vector<WatchdogStory>& stories() const { return m_stories; }
    static MonitorSpec defaultSpec(const Scenario& scenario);

private:
    struct Signal
    {
        std::vector<double> values; // per minute: warm-up, then the drill
        std::vector<char> flagged;  // per drill minute
        bool ongoing = false;
        SimTime since = 0;
        int story = -1;
        double expected = 0.0;
    };
    struct ServiceTrack
    {
        Signal hits, errorRate, latency;
    };
    ServiceTrack& service(MonitorContext& ctx, const std::string& name);
    // Flags the minute's value; returns true when the signal just became anomalous (not yet in a story).
    bool update(Signal& s, const char* signal, double value, double errors);
    int connectedStory(const std::string& service) const;
    void join(Signal& s, int story, const std::string& service, const char* signal, SimTime now);

    double m_k = 3.0;
    std::size_t m_hits = 0, m_errors = 0, m_latency = 0;
    std::map<std::string, ServiceTrack> m_services;
    std::map<std::string, std::vector<std::string>> m_neighbours;
    std::map<std::string, double> m_baselineRate;
    std::vector<WatchdogStory> m_stories;
};

} // namespace kunren
