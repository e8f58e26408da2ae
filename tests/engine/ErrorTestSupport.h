#pragma once

#include "TestTopology.h"

#include "errors/ErrorTracker.h"

#include <QtTest>

#include <memory>
#include <string>
#include <vector>

namespace kunren::test {

// The error the recurring-error drill keeps raising.
inline const std::string kRecurringErrorType = "com.kunren.inventory.StockLookupException";

// The same error keeps happening in inventory (an error fault from 30 s), and inventory 1.1.0 rolls out at
// 4 min with the error still there: resolved before the deploy, the issue regresses after it.
inline std::shared_ptr<Scenario> recurringErrorScenario()
{
    auto f = fault(FaultKind::Errors, "inventory", "GET /stock", 30 * kSecond, 0.3);
    f.errorType = kRecurringErrorType;
    f.errorMessage = "stock lookup failed for warehouse 7";
    auto sc = scenarioWith({f}, 10 * kMinute);
    EventSpec deploy;
    deploy.id = "inventory-deploy";
    deploy.kind = EventKind::Deploy;
    deploy.at = 4 * kMinute;
    deploy.service = "inventory";
    deploy.version = "1.1.0";
    sc->events.push_back(deploy);
    return sc;
}

// A replayed drill's error tracking has the live drill's issues: state for state, step for step. A failed
// comparison fails the calling test (check QTest::currentTestFailed() after the call).
inline void compareIssues(const std::vector<Issue>& live, const ErrorTracker& replayed)
{
    QCOMPARE(replayed.issues().size(), live.size());
    for (const Issue& a : live) {
        const Issue* b = replayed.findByFingerprint(a.fingerprint);
        QVERIFY(b);
        QVERIFY(a.state == b->state);
        QCOMPARE(a.regression, b->regression);
        QCOMPARE(a.resolvedAt, b->resolvedAt);
        QCOMPARE(a.count, b->count);
        QCOMPARE(a.history.size(), b->history.size());
        for (std::size_t i = 0; i < a.history.size(); ++i) {
            QVERIFY(a.history[i].to == b->history[i].to);
            QCOMPARE(a.history[i].at, b->history[i].at);
            QCOMPARE(a.history[i].regression, b->history[i].regression);
        }
    }
}

} // namespace kunren::test
