#pragma once

#include "core/Time.h"

#include <cstdint>
#include <string>
#include <vector>

namespace kunren {

// State of one monitor group (a monitor, or one service/pod/issue of a grouped monitor).
// OK → WARN → ALERT → OK ("recovered"); NO DATA when a group's data stops and the monitor asks for it.
enum class AlertLevel : std::uint8_t { Ok, Warn, Alert, NoData };

const char* toString(AlertLevel level);

// One state change, with what the monitor saw when it changed.
struct AlertTransition
{
    SimTime time = 0;
    std::string monitor;     // monitor id ("watchdog" for Watchdog stories)
    std::string monitorName; // English name, for logs and the CLI
    std::string group;       // "" for an ungrouped monitor, else e.g. "service:payment" or "pod:checkout-7f…"
    AlertLevel from = AlertLevel::Ok;
    AlertLevel to = AlertLevel::Ok;
    double value = 0.0;     // the evaluated value (burn rate, error ratio, anomalous fraction …)
    double threshold = 0.0; // the threshold it was compared with (0 when none applies)
    std::string series;     // what was measured, e.g. "burn_rate 1h/5m" or "sum:service.error.count{…}"
    std::string detail;     // type-specific explanation, e.g. "1h burn 19.2, 5m burn 31.0"
};

// Where a notification goes. Channels, not monitors, are what a trainee watches.
enum class AlertChannel : std::uint8_t {
    WarRoom,         // #war_room: user impact now, triaged immediately
    Pager,           // the on-call pager: re-notifies until acknowledged
    InfraAlert,      // #infra_alert: may become a problem, reviewed later
    CustomerSupport, // #customer_support: inquiries from users
};

const char* toString(AlertChannel channel);

struct AlertNotification
{
    enum class Kind : std::uint8_t {
        Triggered,
        Warning,
        Recovered,
        Renotify,
        Acknowledged,
        NoData,
        Inquiry,
        NewIssue,
        Story
    };
    SimTime time = 0;
    AlertChannel channel = AlertChannel::InfraAlert;
    Kind kind = Kind::Triggered;
    std::string monitor; // empty for customer inquiries
    std::string group;
    std::string text;    // the message as posted
    std::string runbook; // runbook id of the monitor, if any
    double value = 0.0;
};

const char* toString(AlertNotification::Kind kind);

// One line of the drill's event timeline: an alert transition, a notification, or a system event
// (deploy, config change, scaling, OOM kill … as recorded in the telemetry store).
struct TimelineEntry
{
    enum class Kind : std::uint8_t { Transition, Notification, SystemEvent };
    SimTime time = 0;
    Kind kind = Kind::SystemEvent;
    std::size_t index = 0; // into transitions(), notifications() or the store's events
};

} // namespace kunren
