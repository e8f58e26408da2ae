#pragma once

#include "drill/DrillAction.h"
#include "scenario/Scenario.h"

#include <span>
#include <string>
#include <vector>

namespace kunren {

struct DrillScore;

// One line of a drill's automatic timeline: what the system did and what the trainee did, in order.
struct DrillTimelineEntry
{
    SimTime at = 0;
    std::string source; // "system" (scenario events, the fault, recovery), "alert", "trainee"
    std::string kind;   // deploy, config-change, fault, page, recovered, or an action type (alert.ack …)
    std::string text;   // English sentence
    int action = -1;    // trainee entries: the action's index in the log the timeline was built from
    std::string event;  // scenario events: the event's id (so a GUI can word the entry in its language)

    bool operator==(const DrillTimelineEntry&) const = default;
};

// Scenario events, the fault start, the trainee's actions and (with a score) mitigation results and
// recovery, sorted by time. Alerts join once the alert engine provides them (issue 4).
std::vector<DrillTimelineEntry> buildDrillTimeline(const Scenario& scenario, std::span<const DrillAction> actions,
                                                   const DrillScore* score = nullptr);

// "12:05" style clock of simulated time since the drill started (m:ss, or h:mm:ss past an hour).
std::string drillClock(SimTime t);
// A playback speed as the toolbar shows it: "1×", "2.5×".
std::string speedText(double speed);

} // namespace kunren
