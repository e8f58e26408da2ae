// SLO burn-rate alerting: the arithmetic against the SRE Workbook's worked examples, and SLO monitors
// that fire from the telemetry when a fault burns the budget fast enough — and only then.
#include "AlertTestSupport.h"

#include "alerting/RequestHistory.h"
#include "alerting/SloMonitor.h"
#include "scenario/BurnRate.h"
#include "sim/Rng.h"

#include <QtTest>

using namespace kunren;
using namespace kunren::test;

class TestSlo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void burnRateWorkedExamples()
    {
        // 99.9 % over 30 days: budget 0.1 %; 1.44 % errors burn 14.4× the sustainable rate.
        QCOMPARE(burn::budget(0.999), 1.0 - 0.999);
        QVERIFY(qAbs(burn::burnRate(0.0144, 0.999) - 14.4) < 1e-9);
        // 14.4 × 1 h of a 30-day (720 h) period = 2 % of the budget; 6 × 6 h = 5 %; 1 × 3 d = 10 %.
        const SimDuration month = 30 * 24 * kHour;
        QVERIFY(qAbs(burn::budgetConsumed(14.4, kHour, month) - 0.02) < 1e-12);
        QVERIFY(qAbs(burn::budgetConsumed(6.0, 6 * kHour, month) - 0.05) < 1e-12);
        QVERIFY(qAbs(burn::budgetConsumed(1.0, 72 * kHour, month) - 0.10) < 1e-12);
        // At 14.4 the whole budget lasts 30 d / 14.4 = 50 h.
        QCOMPARE(burn::timeToExhaust(14.4, month), 50 * kHour);
        // Short windows are 1/12 of the long ones.
        for (const BurnRateTierSpec& t : burn::defaultTiers())
            QCOMPARE(t.shortWindow * 12, t.longWindow);
    }

    void ninetyPercentSloCannotFireTheOneHourPage()
    {
        // Every request failing burns 1 / (1 − 0.9) = 10 < 14.4: the 1 h tier is unreachable.
        QVERIFY(qAbs(burn::maxBurnRate(0.9) - 10.0) < 1e-9);
        QVERIFY(burn::maxBurnRate(0.9) < burn::defaultTiers()[0].burnRate);

        // And the monitor agrees: a total outage of GET /items for 15 minutes never trips that tier.
        auto sc = alertScenario({errorFault("api", "GET /items", 2 * kMinute, 1.0)},
                                {sloMonitor("items-90", "service:api resource_name:\"GET /items\"", 0.9)});
        auto s = runDrill(sc, 17 * kMinute);
        const SloMonitor* slo = s->alerts().slo("items-90");
        QVERIFY(slo);
        double worst = 0;
        for (const SloStatus& st : slo->history()) {
            QVERIFY(!st.tiers[0].firing);
            worst = std::max(worst, st.tiers[0].shortBurn);
        }
        QVERIFY2(worst > 9.0 && worst <= 10.0 + 1e-9, qPrintable(QString::number(worst))); // at the ceiling, not above
        QVERIFY(!firstTo(*s, "items-90", AlertLevel::Alert));
    }

    void historyWindowsSumWholeMinutes()
    {
        RequestHistory h(10 * kMinute);
        QCOMPARE(h.earliest(), -10 * kMinute);
        for (int m = 0; m < 15; ++m)
            h.append(100, m >= 10 ? 10 : 0); // minutes -10 … 4; the drill's first 5 minutes fail 10 %
        QCOMPARE(h.end(), 5 * kMinute);
        QCOMPARE(h.total(0, 5 * kMinute), 500.0);
        QCOMPARE(h.bad(0, 5 * kMinute), 50.0);
        QCOMPARE(h.total(-kHour, kHour), 1500.0); // clamped to what is recorded
        QCOMPARE(h.bad(-10 * kMinute, 0), 0.0);
    }

    void warmUpSpendsTheDeclaredBudget()
    {
        auto sc = alertScenario({}, {});
        EndpointBaseline e{"api", "GET /items", 40.0, 0.0, 0.01, 0.5};
        RequestHistory h(30 * 24 * kHour);
        Rng rng(3);
        h.warmUp(*sc, {&e}, rng, 0.001, 0.25);
        const double total = h.total(-30 * 24 * kHour, 0);
        QVERIFY(qAbs(total / (40.0 * 30 * 86400) - 1.0) < 0.01);
        // A quarter of the 0.1 % budget was spent, all before the 3-day ticket window.
        QVERIFY(qAbs(h.bad(-30 * 24 * kHour, 0) / (total * 0.001) - 0.25) < 1e-6);
        QCOMPARE(h.bad(-72 * kHour, 0), 0.0);
    }

    void baselineMatchesTheSimulatedNormalDay()
    {
        // The warm-up history is only believable if it looks like the drill's first minutes.
        auto sc = alertScenario({}, {sloMonitor("items", "service:api resource_name:\"GET /items\"", 0.99)},
                                30 * kMinute);
        auto s = runDrill(sc, 30 * kMinute);
        const SloMonitor* slo = s->alerts().slo("items");
        const RequestHistory& h = slo->requests();
        const double live = h.total(0, 30 * kMinute) / 1800.0;
        const double before = h.total(-30 * kMinute, 0) / 1800.0;
        QVERIFY2(qAbs(live / before - 1.0) < 0.1, qPrintable(QStringLiteral("%1 vs %2").arg(live).arg(before)));
    }

    void largeFaultPagesWithinMinutes()
    {
        // 10 % errors on a 99.9 % SLO burn at 100×. The 5 min window exceeds 14.4 at once; the 1 h window
        // once 10 % × t / 60 min > 1.44 %, i.e. after 8.6 minutes (the Workbook's detection time).
        auto sc = alertScenario({errorFault("api", "POST /orders", 3 * kMinute, 0.10)},
                                {sloMonitor("orders", "service:api resource_name:\"POST /orders\"", 0.999)});
        auto s = runDrill(sc, 16 * kMinute);
        const AlertTransition* page = firstTo(*s, "orders", AlertLevel::Alert);
        QVERIFY(page);
        QVERIFY2(page->time >= 3 * kMinute + 8 * kMinute && page->time <= 3 * kMinute + 11 * kMinute,
                 qPrintable(QString::number(page->time / kSecond)));
        QVERIFY(page->value > 14.4);
        QCOMPARE(countPosts(*s, AlertChannel::Pager, AlertNotification::Kind::Triggered, "orders"), std::size_t(1));
        QCOMPARE(countPosts(*s, AlertChannel::WarRoom, AlertNotification::Kind::Triggered, "orders"), std::size_t(1));
    }

    void noFaultOrFaultRemovedMeansNoPage()
    {
        auto sc = alertScenario({errorFault("api", "POST /orders", 3 * kMinute, 0.10)},
                                {sloMonitor("orders", "service:api resource_name:\"POST /orders\"", 0.999)});
        SimOptions off;
        off.faultsEnabled = false;
        auto s = runDrill(sc, 12 * kMinute, off);
        QVERIFY(!firstTo(*s, "orders", AlertLevel::Alert));
        QCOMPARE(countPosts(*s, AlertChannel::Pager, AlertNotification::Kind::Triggered), std::size_t(0));
    }

    void smallFaultDoesNotPage()
    {
        // 0.5 % errors burn at ~5×: real, worth a ticket one day, not a page.
        auto sc = alertScenario({errorFault("api", "POST /orders", 3 * kMinute, 0.005)},
                                {sloMonitor("orders", "service:api resource_name:\"POST /orders\"", 0.999)});
        auto s = runDrill(sc, 15 * kMinute);
        QVERIFY(!firstTo(*s, "orders", AlertLevel::Alert));
    }

    void tiersAreDeduplicated()
    {
        // A total outage trips the 1 h and then the 6 h pair and the ticket pair (tight custom tiers so
        // all trip within the drill): still one ALERT transition and one page.
        MonitorSpec m = sloMonitor("orders", "service:api resource_name:\"POST /orders\"", 0.999);
        m.tiers = {{kHour, 5 * kMinute, 14.4, true},
                   {2 * kHour, 10 * kMinute, 6.0, true},
                   {3 * kHour, 15 * kMinute, 1.0, false}};
        auto sc = alertScenario({errorFault("api", "POST /orders", 2 * kMinute, 1.0)}, {m});
        auto s = runDrill(sc, 20 * kMinute);
        const SloMonitor* slo = s->alerts().slo("orders");
        const SloStatus& last = slo->history().back();
        QVERIFY(last.tiers[0].firing && last.tiers[1].firing && last.tiers[2].firing);
        const auto ts = transitionsOf(*s, "orders");
        QCOMPARE(ts.size(), std::size_t(1));
        QCOMPARE(ts[0].to, AlertLevel::Alert);
        QCOMPARE(countPosts(*s, AlertChannel::Pager, AlertNotification::Kind::Triggered), std::size_t(1));
    }

    void minimumRequestGuard()
    {
        // Worker traffic is sparse; with a guard above what 5 minutes carry, the short window never burns.
        MonitorSpec m = sloMonitor("orders", "service:api resource_name:\"POST /orders\"", 0.999);
        m.minRequests = 1e9;
        auto sc = alertScenario({errorFault("api", "POST /orders", 2 * kMinute, 1.0)}, {m});
        auto s = runDrill(sc, 10 * kMinute);
        QVERIFY(transitionsOf(*s, "orders").empty());
    }

    void budgetRemainingFallsDuringTheOutage()
    {
        MonitorSpec m = sloMonitor("orders", "service:api resource_name:\"POST /orders\"", 0.999);
        m.budgetSpentBefore = 0.5;
        auto sc = alertScenario({errorFault("api", "POST /orders", 2 * kMinute, 1.0)}, {m});
        auto s = runDrill(sc, 12 * kMinute);
        const auto& h = s->alerts().slo("orders")->history();
        QVERIFY(h.front().budgetRemaining <= 0.5 + 1e-3 && h.front().budgetRemaining > 0.45);
        // Ten minutes of total failure at 10 req/s spend 6000 bad requests of a ~26,000 budget
        // (0.1 % of ~26 M requests a month): about 23 % more.
        const double spent = h.front().budgetRemaining - h.back().budgetRemaining;
        QVERIFY2(spent > 0.15 && spent < 0.35, qPrintable(QString::number(spent)));
    }
};

QTEST_GUILESS_MAIN(TestSlo)
#include "tst_slo.moc"
