#pragma once

#include "alerting/AlertModel.h"
#include "scenario/Scenario.h"

#include <map>
#include <string>
#include <vector>

namespace kunren {

// Turns alert transitions into channel posts (field story 2):
// - route page: ALERT goes to #war_room and the pager; the pager re-notifies every `renotify` (5 min by
//   default) until someone acknowledges or the alert recovers. WARN of a page monitor goes to
//   #infra_alert only: the war room hears "a problem is happening", never "might be".
// - route channel: everything to #infra_alert.
// - route none: the timeline records the transition, no one is told.
// Recoveries go wherever the alert went.
class NotificationRouter
{
public:
    static constexpr SimDuration kDefaultRenotify = 5 * kMinute;

    void onTransition(const AlertTransition& t, const MonitorSpec& spec);
    // Re-notifies unacknowledged pages whose interval elapsed by `now`.
    void tick(SimTime now);
    // Acknowledges the open pages of `monitor` (of one group, or all when `group` is empty) at `at`.
    // Returns how many pages it acknowledged; 0 when none was open.
    int acknowledge(const std::string& monitor, const std::string& group, SimTime at);
    void post(AlertNotification n) { m_posts.push_back(std::move(n)); }

    const std::vector<AlertNotification>& notifications() const { return m_posts; }
    bool paging(const std::string& monitor) const; // an unacknowledged page is open

private:
    struct Page
    {
        std::string monitor, group, runbook, text;
        SimDuration every = kDefaultRenotify;
        SimTime lastSent = 0;
        bool acknowledged = false;
        bool warRoom = false;
    };
    std::map<std::pair<std::string, std::string>, Page> m_pages;
    std::map<std::pair<std::string, std::string>, AlertChannel> m_lastChannel; // where the alert went
    std::vector<AlertNotification> m_posts;
};

} // namespace kunren
