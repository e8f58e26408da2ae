// kunren-gui-bench: how responsive the workspace stays while a big drill plays.
//
// Starts the 60-service drill at 60× on the offscreen platform, visits every workspace page in turn, and
// probes the GUI event loop with a 10 ms timer: how late each tick arrives is the longest task the GUI
// thread ran meanwhile. Prints the distribution (target: no task over 50 ms) and the time to the first
// shown window (target: ≤ 1 s). A benchmark, not a test: it prints figures and never fails on a slow machine.
//
// It also times every event the GUI thread delivers (QApplication::notify, outermost only) and lists the
// longest with their receiver — which object's timer, paint or queued call took the time — so a slow
// page can be traced to its culprit without a profiler.
//
// Usage: kunren-gui-bench [SCENARIO [SECONDS [PAGE]]] — PAGE stays on one page instead of visiting all.
#include "bridge/DrillRunner.h"
#include "shell/MainWindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QPointer>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <map>
#include <vector>

namespace {

// One delivered event that took long: who received it, what it was, which page was showing.
struct SlowEvent
{
    double ms = 0;    // wall clock
    double cpuMs = 0; // the GUI thread's own CPU time: on a loaded machine the wall clock mostly waits
    QString receiver;
    int type = 0;
    QString page;
};

// Times each outermost event delivery on the GUI thread.
class TimedApplication : public QApplication
{
public:
    using QApplication::QApplication;
    std::function<QString()> currentPage;
    std::vector<SlowEvent> slow; // deliveries over kSlowMs (wall or CPU)
    std::map<QString, double> worstCpuByPage;
    std::map<QString, std::vector<double>> cpuByPage; // deliveries of at least kTaskMs of GUI-thread CPU

    static double threadCpuMs()
    {
        timespec ts{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
    }

    bool notify(QObject* receiver, QEvent* event) override
    {
        if (m_depth > 0 || QThread::currentThread() != thread())
            return QApplication::notify(receiver, event);
        ++m_depth;
        QElapsedTimer t;
        t.start();
        const double cpuStart = threadCpuMs();
        const int type = event->type(); // the event and even the receiver may be gone after delivery
        const char* className = receiver->metaObject()->className();
        const QPointer<QObject> alive(receiver);
        const bool result = QApplication::notify(receiver, event);
        const double ms = static_cast<double>(t.nsecsElapsed()) / 1e6;
        const double cpuMs = threadCpuMs() - cpuStart;
        --m_depth;
        const QString page = currentPage ? currentPage() : QString();
        double& worstCpu = worstCpuByPage[page];
        worstCpu = std::max(worstCpu, cpuMs);
        if (cpuMs >= kTaskMs)
            cpuByPage[page].push_back(cpuMs);
        if (ms > kSlowMs || cpuMs > kSlowMs)
            slow.push_back({ms, cpuMs, alive ? describe(alive) : QString::fromLatin1(className), type, page});
        return result;
    }

    static constexpr double kSlowMs = 30.0;
    static constexpr double kTaskMs = 1.0; // below this an event is bookkeeping, not a task worth counting

private:
    // "ClassName#objectName < ParentClass#parentName" — enough to find the code.
    static QString describe(QObject* o)
    {
        QString text;
        for (int level = 0; o && level < 3; ++level, o = o->parent()) {
            if (level > 0)
                text += QStringLiteral(" < ");
            text += QString::fromLatin1(o->metaObject()->className());
            if (!o->objectName().isEmpty())
                text += QLatin1Char('#') + o->objectName();
        }
        return text;
    }

    int m_depth = 0;
};

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
    TimedApplication app(argc, argv);
    const QString scenario = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("platform-bench");
    const int seconds = argc > 2 ? std::max(5, std::atoi(argv[2])) : 40;
    const QString onlyPage = argc > 3 ? QString::fromLocal8Bit(argv[3]) : QString();

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
    // The simulation is built on the worker thread; the GUI thread waits for nothing but its signal.
    bool built = window.runner()->isLoaded();
    QString buildError;
    QObject::connect(window.runner(), &kunren::app::DrillRunner::loaded, &app, [&] { built = true; });
    QObject::connect(window.runner(), &kunren::app::DrillRunner::loadFailed, &app,
                     [&](const QString& e) { buildError = e; });
    while (!built && buildError.isEmpty())
        QApplication::processEvents(QEventLoop::WaitForMoreEvents);
    if (!buildError.isEmpty()) {
        std::fprintf(stderr, "kunren-gui-bench: cannot start %s: %s\n", qPrintable(scenario), qPrintable(buildError));
        return 2;
    }
    const double builtMs = static_cast<double>(loadTimer.nsecsElapsed()) / 1e6;
    window.runner()->setSpeed(60);
    window.runner()->play();

    // The probe: a 10 ms timer; lateness beyond its interval is time the GUI thread was busy elsewhere.
    std::vector<double> lateness;
    std::map<QString, std::vector<double>> latenessByPage; // which view was showing when the GUI thread was busy
    QElapsedTimer tick;
    tick.start();
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(10);
    QObject::connect(&probe, &QTimer::timeout, &app, [&] {
        const double late = std::max(0.0, static_cast<double>(tick.nsecsElapsed()) / 1e6 - 10.0);
        lateness.push_back(late);
        latenessByPage[window.currentPageId()].push_back(late);
        tick.restart();
    });
    probe.start();

    // Visit every page, a few seconds each, so every view refreshes while the drill plays.
    app.currentPage = [&window] { return window.currentPageId(); };
    const QStringList pages = onlyPage.isEmpty() ? window.pageIds() : QStringList{onlyPage};
    const int perPage = std::max(1, seconds * 1000 / static_cast<int>(std::max<qsizetype>(pages.size(), 1)));
    for (int i = 0; i < pages.size(); ++i)
        QTimer::singleShot(i * perPage, &window, [&window, id = pages[i]] { window.showPage(id); });
    QTimer::singleShot(seconds * 1000, &app, &QApplication::quit);
    app.exec();
    app.currentPage = nullptr; // the window is destroyed before the application: stop asking it

    const double simulated = static_cast<double>(window.runner()->now()) / 1e6;
    std::printf("kunren-gui-bench: %s at 60x for %d s wall, %zu pages visited, %.0f s simulated\n",
                qPrintable(scenario), seconds, static_cast<std::size_t>(pages.size()), simulated);
    std::printf("  first window shown      %8.1f ms   (target <= 1000 ms)\n", firstWindowMs);
    std::printf("  drill load (GUI thread) %8.1f ms\n", loadMs);
    std::printf("  drill built (worker)    %8.1f ms\n", builtMs);
    std::printf("  event-loop probe ticks  %8zu\n", lateness.size());
    std::printf("  GUI task length  p50    %8.1f ms\n", percentile(lateness, 0.50));
    std::printf("                   p95    %8.1f ms\n", percentile(lateness, 0.95));
    std::printf("                   p99    %8.1f ms\n", percentile(lateness, 0.99));
    std::printf("                   max    %8.1f ms   (target <= 50 ms)\n", percentile(lateness, 1.0));
    const auto over = std::count_if(lateness.begin(), lateness.end(), [](double ms) { return ms > 50.0; });
    std::printf("  ticks late by > 50 ms   %8lld\n", static_cast<long long>(over));
    // Per page: the probe's lateness (wall: includes waiting for a core) and the GUI-thread CPU of each
    // delivered event of at least 1 ms (what the page's own work costs, whatever the machine's load).
    std::printf("  per page, ms:   probe wall p50    p95     max  | GUI-thread CPU per task >= %.0f ms: n  p50    p95  "
                "   max\n",
                TimedApplication::kTaskMs);
    for (const auto& [page, late] : latenessByPage) {
        const std::vector<double>& cpu = app.cpuByPage[page];
        std::printf("    %-10s %11.1f %6.1f %7.1f  | %36zu %6.1f %6.1f %7.1f\n", qPrintable(page),
                    percentile(late, 0.5), percentile(late, 0.95), percentile(late, 1.0), cpu.size(),
                    percentile(cpu, 0.5), percentile(cpu, 0.95), app.worstCpuByPage[page]);
    }
    std::sort(app.slow.begin(), app.slow.end(),
              [](const SlowEvent& a, const SlowEvent& b) { return a.cpuMs > b.cpuMs; });
    std::printf("  events delivered in > %.0f ms (wall or CPU): %zu; the most CPU:\n", TimedApplication::kSlowMs,
                app.slow.size());
    for (std::size_t i = 0; i < std::min<std::size_t>(app.slow.size(), 12); ++i)
        std::printf("    cpu %7.1f ms  wall %7.1f ms  event %-4d on %-9s  %s\n", app.slow[i].cpuMs, app.slow[i].ms,
                    app.slow[i].type, qPrintable(app.slow[i].page), qPrintable(app.slow[i].receiver));
    return 0;
}
