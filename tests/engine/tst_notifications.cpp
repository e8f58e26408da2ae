// Where alerts go: urgent pages re-notify until acknowledged, non-urgent channels hear warnings,
// customers complain in proportion to the impact, and everything lands in one drill timeline.
#include "AlertTestSupport.h"

#include "alerting/NotificationRouter.h"

#include <QtTest>

using namespace kunren;
using namespace kunren::test;

namespace {

const char* kErrorRatio = "sum:service.error.count{service:api,operation:POST /orders} / "
                          "sum:service.request.count{service:api,operation:POST /orders}";

AlertTransition transition(SimTime at, AlertLevel from, AlertLevel to)
{
    return {at, "m", "M", "", from, to, 1.0, 0.5, "x", ""};
}

MonitorSpec pageSpec()
{
    MonitorSpec m;
    m.id = "m";
    m.name.en = "M";
    m.route = RouteKind::Page;
    m.runbook = "rb";
    return m;
}

std::size_t count(const NotificationRouter& r, AlertChannel c, AlertNotification::Kind k)
{
    std::size_t n = 0;
    for (const AlertNotification& p : r.notifications())
        n += p.channel == c && p.kind == k ? 1 : 0;
    return n;
}

} // namespace

class TestNotifications : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pagerRenotifiesUntilAcknowledged()
    {
        NotificationRouter r;
        r.onTransition(transition(10 * kMinute, AlertLevel::Ok, AlertLevel::Alert), pageSpec());
        QCOMPARE(count(r, AlertChannel::WarRoom, AlertNotification::Kind::Triggered), std::size_t(1));
        QCOMPARE(count(r, AlertChannel::Pager, AlertNotification::Kind::Triggered), std::size_t(1));
        r.tick(24 * kMinute);
        QCOMPARE(count(r, AlertChannel::Pager, AlertNotification::Kind::Renotify), std::size_t(2)); // 15 m, 20 m
        QVERIFY(r.paging("m"));
        QCOMPARE(r.acknowledge("m", {}, 26 * kMinute), 1); // the 25 m page went out before the ack
        QCOMPARE(count(r, AlertChannel::Pager, AlertNotification::Kind::Renotify), std::size_t(3));
        QVERIFY(!r.paging("m"));
        r.tick(60 * kMinute);
        QCOMPARE(count(r, AlertChannel::Pager, AlertNotification::Kind::Renotify), std::size_t(3)); // quiet now
        QCOMPARE(count(r, AlertChannel::WarRoom, AlertNotification::Kind::Acknowledged), std::size_t(1));
        QCOMPARE(r.acknowledge("m", {}, 61 * kMinute), 0); // nothing open any more
        // Recovery goes to the war room and ends the page.
        r.onTransition(transition(62 * kMinute, AlertLevel::Alert, AlertLevel::Ok), pageSpec());
        QCOMPARE(count(r, AlertChannel::WarRoom, AlertNotification::Kind::Recovered), std::size_t(1));
    }

    void recoveryStopsThePager()
    {
        NotificationRouter r;
        r.onTransition(transition(0, AlertLevel::Ok, AlertLevel::Alert), pageSpec());
        r.tick(6 * kMinute);
        r.onTransition(transition(7 * kMinute, AlertLevel::Alert, AlertLevel::Ok), pageSpec());
        r.tick(60 * kMinute);
        QCOMPARE(count(r, AlertChannel::Pager, AlertNotification::Kind::Renotify), std::size_t(1)); // only the 5 m one
    }

    void routesDecideTheChannel()
    {
        NotificationRouter r;
        MonitorSpec page = pageSpec();
        // A page monitor's WARN is "might be a problem": #infra_alert, never the war room or pager.
        r.onTransition(transition(0, AlertLevel::Ok, AlertLevel::Warn), page);
        QCOMPARE(count(r, AlertChannel::InfraAlert, AlertNotification::Kind::Warning), std::size_t(1));
        QCOMPARE(count(r, AlertChannel::WarRoom, AlertNotification::Kind::Warning), std::size_t(0));
        MonitorSpec channel = page;
        channel.id = "c";
        channel.route = RouteKind::Channel;
        AlertTransition t = transition(kMinute, AlertLevel::Ok, AlertLevel::Alert);
        t.monitor = "c";
        r.onTransition(t, channel);
        QCOMPARE(count(r, AlertChannel::InfraAlert, AlertNotification::Kind::Triggered), std::size_t(1));
        QCOMPARE(count(r, AlertChannel::Pager, AlertNotification::Kind::Triggered), std::size_t(0));
        MonitorSpec none = page;
        none.route = RouteKind::None;
        const std::size_t before = r.notifications().size();
        r.onTransition(transition(2 * kMinute, AlertLevel::Ok, AlertLevel::Alert), none);
        QCOMPARE(r.notifications().size(), before);
        // Every post carries the monitor's runbook: one monitor, one runbook.
        for (const AlertNotification& n : r.notifications())
            QCOMPARE(n.runbook, std::string("rb"));
    }

    void acknowledgingADrillPageStopsItsReminders()
    {
        MonitorSpec m = metricMonitor("ratio", kErrorRatio, std::nullopt, 0.05, RouteKind::Page);
        auto sc = alertScenario({errorFault("api", "POST /orders", 2 * kMinute, 0.3)}, {m}, 40 * kMinute);
        DrillSession unacked(sc);
        unacked.runUntil(30 * kMinute);
        DrillSession acked(sc);
        acked.runUntil(8 * kMinute);
        QCOMPARE(acked.acknowledge("ratio"), 1);
        acked.runUntil(30 * kMinute);
        const auto renotified = [](const DrillSession& s) {
            return countPosts(s, AlertChannel::Pager, AlertNotification::Kind::Renotify, "ratio");
        };
        QVERIFY(renotified(unacked) >= 4);
        QVERIFY(renotified(acked) <= 1);
        QCOMPARE(countPosts(acked, AlertChannel::WarRoom, AlertNotification::Kind::Acknowledged), std::size_t(1));
    }

    void customersComplainInProportionToTheImpact()
    {
        auto complaints = [](double errors) {
            auto sc = alertScenario({errorFault("api", "POST /orders", 2 * kMinute, errors)}, {}, 30 * kMinute);
            sc->support.enabled = true;
            auto s = runDrill(sc, 30 * kMinute);
            std::vector<SimTime> times;
            for (const AlertNotification& n : s->alerts().notifications())
                if (n.channel == AlertChannel::CustomerSupport && n.kind == AlertNotification::Kind::Inquiry)
                    times.push_back(n.time);
            return times;
        };
        const auto big = complaints(0.5);
        const auto small = complaints(0.05);
        QVERIFY2(big.size() > 3 * std::max<std::size_t>(small.size(), 1),
                 qPrintable(QStringLiteral("%1 vs %2").arg(big.size()).arg(small.size())));
        // Complaints arrive after a delay, never before the users were hurt.
        QVERIFY(!big.empty() && big.front() >= 2 * kMinute + 3 * kMinute);
        // Deterministic: the same drill, the same complaints at the same times.
        QCOMPARE(complaints(0.5), big);
        // No impact, (almost) no complaints.
        SimOptions off;
        off.faultsEnabled = false;
        auto quiet = alertScenario({}, {}, 30 * kMinute);
        quiet->support.enabled = true;
        QVERIFY(countPosts(*runDrill(quiet, 30 * kMinute, off), AlertChannel::CustomerSupport,
                           AlertNotification::Kind::Inquiry) <= 2);
    }

    void timelineMergesAlertsNotificationsAndSystemEvents()
    {
        EventSpec deploy;
        deploy.id = "d";
        deploy.kind = EventKind::Deploy;
        deploy.at = kMinute;
        deploy.service = "inventory";
        deploy.version = "2.0.0";
        deploy.title.en = "inventory 2.0.0";
        auto sc = alertScenario({errorFault("api", "POST /orders", 2 * kMinute, 0.3)},
                                {metricMonitor("ratio", kErrorRatio, std::nullopt, 0.05, RouteKind::Page)},
                                15 * kMinute);
        sc->events = {deploy};
        auto s = runDrill(sc, 15 * kMinute);
        const auto timeline = s->timeline();
        bool event = false, transition = false, post = false;
        SimTime last = 0;
        for (const TimelineEntry& e : timeline) {
            QVERIFY(e.time >= last);
            last = e.time;
            event = event || e.kind == TimelineEntry::Kind::SystemEvent;
            transition = transition || e.kind == TimelineEntry::Kind::Transition;
            post = post || e.kind == TimelineEntry::Kind::Notification;
        }
        QVERIFY(event && transition && post);
        // The deploy comes first: cause before symptom.
        QCOMPARE(timeline.front().kind, TimelineEntry::Kind::SystemEvent);
    }
};

QTEST_GUILESS_MAIN(TestNotifications)
#include "tst_notifications.moc"
