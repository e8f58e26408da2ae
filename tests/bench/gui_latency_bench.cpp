// kunren-gui-bench: how responsive the workspace stays while a big drill plays.
//
// Starts the 60-service drill at 60× on the offscreen platform, visits every workspace page in turn, and
// probes the GUI event loop with a 10 ms timer: how late each tick arrives is the longest task the GUI
// thread ran meanwhile. Prints the distribution (target: no task over 50 ms) and the time to the first
// shown window (target: ≤ 1 s). A benchmark, not a test: it prints figures and never fails on a slow machine.
#include "bridge/DrillRunner.h"
#include "shell/MainWindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>
#include <map>
#include <cstdio>
#include <vector>

namespace {

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0.0;
    std::sort(v.begin(), v.end());
    const auto i = static_cast<std::size_t>(p * static_cast<double>(v.size() - 1));
    return v[i];
}

} // namespace

int main(int argc, char** argv)
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    const QString scenario = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("platform-bench");
    const int seconds = argc > 2 ? std::max(5, std::atoi(argv[2])) : 40;

    kunren::app::MainWindow window;
    window.show();
    QApplication::processEvents();
    const double firstWindowMs = static_cast<double>(sinceStart.nsecsElapsed()) / 1e6;

    QElapsedTimer loadTimer;
    loadTimer.start();
    if (!window.startScenario(scenario)) {
        std::fprintf(stderr, "kunren-gui-bench: cannot start %s\n", qPrintable(scenario));
        return 2;
    }
    const double loadMs = static_cast<double>(loadTimer.nsecsElapsed()) / 1e6;
    window.runner()->setSpeed(60);
    window.runner()->play();

    // The probe: a 10 ms timer; lateness beyond its interval is time the GUI thread was busy elsewhere.
    std::vector<double> lateness;
    std::map<QString, double> worstByPage; // which view was showing when the GUI thread was busiest
    QElapsedTimer tick;
    tick.start();
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(10);
    QObject::connect(&probe, &QTimer::timeout, &app, [&] {
        const double late = std::max(0.0, static_cast<double>(tick.nsecsElapsed()) / 1e6 - 10.0);
        lateness.push_back(late);
        double& worst = worstByPage[window.currentPageId()];
        worst = std::max(worst, late);
        tick.restart();
    });
    probe.start();

    // Visit every page, a few seconds each, so every view refreshes while the drill plays.
    const QStringList pages = window.pageIds();
    const int perPage = std::max(1, seconds * 1000 / static_cast<int>(std::max<qsizetype>(pages.size(), 1)));
    for (int i = 0; i < pages.size(); ++i)
        QTimer::singleShot(i * perPage, &window, [&window, id = pages[i]] { window.showPage(id); });
    QTimer::singleShot(seconds * 1000, &app, &QApplication::quit);
    app.exec();

    const double simulated = static_cast<double>(window.runner()->now()) / 1e6;
    std::printf("kunren-gui-bench: %s at 60x for %d s wall, %zu pages visited, %.0f s simulated\n",
                qPrintable(scenario), seconds, static_cast<std::size_t>(pages.size()), simulated);
    std::printf("  first window shown      %8.1f ms   (target <= 1000 ms)\n", firstWindowMs);
    std::printf("  drill load (GUI thread) %8.1f ms\n", loadMs);
    std::printf("  event-loop probe ticks  %8zu\n", lateness.size());
    std::printf("  GUI task length  p50    %8.1f ms\n", percentile(lateness, 0.50));
    std::printf("                   p95    %8.1f ms\n", percentile(lateness, 0.95));
    std::printf("                   p99    %8.1f ms\n", percentile(lateness, 0.99));
    std::printf("                   max    %8.1f ms   (target <= 50 ms)\n", percentile(lateness, 1.0));
    const auto over = std::count_if(lateness.begin(), lateness.end(), [](double ms) { return ms > 50.0; });
    std::printf("  ticks late by > 50 ms   %8lld\n", static_cast<long long>(over));
    for (const auto& [page, worst] : worstByPage)
        std::printf("  longest task on %-10s %6.1f ms\n", qPrintable(page), worst);
    return 0;
}
