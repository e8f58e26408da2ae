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
        double speed = 1;       // simulated seconds per wall-clock second
        SimDuration played = 0; // drill time played at that speed
    };

    bool known = false;        // the log records its clock (logs written before clock actions do not)
    std::vector<Share> speeds; // largest share first
    int pauses = 0;
    double pausedSeconds = 0; // wall-clock seconds the clock stood still
    int jumps = 0;
    SimDuration jumped = 0; // drill time skipped by jumps

    // Drill time played at 1× throughout with nothing skipped: times are the trainee's real times.
    bool realTime() const;
    // The trainee's own time (wall-clock seconds since the drill started) when the drill first reached `t`,
    // from the actions' `wall` stamps: between two actions the clock's state does not change (every pause,
    // play, speed change and jump is an action), so it is read off the line between them. Empty when the log
    // has no stamps.
    std::optional<double> wallWhenReached(SimTime t) const;

    struct Segment
    {
        SimTime from = 0, to = 0;
        double speed = 0; // 0: skipped by a jump
    };
    struct Stamp
    {
        SimTime at = 0;
        double wall = 0;
    };
    std::vector<Segment> segments; // in time order, covering [0, end)
    std::vector<Stamp> stamps;     // every action with a wall stamp, in log order
    double lastSpeed = 1;          // the speed in force after the last action
};

// The pace of `actions` up to `end` (the drill's end). A log starts at 1× until its first clock.speed.
DrillPace drillPace(std::span<const DrillAction> actions, SimTime end);

} // namespace kunren
