#pragma once

// How the trainee's clock ran during a drill: the speeds it played at, its pauses and its jumps, read from
// the clock actions of the log (clock.speed, clock.pause, clock.play, clock.jump). Every time in a score is
// drill time; the pace says how much of the trainee's own time lay behind it, so that two trainees' times
// compare (docs/SCORING.md, "Pace").

#include "drill/DrillAction.h"

#include <optional>
#include <span>
#include <vector>

namespace kunren {

struct DrillPace
{
    struct Share
    {
        double speed = 1;      // simulated seconds per wall-clock second
        SimDuration played = 0; // drill time played at that speed
    };

    bool known = false;          // the log records its clock (logs written before clock actions do not)
    std::vector<Share> speeds;   // largest share first
    int pauses = 0;
    double pausedSeconds = 0;    // wall-clock seconds the clock stood still
    int jumps = 0;
    SimDuration jumped = 0;      // drill time skipped by jumps

    // Drill time played at 1× throughout with nothing skipped: times are the trainee's real times.
    bool realTime() const;
    // The trainee's own seconds between two drill times: time played divided by its speed, plus the pauses
    // taken in between; jumps take none. Empty when the pace is not known.
    std::optional<double> wallSeconds(SimTime from, SimTime to) const;

    struct Segment
    {
        SimTime from = 0, to = 0;
        double speed = 0;        // 0: skipped by a jump
    };
    struct Pause
    {
        SimTime at = 0;
        double seconds = 0;
    };
    std::vector<Segment> segments; // in time order, covering [0, end)
    std::vector<Pause> pauseList;
};

// The pace of `actions` up to `end` (the drill's end). A log starts at 1× until its first clock.speed.
DrillPace drillPace(std::span<const DrillAction> actions, SimTime end);

} // namespace kunren
