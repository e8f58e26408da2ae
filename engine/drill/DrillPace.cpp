#include "drill/DrillPace.h"

#include <algorithm>
#include <map>

namespace kunren {

bool DrillPace::realTime() const
{
    return known && jumps == 0 && std::all_of(speeds.begin(), speeds.end(), [](const Share& s) { return s.speed == 1.0; });
}

std::optional<double> DrillPace::wallSeconds(SimTime from, SimTime to) const
{
    if (!known)
        return std::nullopt;
    double seconds = 0;
    for (const Segment& s : segments) {
        const SimTime a = std::max(from, s.from), b = std::min(to, s.to);
        if (b > a && s.speed > 0)
            seconds += toSeconds(b - a) / s.speed;
    }
    for (const Pause& p : pauseList)
        if (p.at >= from && p.at < to)
            seconds += p.seconds;
    return seconds;
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
            if (a.pausedSeconds > 0) {
                pace.pausedSeconds += a.pausedSeconds;
                pace.pauseList.push_back({a.at, a.pausedSeconds});
            }
            break;
        case ActionType::ClockJump:
            pace.known = true;
            ++pace.jumps;
            close(a.from, speed);
            close(a.at, 0.0);
            pace.jumped += a.at - std::min(a.at, a.from);
            break;
        default:
            break;
        }
    }
    close(end, speed);
    std::map<double, SimDuration> bySpeed;
    for (const DrillPace::Segment& s : pace.segments)
        if (s.speed > 0)
            bySpeed[s.speed] += s.to - s.from;
    for (const auto& [s, played] : bySpeed)
        pace.speeds.push_back({s, played});
    std::stable_sort(pace.speeds.begin(), pace.speeds.end(), [](const auto& x, const auto& y) { return x.played > y.played; });
    return pace;
}

} // namespace kunren
