// Error tracking as the app shows it: the drill session's one tracker, read through ErrorIssues (copies made on
// the drill's worker) into the issue table and its state/text filter under QAbstractItemModelTester. The
// trainee's state changes go to that tracker as logged drill actions, its regression rule follows them, and a
// replay of the log makes the same states.
#include "../engine/ErrorTestSupport.h"
#include "../engine/TestTopology.h"

#include "DrillLoading.h"
#include "bridge/DrillRunner.h"
#include "drill/DrillRecorder.h"
#include "models/ErrorIssueModel.h"
#include "models/ErrorIssues.h"
#include "models/IssueFilterModel.h"
#include "session/DrillSession.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace kunren;
using namespace kunren::app;

namespace {

const DrillAction* lastIssueTransition(const DrillRunner& runner)
{
    const auto& log = runner.actions();
    for (auto it = log.rbegin(); it != log.rend(); ++it)
        if (it->type == ActionType::IssueTransition)
            return &*it;
    return nullptr;
}

std::size_t issueTransitions(const DrillRunner& runner)
{
    const auto& log = runner.actions();
    return static_cast<std::size_t>(std::count_if(
        log.begin(), log.end(), [](const DrillAction& a) { return a.type == ActionType::IssueTransition; }));
}

} // namespace

class TestErrorModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void issuesFollowTheSessionsTrackerAndItsLog()
    {
        const auto scenario = test::recurringErrorScenario();
        DrillRunner runner;
        QVERIFY(test::loadAndWait(runner, scenario));
        ErrorIssues issues(&runner);
        ErrorIssueModel model;
        IssueFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester modelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        connect(&issues, &ErrorIssues::updated, &model, [&] { model.setSnapshot(issues.snapshot()); });
        QSignalSpy updated(&issues, &ErrorIssues::updated);
        QSignalSpy jumped(&runner, &DrillRunner::catchUpFinished);
        const auto refresh = [&] {
            const auto before = updated.count();
            issues.update();
            QTRY_VERIFY_WITH_TIMEOUT(updated.count() > before, 10000);
        };
        const auto jumpTo = [&](SimTime t) {
            const auto before = jumped.count();
            runner.jumpTo(t);
            QTRY_VERIFY_WITH_TIMEOUT(jumped.count() > before, 30000);
        };
        refresh();
        const int before = model.rowCount();

        // Half-way between two alert evaluations (every 60 s): the copy is caught up all the same.
        jumpTo(2 * kMinute + 30 * kSecond);
        refresh();
        QCOMPARE(issues.snapshot().now, 2 * kMinute + 30 * kSecond);
        QVERIFY(model.rowCount() > before);
        int row = -1;
        for (int r = 0; r < model.rowCount(); ++r)
            if (model.issue(r)->type == test::kRecurringErrorType)
                row = r;
        QVERIFY(row >= 0);
        const Issue* issue = model.issue(row);
        QVERIFY(issue->count > 100);
        QCOMPARE(issue->service, std::string("inventory"));
        QCOMPARE(model.index(row, ErrorIssueModel::State).data().toString(), QStringLiteral("For review"));
        QVERIFY(model.index(row, ErrorIssueModel::Title)
                    .data(ErrorIssueModel::BadgesRole)
                    .toStringList()
                    .contains(QStringLiteral("NEW")));
        const QList<int> trend =
            model.index(row, ErrorIssueModel::Trend).data(ErrorIssueModel::TrendRole).value<QList<int>>();
        QCOMPARE(trend.size(), ErrorIssueModel::kTrendMinutes);
        QVERIFY(trend.back() > 0 || trend[trend.size() - 2] > 0); // errors in the last minutes
        QCOMPARE(trend.front(), 0);                               // none before the drill started
        const IssueId id = issue->id;
        const Fingerprint fp = issue->fingerprint;
        const auto stateOf = [&] { return model.issue(model.rowOfIssue(id))->state; };

        // Reviewing reaches the session's tracker at the drill's time and is a logged drill action.
        issues.transition(id, IssueState::Reviewed);
        QTRY_VERIFY_WITH_TIMEOUT(stateOf() == IssueState::Reviewed, 10000);
        const DrillAction* logged = lastIssueTransition(runner);
        QVERIFY(logged);
        QCOMPARE(logged->issue, fp);
        QCOMPARE(logged->state, std::string("REVIEWED"));
        QCOMPARE(logged->at, 2 * kMinute + 30 * kSecond);
        QVERIFY2(logged->text.rfind("inventory " + test::kRecurringErrorType + ": stock lookup failed", 0) == 0,
                 logged->text.c_str()); // a label
        QVERIFY(issues.snapshot().rejected.empty());

        // An impossible change comes back with the tracker's reason, changes nothing and is not logged.
        const auto answers = updated.count();
        issues.transition(id, IssueState::ForReview);
        QTRY_VERIFY_WITH_TIMEOUT(updated.count() > answers, 10000);
        QCOMPARE(issues.snapshot().rejected.size(), std::size_t{1});
        QVERIFY2(issues.snapshot().rejected.front().contains(QLatin1String("REVIEWED")),
                 qPrintable(issues.snapshot().rejected.front()));
        QVERIFY(stateOf() == IssueState::Reviewed);
        QCOMPARE(issueTransitions(runner), std::size_t{1});

        issues.transition(id, IssueState::Resolved);
        QTRY_VERIFY_WITH_TIMEOUT(stateOf() == IssueState::Resolved, 10000);
        QVERIFY(issues.snapshot().rejected.empty()); // a refusal is told once
        QCOMPARE(issueTransitions(runner), std::size_t{2});
        QCOMPARE(lastIssueTransition(runner)->state, std::string("RESOLVED"));

        // The filter: by state, then by text.
        filter.setState(IssueState::Resolved);
        QCOMPARE(filter.rowCount(), 1);
        filter.setState(IssueState::Ignored);
        QCOMPARE(filter.rowCount(), 0);
        filter.setState(std::nullopt);
        QCOMPARE(filter.rowCount(), model.rowCount());
        filter.setText(QStringLiteral("INVENTORY"));
        QVERIFY(filter.rowCount() >= 1);
        filter.setText(QStringLiteral("no-such-thing"));
        QCOMPARE(filter.rowCount(), 0);
        filter.setText({});

        // Inventory 1.1.0 fails the same way: the session's tracker — the one the page reads — regresses the issue.
        jumpTo(6 * kMinute);
        refresh();
        QCOMPARE(issues.snapshot().now, 6 * kMinute);
        const Issue* regressed = model.issue(model.rowOfIssue(id));
        QVERIFY(regressed->regression);
        QVERIFY(regressed->state == IssueState::ForReview);
        QCOMPARE(regressed->resolvedAt, 2 * kMinute + 30 * kSecond);
        QCOMPARE(regressed->versions, (std::vector<std::string>{"1.0.0", "1.1.0"}));
        QVERIFY(model.index(model.rowOfIssue(id), ErrorIssueModel::Title)
                    .data(ErrorIssueModel::BadgesRole)
                    .toStringList()
                    .contains(QStringLiteral("REGRESSION")));

        // The recorded log replayed on a fresh session (as a resumed drill and the scorer replay it) makes the
        // same states, histories and regressions.
        const std::vector<DrillAction> log = runner.actions();
        QCOMPARE(log.back().at, 6 * kMinute); // the jump's clock.jump
        DrillSession replayed(scenario);
        replayToLastAction(replayed, log);
        replayed.errors().update();
        QCOMPARE(replayed.now(), 6 * kMinute);
        const ErrorSnapshot& shown = issues.snapshot();
        test::compareIssues(shown.issues, replayed.errors());
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(replayed.errors().findByFingerprint(fp)->history.size(),
                 std::size_t{3}); // reviewed, resolved, regressed

        // Once the drill has ended nothing more is logged, so nothing more changes.
        runner.endDrill(QStringLiteral("resolved"));
        QTRY_VERIFY_WITH_TIMEOUT(runner.isDrillEnded(), 10000);
        const auto lastAnswers = updated.count();
        issues.transition(id, IssueState::Ignored);
        QTRY_VERIFY_WITH_TIMEOUT(updated.count() > lastAnswers, 10000);
        QCOMPARE(issues.snapshot().rejected.size(), std::size_t{1});
        QCOMPARE(issues.snapshot().rejected.front(), QStringLiteral("the drill has ended"));
        QVERIFY(stateOf() == IssueState::ForReview);
        QCOMPARE(issueTransitions(runner), std::size_t{2});
    }

    // Asking faster than the worker answers never queues requests; a new drill empties the copy.
    void requestsDoNotPileUpAndANewDrillStartsEmpty()
    {
        DrillRunner runner;
        QVERIFY(test::loadAndWait(runner, test::recurringErrorScenario()));
        ErrorIssues issues(&runner);
        QSignalSpy updated(&issues, &ErrorIssues::updated);
        runner.jumpTo(2 * kMinute);
        QTRY_VERIFY_WITH_TIMEOUT(runner.now() >= 2 * kMinute, 30000);
        for (int i = 0; i < 50; ++i)
            issues.update();
        QTRY_VERIFY_WITH_TIMEOUT(updated.count() >= 2, 10000);
        QTest::qWait(300);
        QCOMPARE(updated.count(), 2); // the first request, and one more for everything asked meanwhile
        QVERIFY(!issues.snapshot().issues.empty());

        QVERIFY(test::loadAndWait(runner, test::scenarioWith({})));
        QVERIFY(issues.snapshot().issues.empty());
        issues.update();
        QTRY_VERIFY_WITH_TIMEOUT(updated.count() == 3, 10000);
        QCOMPARE(issues.snapshot().now, SimTime{0});
    }
};

QTEST_MAIN(TestErrorModels)
#include "tst_errormodels.moc"
