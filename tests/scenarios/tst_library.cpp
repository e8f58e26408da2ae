// Every built-in drill is solvable and fair: it loads, it is deterministic, the component its answer names
// shows the symptom its fault causes — and does not without the fault —, the answer's mitigation ends that
// symptom, and a no-fault drill stays healthy.
#include "SymptomProbe.h"

#include "scenario/ScenarioLoader.h"
#include "session/DrillSession.h"
#include "sim/Mitigation.h"

#include <QtTest>

using namespace kunren;
using namespace kunren::test;

namespace {

std::shared_ptr<const Scenario> load(const QString& id)
{
    const auto path = resolveScenario(id.toStdString());
    if (!path)
        return nullptr;
    auto result = loadScenarioFile(*path);
    return result.value;
}

struct Windows
{
    SimTime baselineFrom = 0, baselineTo = 0, faultFrom = 0, faultTo = 0;
};

// Before: the four minutes before the fault. During: four minutes once the fault is at full strength
// (two minutes after its ramp, so pods can restart, queues fill and autoscalers react), within the drill.
Windows windowsFor(const Scenario& s, const FaultSpec* f)
{
    Windows w;
    const SimTime start = f ? f->start : 5 * kMinute;
    w.baselineFrom = std::max<SimTime>(0, start - 4 * kMinute);
    w.baselineTo = std::max<SimTime>(start, kMinute);
    const SimTime full = start + (f ? f->ramp : 0) + 2 * kMinute;
    w.faultTo = std::min<SimTime>(s.duration, full + 4 * kMinute);
    w.faultFrom = std::min<SimTime>(full, w.faultTo - kMinute);
    return w;
}

bool isPlatform(const Scenario& s) { return s.topology && s.topology->services.size() > 40; }

bool declared(const Scenario& s, const std::string& monitor)
{
    return std::any_of(s.monitors.begin(), s.monitors.end(), [&](const MonitorSpec& m) { return m.id == monitor; });
}

// The first time one of the scenario's own monitors (not Watchdog) warned or alerted, or -1.
SimTime firstNotice(const DrillSession& session)
{
    for (const AlertTransition& t : session.alerts().transitions())
        if (declared(session.scenario(), t.monitor) && (t.to == AlertLevel::Warn || t.to == AlertLevel::Alert))
            return t.time;
    for (const AlertNotification& n : session.alerts().notifications())
        if (n.kind == AlertNotification::Kind::NewIssue && declared(session.scenario(), n.monitor))
            return n.time;
    return -1;
}

// QVERIFY2 evaluates its message even when the check passes, so it must not index an empty list.
std::string firstProblem(const DrillSession& session)
{
    const auto& p = session.alerts().problems();
    return p.empty() ? std::string() : p.front();
}

// Pages sent up to `until`.
std::size_t pages(const DrillSession& session, SimTime until)
{
    const auto& n = session.alerts().notifications();
    return static_cast<std::size_t>(std::count_if(n.begin(), n.end(), [until](const AlertNotification& x) {
        return x.channel == AlertChannel::Pager && x.kind == AlertNotification::Kind::Triggered && x.time <= until;
    }));
}

} // namespace

class TestLibrary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void drills_data()
    {
        QTest::addColumn<QString>("id");
        const auto entries = listLibrary(builtinScenarioDir() / "library");
        QVERIFY(entries.size() >= 16);
        for (const LibraryEntry& e : entries)
            QTest::newRow(e.id.c_str()) << QString::fromStdString(e.id);
    }

    void drills()
    {
        QFETCH(QString, id);
        const auto scenario = load(id);
        QVERIFY2(scenario, "the drill does not load");

        // A fair drill has everything a trainee and a facilitator need.
        QVERIFY(!scenario->briefing.en.empty() && !scenario->briefing.ja.empty());
        QCOMPARE(scenario->hints.size(), std::size_t{3});
        QVERIFY(scenario->topology->service(scenario->answer.component));
        QVERIFY(!scenario->answer.mechanism.empty());
        QVERIFY(!scenario->monitors.empty());
        QVERIFY(!scenario->answer.explanation.ja.empty());

        // Deterministic: the same seed gives the same telemetry (two minutes suffice to show it).
        {
            Simulator a(scenario), b(scenario);
            const SimTime t = isPlatform(*scenario) ? kMinute : 2 * kMinute;
            a.runUntil(t);
            b.runUntil(t);
            QCOMPARE(digest(a.telemetry()), digest(b.telemetry()));
        }

        const FaultSpec* f = rootFault(*scenario);
        const Windows w = windowsFor(*scenario, f);
        const std::string component = scenario->answer.component;
        const ServiceSpec* spec = scenario->topology->service(component);
        const bool isQueue = spec && spec->kind == ServiceKind::Queue;

        const SimTime deadline = std::min(scenario->duration, (f ? f->start : 0) + scenario->targets.detect);
        if (!f) {
            // The no-fault drill raises noise — and no urgent page, and nothing a trainee could call broken.
            DrillSession session(scenario);
            session.runUntil(scenario->duration);
            QVERIFY2(session.alerts().problems().empty(), firstProblem(session).c_str());
            QCOMPARE(pages(session, scenario->duration), std::size_t{0});
            const auto& n = session.alerts().notifications();
            QVERIFY2(std::any_of(n.begin(), n.end(),
                                 [](const AlertNotification& x) { return x.channel == AlertChannel::InfraAlert; }),
                     "a no-fault drill should still post something to #infra_alert for the trainee to triage");
            ServiceMapOptions options;
            options.baseline = false;
            const ServiceMap map = buildServiceMap(session.telemetry(), session.telemetry().counts(), 0, w.faultTo,
                                                   options);
            for (const MapNode& node : map.nodes)
                QVERIFY2(node.errorRate < 0.02,
                         qPrintable(QStringLiteral("%1 fails %2 % of its requests in a no-fault drill")
                                        .arg(QString::fromUtf8(node.name.data(), node.name.size()))
                                        .arg(node.errorRate * 100)));
            return;
        }

        // One drill with its faults and one without, each watched by the alert engine and read the way the
        // workspace shows it (one simulation each serves both checks: the library is the slowest suite).
        struct Run
        {
            std::string symptomMissing;
            SimTime noticed = -1;
            std::size_t pages = 0;
        };
        auto run = [&](bool faults) {
            SimOptions options;
            options.faultsEnabled = faults;
            DrillSession session(scenario, options);
            session.runUntil(w.baselineTo);
            const Reading before = readComponent(session.telemetry(), component, w.baselineFrom, w.baselineTo);
            session.runUntil(w.faultTo);
            const Reading during = readComponent(session.telemetry(), component, w.faultFrom, w.faultTo);
            session.runUntil(std::max(deadline, w.faultTo));
            session.evaluateNow();
            Run r{symptomMissing(*f, isQueue, before, during), firstNotice(session), pages(session, deadline)};
            if (!session.alerts().problems().empty())
                r.symptomMissing = "monitor problem: " + firstProblem(session);
            return r;
        };
        const Run withFaults = run(true);
        // The answer's component shows the symptom…
        QVERIFY2(withFaults.symptomMissing.empty(), (component + ": " + withFaults.symptomMissing).c_str());
        // …and the drill's own monitors notice the fault within the target detection time…
        QVERIFY2(withFaults.noticed >= 0 && withFaults.noticed <= deadline,
                 qPrintable(
                     QStringLiteral("no monitor of %1 noticed the fault by T+%2 min").arg(id).arg(deadline / kMinute)));
        // …while without the faults nothing pages and the symptom is absent (it comes from the fault, not the
        // topology).
        const Run healthy = run(false);
        QVERIFY2(healthy.pages == 0, qPrintable(QStringLiteral("%1 pages even with its faults removed").arg(id)));
        QVERIFY2(!healthy.symptomMissing.empty(),
                 (component + " shows the symptom even with the faults removed").c_str());
    }

    void rightMitigationEndsTheSymptom_data() { drills_data(); }

    // The answer key's mitigation, applied to the answer's component once the fault is at full strength,
    // ends the symptom within a few minutes — what a trainee who found the cause would see.
    void rightMitigationEndsTheSymptom()
    {
        QFETCH(QString, id);
        const auto scenario = load(id);
        QVERIFY(scenario);
        const FaultSpec* f = rootFault(*scenario);
        if (!f || scenario->answer.mitigation == "none")
            QSKIP("nothing to mitigate: the answer is to watch, explain or escalate");
        const auto kind = mitigationKindFromString(scenario->answer.mitigation);
        QVERIFY2(kind, scenario->answer.mitigation.c_str());

        const Windows w = windowsFor(*scenario, f);
        const std::string component = scenario->answer.component;
        const ServiceSpec* spec = scenario->topology->service(component);
        const bool isQueue = spec && spec->kind == ServiceKind::Queue;
        const SimTime mitigateAt = w.faultFrom;
        const SimTime settle = mitigateAt + 3 * kMinute;
        const SimTime end = std::min(scenario->duration, settle + 4 * kMinute);
        QVERIFY2(end >= settle + 2 * kMinute, "the drill ends too soon after its fault to show a recovery");

        Simulator sim(scenario);
        sim.runUntil(w.baselineTo);
        const Reading before = readComponent(sim.telemetry(), component, w.baselineFrom, w.baselineTo);
        sim.runUntil(mitigateAt);
        const Reading atMitigation = readComponent(sim.telemetry(), component, mitigateAt - 2 * kMinute, mitigateAt);
        const MitigationResult result = sim.applyMitigation({*kind, component});
        QVERIFY2(result.applied, result.summary.c_str());
        sim.runUntil(settle);
        const Reading settled = readComponent(sim.telemetry(), component, settle - kMinute, settle);
        sim.runUntil(end);
        const Reading after = readComponent(sim.telemetry(), component, settle, end);
        const std::string remains = symptomRemains(*f, isQueue, before, atMitigation, settled, after);
        QVERIFY2(remains.empty(), (scenario->answer.mitigation + " on " + component + ": " + remains).c_str());
    }
};

QTEST_GUILESS_MAIN(TestLibrary)
#include "tst_library.moc"
