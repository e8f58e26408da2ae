// kunren-cli alerts: the alert and notification timeline of a simulated drill.
#include "Commands.h"

#include "Args.h"
#include "SimulatedDrill.h"

#include "session/DrillSession.h"

#include <cstdio>
#include <string>

namespace kunren::cli {

namespace {

constexpr const char* kUsage = "usage: kunren-cli alerts SCENARIO [--seed N] [--until DURATION] [--events]\n";

std::string clock(SimTime t)
{
    const long long s = t / kSecond;
    char buf[32];
    std::snprintf(buf, sizeof buf, "%lld:%02lld:%02lld", s / 3600, (s / 60) % 60, s % 60);
    return buf;
}

std::string value(double v)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.4g", v);
    return buf;
}

bool causedBy(const AlertNotification& n, const AlertTransition& t)
{
    using K = AlertNotification::Kind;
    return n.time == t.time && n.monitor == t.monitor && n.group == t.group &&
           (n.kind == K::Triggered || n.kind == K::Warning || n.kind == K::Recovered || n.kind == K::NoData ||
            n.kind == K::Story);
}

} // namespace

int alertsCommand(const std::vector<std::string>& argv)
{
    const Args args(argv, {"--seed", "--until"});
    if (!args.error().empty() || args.positionals().size() != 1) {
        if (!args.error().empty())
            std::fprintf(stderr, "kunren-cli alerts: %s\n", args.error().c_str());
        std::fputs(kUsage, stderr);
        return kExitUsage;
    }
    int exitCode = kExitOk;
    const auto request = drillFromArgs(args.positionals().front(), args, "alerts", exitCode);
    if (!request)
        return exitCode;
    DrillSession session(request->scenario, request->options);
    for (const std::string& p : session.alerts().problems())
        std::fprintf(stderr, "kunren-cli alerts: %s\n", p.c_str());
    for (const std::string& n : session.alerts().notes())
        std::fprintf(stderr, "kunren-cli alerts: note: %s\n", n.c_str());
    session.runUntil(request->until);

    const bool events = args.has("--events");
    const auto& transitions = session.alerts().transitions();
    const auto& posts = session.alerts().notifications();
    const TelemetryStore& st = session.telemetry();
    std::printf("%-8s %-28s %-16s %-28s %10s  %s\n", "TIME", "MONITOR", "TRANSITION", "CHANNEL", "VALUE", "DETAIL");
    for (const TimelineEntry& e : session.timeline()) {
        if (e.kind == TimelineEntry::Kind::Transition) {
            const AlertTransition& t = transitions[e.index];
            std::string channels;
            for (const AlertNotification& n : posts)
                if (causedBy(n, t))
                    channels += (channels.empty() ? "" : ",") + std::string(toString(n.channel));
            const std::string monitor = t.group.empty() ? t.monitor : t.monitor + "[" + t.group + "]";
            std::printf("%-8s %-28s %-16s %-28s %10s  %s\n", clock(t.time).c_str(), monitor.c_str(),
                        (std::string(toString(t.from)) + "→" + toString(t.to)).c_str(),
                        channels.empty() ? "-" : channels.c_str(), value(t.value).c_str(), t.detail.c_str());
        } else if (e.kind == TimelineEntry::Kind::Notification) {
            const AlertNotification& n = posts[e.index];
            using K = AlertNotification::Kind;
            if (n.kind == K::Triggered || n.kind == K::Warning || n.kind == K::Recovered || n.kind == K::NoData ||
                n.kind == K::Story)
                continue; // printed with their transition
            std::printf("%-8s %-28s %-16s %-28s %10s  %s\n", clock(n.time).c_str(),
                        n.monitor.empty() ? "-" : n.monitor.c_str(), toString(n.kind), toString(n.channel), "-",
                        n.text.c_str());
        } else if (events) {
            const EventRecord& ev = st.event(e.index);
            const std::string who = ev.service != kNoService ? std::string(st.str(st.service(ev.service).name)) : "-";
            std::printf("%-8s %-28s %-16s %-28s %10s  %s\n", clock(ev.time).c_str(), who.c_str(),
                        std::string(st.str(ev.kind)).c_str(), "events", "-", std::string(st.str(ev.title)).c_str());
        }
    }
    return kExitOk;
}

} // namespace kunren::cli
