#pragma once

#include "errors/ErrorTracker.h"

#include <QtTest>

#include <vector>

namespace kunren::test {

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
