// Error tracking groups errors into issues the way Datadog and Sentry do (domain reference §3).
#include "ErrorTestSupport.h"
#include "TestTopology.h"

#include "drill/ActionLogJson.h"
#include "drill/DrillRecorder.h"
#include "drill/DrillReplay.h"
#include "errors/ErrorTracker.h"
#include "errors/MessageNormalizer.h"
#include "errors/SemanticVersion.h"
#include "errors/StackFrames.h"
#include "session/DrillSession.h"
#include "sim/Simulator.h"

#include <QtTest>

#include <algorithm>
#include <chrono>

using namespace kunren;
using namespace kunren::test;

namespace {

// A store written by hand: services, pods with versions, error spans and error logs.
class HandStore
{
public:
    TelemetryStore st;

    ResourceId pod(const std::string& service, const std::string& version)
    {
        ServiceIndex svc = kNoService;
        for (std::size_t i = 0; i < m_services.size(); ++i)
            if (m_services[i] == service)
                svc = static_cast<ServiceIndex>(i);
        if (svc == kNoService) {
            svc = st.addService({st.strings().intern(service), kNoString, kNoString, 0});
            m_services.push_back(service);
            m_ops.push_back(st.addOperation({svc, kNoService, SpanKind::Server, st.strings().intern("GET /x")}));
        }
        return st.addResource({svc, st.strings().intern(service + "-pod"), st.strings().intern(version)});
    }
    ErrorId error(const std::string& type, const std::string& message, const std::string& stack = {})
    {
        auto& s = st.strings();
        return st.internError({s.intern(type), s.intern(message), s.intern(stack)});
    }
    void log(SimTime t, ResourceId r, ErrorId e, TraceIndex trace = kNoTrace, std::uint16_t span = kNoParent)
    {
        LogRecord l;
        l.time = t;
        l.resource = r;
        l.error = e;
        l.trace = trace;
        l.span = span;
        l.severity = Severity::Error;
        st.addLog(l, {});
    }
    // A request whose server span failed; optionally also logged with the same error.
    TraceIndex failedRequest(SimTime t, ResourceId r, ErrorId e, bool alsoLog)
    {
        TraceRecord tr;
        tr.idHigh = 1;
        tr.idLow = ++m_traceIds;
        tr.start = t;
        const TraceIndex trace = st.beginTrace(tr);
        SpanRecord s;
        s.trace = trace;
        s.operation = m_ops[st.resource(r).service];
        s.resource = r;
        s.error = e;
        s.status = SpanStatus::Error;
        s.httpStatus = 500;
        st.addSpan(s);
        if (alsoLog)
            log(t + 10, r, e, trace, 0);
        return trace;
    }
    void publish(SimTime t) { st.publish(t); }

private:
    std::vector<std::string> m_services;
    std::vector<OperationId> m_ops;
    std::uint64_t m_traceIds = 0;
};

std::size_t issuesOfType(const ErrorTracker& tracker, std::string_view type)
{
    return static_cast<std::size_t>(std::count_if(tracker.issues().begin(), tracker.issues().end(),
                                                  [&](const Issue& i) { return i.type == type; }));
}

const Issue* issueOfType(const ErrorTracker& t, const std::string& type)
{
    for (const Issue& i : t.issues())
        if (i.type == type)
            return &i;
    return nullptr;
}

} // namespace

class TestErrorTracking : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalisation_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("expected");
        const auto row = [](const char* name, const char* in, const char* out) {
            QTest::newRow(name) << QString::fromUtf8(in) << QString::fromUtf8(out);
        };
        row("sentry example", "Error with order #1231", "Error with order #<int>");
        row("plain text kept", "Connection reset by peer", "Connection reset by peer");
        row("negative errno", "Errno -2 failed", "Errno -<int> failed");
        row("int in word kept", "HikariPool-1 - Connection is not available",
            "HikariPool-<int> - Connection is not available");
        row("identifier digits kept", "sha256 mismatch on v2", "sha256 mismatch on v2");
        row("float", "ratio 0.75 exceeded", "ratio <float> exceeded");
        row("uuid", "order 3f2b8c1e-9a4d-4e2f-8b7a-1c2d3e4f5a6b not found", "order <uuid> not found");
        row("hex 0x", "nil pointer at 0xc000123abc", "nil pointer at <hex>");
        row("long hex id", "span 4bf92f3577b34da6 missing", "span <hex> missing");
        row("git sha", "built from a1b2c3d", "built from <git_sha>");
        row("prefixed id", "cart car_9c9de3c8 has an item with no price", "cart <id> has an item with no price");
        row("stripe-style id", "customer cus_N9zX7Q2b not found", "customer <id> not found");
        row("snake_case word kept", "retry_budget exhausted for user_profile",
            "retry_budget exhausted for user_profile");
        row("md5", "checksum d41d8cd98f00b204e9800998ecf8427e bad", "checksum <md5> bad");
        row("sha1", "blob da39a3ee5e6b4b0d3255bfef95601890afd80709 gone", "blob <sha1> gone");
        row("traceparent", "bad header 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
            "bad header <traceparent>");
        row("ipv4", "dial tcp 10.96.0.10:53: i/o timeout", "dial tcp <ip>:<int>: i/o timeout");
        row("ipv6", "connect to ::1 refused", "connect to <ip> refused");
        row("hostname", "lookup payments.example.com failed", "lookup <hostname> failed");
        row("k8s hostname", "cannot reach redis.cache.svc.cluster.local", "cannot reach <hostname>");
        row("url", "GET https://api.example.com/v1/orders?id=7 returned 502", "GET <url> returned <int>");
        row("url with port", "Post \"http://inventory:8080/stock\": context deadline exceeded",
            "Post <quoted>: context deadline exceeded");
        row("email", "user jane.doe+x@example.org locked", "user <email> locked");
        row("duration ms", "request timed out after 2000ms.", "request timed out after <duration>.");
        row("duration spaced", "waited 30 seconds", "waited <duration>");
        row("duration go", "retry in 1m30.5s", "retry in <duration>");
        row("iso date", "token expired at 2024-05-01T10:22:33.123Z", "token expired at <date>");
        row("clock time", "window closed 23:59:59 today", "window closed <date> today");
        row("double quoted", "Cannot invoke \"String.length()\" because \"name\" is null",
            "Cannot invoke <quoted> because <quoted> is null");
        row("single quoted", "KeyError 'sku'", "KeyError <quoted>");
        row("apostrophe kept", "can't parse it", "can't parse it");
        row("parentheses ignored", "HTTPConnectionPool(host='inventory', port=8080): Read timed out.",
            "HTTPConnectionPool(<paren>): Read timed out.");
        row("java class kept", "java.lang.String cannot be cast", "java.lang.String cannot be cast");
        row("file name kept", "error in handlers.py", "error in handlers.py");
        row("version parts", "unsupported version 1.2.3", "unsupported version <int>.<int>.<int>");
    }
    void normalisation()
    {
        QFETCH(QString, message);
        QFETCH(QString, expected);
        QCOMPARE(QString::fromStdString(normalizeMessage(message.toStdString())), expected);
    }

    void parenthesesKeptWhenAsked()
    {
        NormalizeOptions o;
        o.ignoreParentheses = false;
        QCOMPARE(normalizeMessage("failed (attempt 3)", o), std::string("failed (attempt <int>)"));
    }

    void framesForAllFourLanguages()
    {
        const auto java = parseStack("\tat com.kunren.inventory.Stock.get(Stock.java:88)\n"
                                     "\tat org.springframework.web.Dispatcher.doDispatch(Dispatcher.java:10)");
        QCOMPARE(java.size(), std::size_t{2});
        QCOMPARE(java[0].function, std::string("com.kunren.inventory.Stock.get"));
        QCOMPARE(java[0].file, std::string("Stock.java"));
        QVERIFY(java[0].inApp && !java[1].inApp);

        const auto py = parseStack("  File \"/app/worker/handlers.py\", line 57, in handle\n    order['sku']\n"
                                   "  File \"/usr/lib/python3.12/site-packages/celery/app.py\", line 3, in run");
        QCOMPARE(py.size(), std::size_t{2});
        QCOMPARE(py[0].file, std::string("/app/worker/handlers.py"));
        QCOMPARE(py[0].function, std::string("handle"));
        QVERIFY(py[0].inApp && !py[1].inApp);

        const auto node = parseStack("    at handle (/app/cart/src/handler.js:42:17)\n"
                                     "    at Layer.handle (/app/cart/node_modules/express/lib/router/layer.js:95:5)\n"
                                     "    at node:internal/process/task_queues:95:5");
        QCOMPARE(node.size(), std::size_t{3});
        QCOMPARE(node[0].function, std::string("handle"));
        QCOMPARE(node[0].file, std::string("/app/cart/src/handler.js"));
        QVERIFY(node[0].inApp && !node[1].inApp && !node[2].inApp);

        const auto go = parseStack(
            "github.com/kunren/inventory/internal/handler.callUpstream\n\t/src/inventory/internal/handler/"
            "handler.go:88\n"
            "net/http.HandlerFunc.ServeHTTP(0xc000, 0x1)\n\t/usr/local/go/src/net/http/server.go:2136 +0x29");
        QCOMPARE(go.size(), std::size_t{2});
        QCOMPARE(go[0].function, std::string("github.com/kunren/inventory/internal/handler.callUpstream"));
        QCOMPARE(go[0].file, std::string("/src/inventory/internal/handler/handler.go"));
        QVERIFY(go[0].inApp && !go[1].inApp);

        QCOMPARE(topInAppFrames("\tat java.util.Objects.require(Objects.java:1)\n\tat com.a.B.c(B.java:2)", 3)
                     .front()
                     .function,
                 std::string("com.a.B.c"));
    }

    void semanticVersions()
    {
        QVERIFY(compareVersions("2.0.0", "1.9.9") > 0);
        QVERIFY(compareVersions("1.10.0", "1.9.0") > 0);
        QVERIFY(compareVersions("v2", "2.0.0") == 0);
        QVERIFY(compareVersions("2.0.0-rc.1", "2.0.0") < 0);
        QVERIFY(compareVersions("2.0.0-rc.2", "2.0.0-rc.10") < 0);
    }

    void sameTypeDifferentIdsMerged()
    {
        HandStore h;
        const ResourceId r = h.pod("orders", "1.0.0");
        h.log(kSecond, r, h.error("OrderNotFound", "order 1231 not found"));
        h.log(2 * kSecond, r, h.error("OrderNotFound", "order 98765 not found"));
        h.log(3 * kSecond, r, h.error("OrderNotFound", "order 77 not found"));
        h.log(4 * kSecond, r, h.error("CartNotFound", "cart 3f2b8c1e-9a4d-4e2f-8b7a-1c2d3e4f5a6b expired"));
        h.log(5 * kSecond, r, h.error("CartNotFound", "cart 00000000-1111-2222-3333-444455556666 expired"));
        h.publish(6 * kSecond);
        ErrorTracker t(h.st);
        t.update();
        QCOMPARE(t.issues().size(), std::size_t{2});
        QCOMPARE(t.issues()[0].count, std::uint64_t{3});
        QCOMPARE(t.issues()[0].title, std::string("order <int> not found"));
        QCOMPARE(t.issues()[1].count, std::uint64_t{2});
        QCOMPARE(t.issues()[1].title, std::string("cart <uuid> expired"));
    }

    void differentTypesOrServicesNeverMerged()
    {
        HandStore h;
        const ResourceId a = h.pod("orders", "1.0.0");
        const ResourceId b = h.pod("billing", "1.0.0");
        h.log(kSecond, a, h.error("OrderNotFound", "not found"));
        h.log(kSecond, a, h.error("InvoiceNotFound", "not found"));
        h.log(kSecond, b, h.error("OrderNotFound", "not found"));
        h.publish(2 * kSecond);
        ErrorTrackerOptions o;
        o.overrides.push_back(
            {"", "OrderNotFound", "", "all-not-found"}); // an explicit fingerprint cannot merge services
        ErrorTracker t(h.st, o);
        t.update();
        QCOMPARE(t.issues().size(), std::size_t{3});
    }

    void differentInAppFramesSplitAndExplicitFingerprintWins()
    {
        HandStore h;
        const ResourceId r = h.pod("cart", "1.0.0");
        h.log(kSecond, r, h.error("TypeError", "x is undefined", "    at add (/app/cart/src/add.js:1:1)"));
        h.log(kSecond, r, h.error("TypeError", "x is undefined", "    at remove (/app/cart/src/remove.js:1:1)"));
        h.log(kSecond, r,
              h.error("TypeError", "x is undefined", "    at add (/app/cart/src/add.js:9:9)")); // other line: same
        h.publish(2 * kSecond);
        ErrorTracker t(h.st);
        t.update();
        QCOMPARE(t.issues().size(), std::size_t{2});

        ErrorTrackerOptions o;
        o.overrides.push_back({"cart", "TypeError", "undefined", "cart-undefined"});
        ErrorTracker explicitGrouping(h.st, o);
        explicitGrouping.update();
        QCOMPARE(explicitGrouping.issues().size(), std::size_t{1});
        QCOMPARE(explicitGrouping.issues()[0].count, std::uint64_t{3});
    }

    void stateTransitions()
    {
        HandStore h;
        h.log(kSecond, h.pod("orders", "1.0.0"), h.error("E", "boom"));
        h.publish(2 * kSecond);
        ErrorTracker t(h.st);
        t.update();
        const IssueId id = t.issues()[0].id;
        QCOMPARE(t.issue(id)->state, IssueState::ForReview);
        QVERIFY(!t.transition(id, IssueState::ForReview, 3 * kSecond).ok);
        QVERIFY(t.transition(id, IssueState::Reviewed, 3 * kSecond).ok);
        const TransitionResult back = t.transition(id, IssueState::ForReview, 4 * kSecond);
        QVERIFY(!back.ok && !back.reason.empty());
        QVERIFY(t.transition(id, IssueState::Resolved, 5 * kSecond).ok);
        QVERIFY(!t.transition(id, IssueState::Reviewed, 6 * kSecond).ok);
        QVERIFY(!t.transition(id, IssueState::Ignored, 6 * kSecond).ok);
        QVERIFY(t.transition(id, IssueState::ForReview, 7 * kSecond).ok); // reopen
        QVERIFY(t.transition(id, IssueState::Ignored, 8 * kSecond).ok);
        QVERIFY(!t.transition(id, IssueState::Resolved, 9 * kSecond).ok);
        QVERIFY(t.transition(id, IssueState::ForReview, 10 * kSecond).ok);
        QVERIFY(!t.transition(99, IssueState::Reviewed, 10 * kSecond).ok);
        QCOMPARE(t.issue(id)->history.size(), std::size_t{5});
        QVERIFY(!t.issue(id)->regression);
    }

    void regressionAfterResolvedOnlyInNewerVersion()
    {
        HandStore h;
        const ResourceId v1 = h.pod("orders", "1.0.0");
        const ResourceId v11 = h.pod("orders", "1.1.0");
        const ErrorId e = h.error("E", "boom 1");
        h.log(kSecond, v1, e);
        h.publish(2 * kSecond);
        ErrorTracker t(h.st);
        t.update();
        const IssueId id = t.issues()[0].id;
        QVERIFY(t.transition(id, IssueState::Resolved, 3 * kSecond).ok);
        QCOMPARE(t.issue(id)->resolvedInVersion, std::string("1.0.0"));

        h.log(4 * kSecond, v1, h.error("E", "boom 2")); // an old pod still failing: not a regression
        h.publish(5 * kSecond);
        t.update();
        QCOMPARE(t.issue(id)->state, IssueState::Resolved);
        QCOMPARE(t.issue(id)->count, std::uint64_t{2});

        h.log(6 * kSecond, v11, e);
        h.publish(7 * kSecond);
        t.update();
        QCOMPARE(t.issue(id)->state, IssueState::ForReview);
        QVERIFY(t.issue(id)->regression);
        QCOMPARE(t.issue(id)->versions, (std::vector<std::string>{"1.0.0", "1.1.0"}));
        QCOMPARE(t.notifications().back().kind, IssueNotification::Kind::Regression);
    }

    void regressionWithoutVersions()
    {
        HandStore h;
        const ResourceId r = h.pod("orders", "");
        h.log(kSecond, r, h.error("E", "boom"));
        h.publish(2 * kSecond);
        ErrorTracker t(h.st);
        t.update();
        QVERIFY(t.transition(1, IssueState::Resolved, 3 * kSecond).ok);
        h.log(4 * kSecond, r, h.error("E", "boom"));
        h.publish(5 * kSecond);
        t.update();
        QVERIFY(t.issue(1)->regression);
        QCOMPARE(t.issue(1)->state, IssueState::ForReview);
    }

    // An error the system has on a normal day was grouped before the drill: never new, whenever it first shows.
    void knownErrorsAreNeverNew()
    {
        HandStore h;
        const ResourceId r = h.pod("orders", "1.0.0");
        ErrorTrackerOptions o;
        o.knownIssue = [](const Issue& i) { return i.type == "Background"; };
        ErrorTracker t(h.st, o);
        h.log(5 * kMinute, r, h.error("Background", "rare but old"));
        h.log(5 * kMinute, r, h.error("Fresh", "new failure"));
        h.publish(6 * kMinute);
        t.update();
        QCOMPARE(t.issues().size(), std::size_t{2});
        for (const Issue& i : t.issues()) {
            QCOMPARE(i.knownBeforeDrill, i.type == "Background");
            QCOMPARE(t.isNew(i, 6 * kMinute), i.type == "Fresh");
        }
        QCOMPARE(t.notifications().size(), std::size_t{1});
        QCOMPARE(t.issue(t.notifications()[0].issue)->type, std::string("Fresh"));
    }

    void newIssueSignalOncePerIssue()
    {
        HandStore h;
        const ResourceId r = h.pod("orders", "1.0.0");
        h.log(10 * kSecond, r, h.error("Old", "known for ages"));
        h.publish(kMinute);
        ErrorTrackerOptions o;
        o.knownBefore = kMinute; // errors seen in the first minute predate the drill
        o.newIssuePeriod = 10 * kMinute;
        ErrorTracker t(h.st, o);
        t.update();
        QVERIFY(t.notifications().empty());
        h.log(2 * kMinute, r, h.error("Fresh", "new failure"));
        h.log(2 * kMinute + kSecond, r, h.error("Old", "known for ages"));
        h.publish(3 * kMinute);
        t.update();
        h.log(4 * kMinute, r, h.error("Fresh", "new failure"));
        h.publish(5 * kMinute);
        t.update();
        t.update();
        QCOMPARE(t.notifications().size(), std::size_t{1});
        const IssueNotification& n = t.notifications()[0];
        QCOMPARE(n.kind, IssueNotification::Kind::NewIssue);
        QCOMPARE(t.issue(n.issue)->type, std::string("Fresh"));
        QCOMPARE(n.time, 2 * kMinute);
        QVERIFY(n.text.find("new issue") != std::string::npos);
        QCOMPARE(t.newIssues(5 * kMinute), std::vector<IssueId>{n.issue});
        QVERIFY(t.newIssues(13 * kMinute).empty()); // the period is a parameter
    }

    void logOnlyWorkerErrorsAndSpanLogDeduplication()
    {
        HandStore h;
        const ResourceId worker = h.pod("report-job", "3.1.0");
        const ErrorId throttled = h.error(
            "botocore.errorfactory.ThrottlingException",
            "An error occurred (ThrottlingException) when calling InvokeModel: Rate exceeded",
            "  File \"/app/report_job/handlers.py\", line 57, in invoke_model");
        for (int i = 0; i < 5; ++i)
            h.log(i * kSecond, worker, throttled); // a batch job: logs only, no spans
        const ResourceId api = h.pod("api", "1.0.0");
        const ErrorId npe = h.error("java.lang.NullPointerException", "x is null",
                                    "\tat com.kunren.api.H.handle(H.java:3)");
        h.failedRequest(kSecond, api, npe, true); // span + log of the same request: one event
        h.failedRequest(2 * kSecond, api, npe, false);
        h.log(3 * kSecond, api, npe); // an unsampled request: its log alone
        h.publish(10 * kSecond);
        ErrorTracker t(h.st);
        t.update();
        QCOMPARE(t.issues().size(), std::size_t{2});
        const Issue* job = nullptr;
        const Issue* apiIssue = nullptr;
        for (const Issue& i : t.issues())
            (i.service == "report-job" ? job : apiIssue) = &i;
        QVERIFY(job && apiIssue);
        QCOMPARE(job->count, std::uint64_t{5});
        QCOMPARE(job->logEvents, std::uint64_t{5});
        QCOMPARE(job->title, std::string("An error occurred (<paren>) when calling InvokeModel: Rate exceeded"));
        QCOMPARE(job->versions, std::vector<std::string>{"3.1.0"});
        QCOMPARE(apiIssue->count, std::uint64_t{3});
        QCOMPARE(apiIssue->spanEvents, std::uint64_t{2});
        QVERIFY(apiIssue->samples.front().hasTrace && apiIssue->samples.front().spanId != 0);
        QCOMPARE(job->perMinute, std::vector<std::uint32_t>{5});
    }

    // One tracker, one state: the trainee's resolve is made on the session's own tracker, so the session's
    // regression rule follows it — an event of a newer version after the resolve sends the issue back.
    void theSessionRegressesWhatTheTraineeResolved()
    {
        DrillSession session(recurringErrorScenario());
        session.runUntil(3 * kMinute);
        session.errors().update();
        const Issue* issue = issueOfType(session.errors(), kRecurringErrorType);
        QVERIFY(issue);
        const Fingerprint fp = issue->fingerprint;
        QVERIFY(session.transitionIssue(fp, IssueState::Reviewed).ok);
        QVERIFY(session.transitionIssue(fp, IssueState::Resolved).ok);
        issue = session.errors().findByFingerprint(fp);
        QCOMPARE(issue->resolvedAt, 3 * kMinute);
        QCOMPARE(issue->resolvedInVersion, std::string("1.0.0"));

        // Refused, with the reason, and nothing changes.
        const TransitionResult refused = session.transitionIssue(fp, IssueState::Reviewed);
        QVERIFY(!refused.ok);
        QVERIFY2(refused.reason.find("RESOLVED") != std::string::npos, refused.reason.c_str());
        const TransitionResult unknown = session.transitionIssue(fp ^ 1, IssueState::Resolved);
        QVERIFY(!unknown.ok && unknown.reason.find("fingerprint") != std::string::npos);
        QCOMPARE(session.errors().findByFingerprint(fp)->history.size(), std::size_t{2});

        // The old pods keep failing until the deploy: still resolved (not a regression of the fix).
        session.runUntil(4 * kMinute);
        issue = session.errors().findByFingerprint(fp);
        QVERIFY(issue->state == IssueState::Resolved);
        const std::uint64_t countBefore = issue->count;

        // 1.1.0 fails the same way: the session's tracker flags the regression and notifies it.
        session.runUntil(7 * kMinute);
        issue = session.errors().findByFingerprint(fp);
        QVERIFY(issue->count > countBefore);
        QVERIFY(issue->state == IssueState::ForReview);
        QVERIFY(issue->regression);
        QCOMPARE(issue->versions, (std::vector<std::string>{"1.0.0", "1.1.0"}));
        const auto& notes = session.errors().notifications();
        QVERIFY(std::any_of(notes.begin(), notes.end(), [&](const IssueNotification& n) {
            return n.kind == IssueNotification::Kind::Regression && n.issue == issue->id && n.time > 4 * kMinute;
        }));
    }

    // The log holds the trainee's transitions by fingerprint: replaying it (as a resumed drill or the scorer
    // does) gives the same issue states, histories and regressions.
    void aReplayOfTheLogMakesTheSameIssueStates()
    {
        const auto sc = recurringErrorScenario();
        DrillSession live(sc);
        DrillRecorder recorder(live.simulator());
        live.runUntil(2 * kMinute + 30 * kSecond);
        live.errors().update();
        const Fingerprint fp = issueOfType(live.errors(), kRecurringErrorType)->fingerprint;
        for (const IssueState to : {IssueState::Reviewed, IssueState::Resolved}) {
            QVERIFY(live.transitionIssue(fp, to).ok);
            recorder.record(DrillAction::transitionIssue(0, fp, toString(to), "inventory StockLookupException"));
            live.runUntil(live.now() + 17 * kSecond);
        }
        live.runUntil(6 * kMinute);
        live.errors().update();
        QVERIFY(live.errors().findByFingerprint(fp)->regression);
        // The regression is taken as seen: ignored from here on.
        QVERIFY(live.transitionIssue(fp, IssueState::Ignored).ok);
        recorder.record(DrillAction::transitionIssue(0, fp, "IGNORED"));
        live.runUntil(7 * kMinute);
        recorder.end("resolved");
        live.errors().update();

        // Through the JSON lines, as the database and kunren-cli read it.
        const ActionLogRead log = parseActionLog(actionLogToJsonl(recorder.actions()), "drill.jsonl");
        QVERIFY(log.ok());
        QCOMPARE(log.actions.size(), std::size_t{5});
        QCOMPARE(log.actions[1].issue, fp);
        QCOMPARE(log.actions[1].at, 2 * kMinute + 30 * kSecond);

        DrillSession replayed(sc);
        replayToLastAction(replayed, log.actions);
        replayed.errors().update();
        QCOMPARE(replayed.now(), live.now());
        test::compareIssues(live.errors().issues(), replayed.errors());
        if (QTest::currentTestFailed())
            return;
        const Issue* issue = replayed.errors().findByFingerprint(fp);
        QVERIFY(issue->state == IssueState::Ignored);
        QCOMPARE(issue->history.size(), std::size_t{4}); // reviewed, resolved, regressed, ignored

        // The scorer's replay takes the log too (the transitions change none of its facts).
        const ReplayFacts facts = replayDrill(sc, log.actions);
        QCOMPARE(facts.end, 7 * kMinute);
    }

    void badDeployCreatesOneNewIssue()
    {
        auto f = fault(FaultKind::BadDeploy, "inventory", "GET /stock", kMinute, 0.5);
        f.version = "2.0.0";
        f.errorType = "com.kunren.inventory.UnknownWarehouseException";
        f.errorMessage = "unknown warehouse code 4711";
        auto sim = std::make_unique<Simulator>(scenarioWith({f}, 4 * kMinute));
        ErrorTracker t(sim->telemetry());
        double trackingMs = 0;
        while (sim->now() < 4 * kMinute) {
            sim->runUntil(sim->now() + 30 * kSecond); // incremental, as the app polls
            const auto before = std::chrono::steady_clock::now();
            t.update();
            trackingMs += std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - before).count();
        }
        QCOMPARE(issuesOfType(t, f.errorType), std::size_t{1});
        const Issue* issue = nullptr;
        for (const Issue& i : t.issues())
            if (i.type == f.errorType)
                issue = &i;
        QVERIFY(issue);
        QCOMPARE(issue->service, std::string("inventory"));
        QVERIFY(issue->firstSeen >= kMinute);
        QCOMPARE(issue->versions, std::vector<std::string>{"2.0.0"});
        QVERIFY(issue->count > 100);
        QVERIFY(issue->title.find("<int>") != std::string::npos);
        QVERIFY(t.isNew(*issue, sim->now()));
        const auto n = std::count_if(t.notifications().begin(), t.notifications().end(),
                                     [&](const IssueNotification& x) {
                                         return x.issue == issue->id && x.kind == IssueNotification::Kind::NewIssue;
                                     });
        QCOMPARE(n, 1);
        qInfo("bad deploy: %zu issues, %llu events of the new one; tracking took %.1f ms over %zu spans, %zu logs",
              t.issues().size(), static_cast<unsigned long long>(issue->count), trackingMs,
              sim->telemetry().counts().spans, sim->telemetry().counts().logs);
    }

    void trackingThroughput()
    {
        HandStore h;
        const ResourceId r = h.pod("batch", "1.0.0");
        std::vector<ErrorId> errors;
        for (int i = 0; i < 2000; ++i) // interned per distinct message, as the simulator's placeholders make them
            errors.push_back(
                h.error("RowRejected", "row " + std::to_string(i) + " rejected by 10.0.0." + std::to_string(i % 200)));
        constexpr int kEvents = 200000;
        for (int i = 0; i < kEvents; ++i)
            h.log(i * kMillisecond, r, errors[static_cast<std::size_t>(i) % errors.size()]);
        h.publish(kEvents * kMillisecond);
        ErrorTracker t(h.st);
        const auto start = std::chrono::steady_clock::now();
        t.update();
        const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
        QCOMPARE(t.issues().size(), std::size_t{1});
        QCOMPARE(t.issues()[0].count, std::uint64_t{kEvents});
        qInfo("tracked %d error logs (%zu distinct errors) in %.1f ms", kEvents, errors.size(), ms);
    }

    void normalisationSpeed()
    {
        const char* messages[] = {
            "Post \"http://inventory:8080/stock\": context deadline exceeded",
            "HTTPConnectionPool(host='payments', port=8080): Read timed out.",
            "HikariPool-1 - Connection is not available, request timed out after 2000ms.",
            "order 3f2b8c1e-9a4d-4e2f-8b7a-1c2d3e4f5a6b for jane@example.com failed at 2024-05-01T10:22:33Z"};
        constexpr int kRounds = 25000;
        std::size_t total = 0;
        const auto start = std::chrono::steady_clock::now();
        for (int i = 0; i < kRounds; ++i)
            for (const char* m : messages)
                total += normalizeMessage(m).size();
        const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
        QVERIFY(total > 0);
        qInfo("normalised %d messages in %.1f ms (%.2f us each)", kRounds * 4, ms, ms * 1000.0 / (kRounds * 4));
    }
};

QTEST_GUILESS_MAIN(TestErrorTracking)
#include "tst_errortracking.moc"
