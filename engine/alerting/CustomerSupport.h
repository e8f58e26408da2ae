#pragma once

#include "alerting/AlertModel.h"
#include "alerting/Monitor.h"
#include "sim/Rng.h"

#include <vector>

namespace kunren {

class NotificationRouter;

// The escalation path of field story 2: users who hit errors or slowness at an entry point complain to
// customer support after a delay, and support posts in #customer_support. The chance a failed or very
// slow request turns into a complaint is fixed (SupportSpec), so inquiries grow with the impact;
// all draws come from the drill's "customer-support" Rng stream.
//
// "Very slow" is the histogram buckets at or past max(1 s, 5 × the endpoint's normal mean latency).
class CustomerSupport
{
public:
    CustomerSupport(MonitorContext& ctx, std::uint64_t seed);
    // Reads the impact of the minute up to `now` and posts complaints that are due by `now`.
    void update(MonitorContext& ctx, SimTime now, NotificationRouter& router);

    struct Inquiry
    {
        SimTime at = 0;
        std::string service, endpoint;
        bool slow = false;
    };
    const std::vector<Inquiry>& pending() const { return m_pending; }

private:
    struct Entry
    {
        std::string service, endpoint;
        std::size_t errors = 0, durations = 0; // subscriptions
        std::vector<std::size_t> errorCursor, durationCursor;
        double slowFrom = 1.0; // seconds
    };
    SupportSpec m_spec;
    Rng m_rng;
    std::vector<Entry> m_entries;
    std::vector<Inquiry> m_pending;
    int m_ticket = 0;
};

} // namespace kunren
