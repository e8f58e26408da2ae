#include "alerting/NotificationRouter.h"

#include <cstdio>

namespace kunren {

namespace {

std::string text(const AlertTransition& t, const MonitorSpec& spec, const char* prefix)
{
    std::string s = std::string(prefix) + " " + spec.name.en;
    if (!t.group.empty())
        s += " (" + t.group + ")";
    if (!t.detail.empty())
        s += ": " + t.detail;
    if (!spec.message.en.empty() && t.to != AlertLevel::Ok)
        s += " — " + spec.message.en;
    if (!spec.runbook.empty() && t.to != AlertLevel::Ok)
        s += " [runbook: " + spec.runbook + "]";
    return s;
}

} // namespace

void NotificationRouter::onTransition(const AlertTransition& t, const MonitorSpec& spec)
{
    if (spec.route == RouteKind::None)
        return;
    const auto key = std::make_pair(t.monitor, t.group);
    auto postTo = [&](AlertChannel channel, AlertNotification::Kind kind, const char* prefix) {
        m_posts.push_back({t.time, channel, kind, t.monitor, t.group, text(t, spec, prefix), spec.runbook, t.value});
    };
    const bool page = spec.route == RouteKind::Page;
    if (spec.type == "watchdog" && t.to == AlertLevel::Alert) {
        const AlertChannel channel = page ? AlertChannel::WarRoom : AlertChannel::InfraAlert;
        m_posts.push_back({t.time, channel, AlertNotification::Kind::Story, t.monitor, t.group,
                           "[Watchdog story] " + t.detail, spec.runbook, t.value});
        m_lastChannel[key] = channel;
        return;
    }
    switch (t.to) {
    case AlertLevel::Alert:
        if (page) {
            postTo(AlertChannel::WarRoom, AlertNotification::Kind::Triggered, "[Triggered]");
            postTo(AlertChannel::Pager, AlertNotification::Kind::Triggered, "[Page]");
            Page& p = m_pages[key];
            p = {t.monitor,
                 t.group,
                 spec.runbook,
                 text(t, spec, "[Page]"),
                 spec.renotify > 0 ? spec.renotify : kDefaultRenotify,
                 t.time,
                 false,
                 true};
            m_lastChannel[key] = AlertChannel::WarRoom;
        } else {
            postTo(AlertChannel::InfraAlert, AlertNotification::Kind::Triggered, "[Triggered]");
            m_lastChannel[key] = AlertChannel::InfraAlert;
        }
        break;
    case AlertLevel::Warn:
        if (t.from == AlertLevel::Alert && page) {
            // Down from ALERT: the page is over; the war room hears it calmed down.
            m_pages.erase(key);
            postTo(AlertChannel::WarRoom, AlertNotification::Kind::Warning, "[Warn]");
        } else {
            postTo(AlertChannel::InfraAlert, AlertNotification::Kind::Warning, "[Warn]");
        }
        m_lastChannel[key] = t.from == AlertLevel::Alert && page ? AlertChannel::WarRoom : AlertChannel::InfraAlert;
        break;
    case AlertLevel::NoData:
        postTo(AlertChannel::InfraAlert, AlertNotification::Kind::NoData, "[No data]");
        m_lastChannel[key] = AlertChannel::InfraAlert;
        break;
    case AlertLevel::Ok: {
        m_pages.erase(key);
        const auto it = m_lastChannel.find(key);
        postTo(it != m_lastChannel.end() ? it->second : AlertChannel::InfraAlert, AlertNotification::Kind::Recovered,
               "[Recovered]");
        m_lastChannel.erase(key);
        break;
    }
    }
}

void NotificationRouter::tick(SimTime now)
{
    for (auto& [key, p] : m_pages) {
        while (!p.acknowledged && p.lastSent + p.every <= now) {
            p.lastSent += p.every;
            m_posts.push_back({p.lastSent, AlertChannel::Pager, AlertNotification::Kind::Renotify, p.monitor, p.group,
                               "[Page again, not acknowledged] " + p.text.substr(p.text.find(' ') + 1), p.runbook,
                               0.0});
        }
    }
}

int NotificationRouter::acknowledge(const std::string& monitor, const std::string& group, SimTime at)
{
    int n = 0;
    for (auto& [key, p] : m_pages) {
        if (p.acknowledged || key.first != monitor || (!group.empty() && key.second != group))
            continue;
        tick(at); // pages due before the acknowledgement were sent
        p.acknowledged = true;
        ++n;
        m_posts.push_back({at, AlertChannel::WarRoom, AlertNotification::Kind::Acknowledged, p.monitor, p.group,
                           "[Acknowledged] " + p.text.substr(p.text.find(' ') + 1), p.runbook, 0.0});
    }
    return n;
}

bool NotificationRouter::paging(const std::string& monitor) const
{
    for (const auto& [key, p] : m_pages)
        if (key.first == monitor && !p.acknowledged)
            return true;
    return false;
}

} // namespace kunren
