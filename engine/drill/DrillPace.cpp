#include "drill/DrillPace.h"

#include <algorithm>
#include <map>

namespace kunren {

bool DrillPace::realTime() const
{
    return known && jumps == 0 &&
           std::all_of(speeds.begin(), speeds.end(), [](const Share& s) { return s.speed == 1.0; });
}

std::optional<double> DrillPace::wallWhenReached(SimTime t) const
{
    if (stamps.empty())
        return std::nullopt;
    const auto next = std::lower_bound(stamps.begin(), stamps.end(), t,
                                       [](const Stamp& s, SimTime at) { return s.at < at; });
    if (next == stamps.begin())
        return next->wall;
    const Stamp& prev = *std::prev(next);
    if (next == stamps.end())
        return prev.wall + toSeconds(t - prev.at) / lastSpeed; // still running: at the speed in force
    const double share = static_cast<double>(t - prev.at) / static_cast<double>(next->at - prev.at);
    return prev.wall + share * (next->wall - prev.wall);
}

DrillPace drillPace(std::span<const DrillAction> actions, SimTime end)
{
    DrillPace pace;
    double speed = 1.0;
    SimTime segmentStart = 0;
    auto close = [&](SimTime at, double s) {
        at = std::min(at, end);
        if (at > segmentStart)
            pace.segments.push_back({segmentStart, at, s});
        segmentStart = std::max(segmentStart, at);
    };
    for (const DrillAction& a : actions) {
        if (a.wall >= 0 && (pace.stamps.empty() || a.at >= pace.stamps.back().at)) {
            // A jump is logged where it ended: its start is a stamp too, at the pace the clock ran until then,
            // so that between two stamps the clock's state never changes.
            if (a.type == ActionType::ClockJump && !pace.stamps.empty() && a.from > pace.stamps.back().at) {
                const DrillPace::Stamp& prev = pace.stamps.back();
                pace.stamps.push_back({a.from, std::min(a.wall, prev.wall + toSeconds(a.from - prev.at) / speed)});
            }
            pace.stamps.push_back({a.at, a.wall});
        }
        switch (a.type) {
        case ActionType::ClockSpeed:
            pace.known = true;
            close(a.at, speed);
            speed = a.speed;
            break;
        case ActionType::ClockPause:
            pace.known = true;
            ++pace.pauses;
            break;
        case ActionType::ClockPlay:
            pace.known = true;
            pace.pausedSeconds += a.pausedSeconds;
            break;
        case ActionType::ClockJump:
            pace.known = true;
            ++pace.jumps;
            close(a.from, speed);
            close(a.at, 0.0);
            pace.jumped += a.at - std::min(a.at, a.from);
            break;
        default: break;
        }
    }
    close(end, speed);
    pace.lastSpeed = speed;
    std::map<double, SimDuration> bySpeed;
    for (const DrillPace::Segment& s : pace.segments)
        if (s.speed > 0)
            bySpeed[s.speed] += s.to - s.from;
    for (const auto& [s, played] : bySpeed)
        pace.speeds.push_back({s, played});
    std::stable_sort(pace.speeds.begin(), pace.speeds.end(),
                     [](const auto& x, const auto& y) { return x.played > y.played; });
    return pace;
}

} // namespace kunren
