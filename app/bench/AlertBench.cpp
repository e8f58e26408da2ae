#include "AlertBench.h"

#include "BenchStats.h"
#include "Commands.h"

#include "alerting/WatchdogMonitor.h"
#include "core/Duration.h"
#include "scenario/ScenarioLoader.h"
#include "session/DrillSession.h"

#include <cstdio>

namespace kunren::cli {

int runAlertBenchmark(bool quick)
{
    const auto path = resolveScenario("platform-bench");
    if (!path) {
        std::fprintf(stderr, "bench: built-in scenario platform-bench not found\n");
        return kExitUsage;
    }
    auto loaded = loadScenarioFile(*path);
    for (const auto& d : loaded.diagnostics)
        std::fprintf(stderr, "%s\n", d.format().c_str());
    if (!loaded.ok())
        return kExitUsage;
    const SimDuration until = quick ? 10 * kMinute : 60 * kMinute;
    const int runs = quick ? 1 : 3;
    std::vector<double> simSeconds, alertSeconds, errorSeconds, shares, setupSeconds, copyMs;
    std::size_t transitions = 0, notifications = 0, monitors = 0, stories = 0, issues = 0;
    for (int run = 0; run < runs; ++run) {
        auto start = std::chrono::steady_clock::now();
        DrillSession session(loaded.value);
        setupSeconds.push_back(secondsSince(start)); // includes the warm-up history
        double sim = 0, alerts = 0, errors = 0;
        while (session.now() < until) {
            start = std::chrono::steady_clock::now();
            session.simulator().runUntil(session.now() + AlertEngine::kInterval);
            sim += secondsSince(start);
            start = std::chrono::steady_clock::now();
            session.errors().update();
            errors += secondsSince(start);
            start = std::chrono::steady_clock::now();
            session.alerts().evaluate(session.now());
            alerts += secondsSince(start);
        }
        simSeconds.push_back(sim);
        alertSeconds.push_back(alerts);
        errorSeconds.push_back(errors);
        shares.push_back(alerts / sim);
        transitions = session.alerts().transitions().size();
        notifications = session.alerts().notifications().size();
        monitors = session.alerts().monitors().size();
        stories = session.alerts().watchdog() ? session.alerts().watchdog()->stories().size() : 0;
        // What the app's worker does for each copy of the issues it sends the Errors page (at most once a
        // wall-clock second while the page is shown): catch up (nothing left here) and copy every issue.
        start = std::chrono::steady_clock::now();
        constexpr int kCopies = 20;
        for (int i = 0; i < kCopies; ++i) {
            session.errors().update();
            const std::vector<Issue> copy = session.errors().issues();
            issues = copy.size();
        }
        copyMs.push_back(1000.0 * secondsSince(start) / kCopies);
    }
    std::printf("# kunren-bench alerts%s — platform-bench, %s simulated, one core, medians of %d run(s)\n",
                quick ? " --quick" : "", formatDuration(until).c_str(), runs);
    std::printf("alerts.monitors             %10zu  (scenario monitors + Watchdog)\n", monitors);
    std::printf("alerts.setup_seconds        %10.3f  (monitors, baseline model, 30-day warm-up history)\n",
                median(setupSeconds));
    std::printf("alerts.sim_seconds          %10.2f\n", median(simSeconds));
    std::printf(
        "alerts.eval_seconds         %10.3f  (every monitor, Watchdog, customer support, each simulated minute)\n",
        median(alertSeconds));
    std::printf("alerts.error_tracking_secs  %10.3f  (ErrorTracker catching up each minute; engine/errors)\n",
                median(errorSeconds));
    std::printf("alerts.eval_share           %9.2f%%  (eval / sim; target <= 5%%)\n", 100.0 * median(shares));
    std::printf("alerts.error_copy_ms        %10.3f  (one copy of the session's %zu issues, as the app's worker sends "
                "the Errors page)\n",
                median(copyMs), issues);
    std::printf("alerts.transitions          %10zu\n", transitions);
    std::printf("alerts.notifications        %10zu\n", notifications);
    std::printf("alerts.watchdog_stories     %10zu\n", stories);
    return kExitOk;
}

} // namespace kunren::cli
