// Error-tracking models over a simulated drill: the tracker driven off the GUI thread, the issue table and
// its state/text filter under QAbstractItemModelTester, and state changes queued through updates.
#include "../engine/TestTopology.h"

#include "models/ErrorIssueModel.h"
#include "models/ErrorIssues.h"
#include "models/IssueFilterModel.h"
#include "sim/Simulator.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace kunren;
using namespace kunren::app;

class TestErrorModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void issuesFollowTheDrillAndChangeState()
    {
        auto f = test::fault(FaultKind::Errors, "inventory", "GET /stock", 30 * kSecond, 0.3);
        Simulator sim(test::scenarioWith({f}, 10 * kMinute));
        sim.runUntil(20 * kSecond);

        ErrorIssues tracker;
        ErrorIssueModel model;
        IssueFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester modelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        connect(&tracker, &ErrorIssues::updated, &model, [&] { model.setSnapshot(tracker.snapshot()); });
        QSignalSpy updated(&tracker, &ErrorIssues::updated);
        tracker.setStore(&sim.telemetry());
        tracker.update();
        QVERIFY(updated.wait(10000));
        const int before = model.rowCount();

        // The fault starts at 30 s: an inventory issue appears as the drill goes on, rows are inserted.
        sim.runUntil(3 * kMinute);
        tracker.update();
        QVERIFY(updated.wait(10000));
        QVERIFY(model.rowCount() > before);
        int row = -1;
        for (int r = 0; r < model.rowCount(); ++r)
            if (model.index(r, ErrorIssueModel::Service).data().toString() == QLatin1String("inventory"))
                row = r;
        QVERIFY(row >= 0);
        const Issue* issue = model.issue(row);
        QVERIFY(issue->count > 100);
        QCOMPARE(model.index(row, ErrorIssueModel::State).data().toString(), QStringLiteral("For review"));
        QVERIFY(model.index(row, ErrorIssueModel::Title).data(ErrorIssueModel::BadgesRole).toStringList().contains(
            QStringLiteral("NEW")));
        const QList<int> trend = model.index(row, ErrorIssueModel::Trend).data(ErrorIssueModel::TrendRole).value<QList<int>>();
        QCOMPARE(trend.size(), ErrorIssueModel::kTrendMinutes);
        QVERIFY(trend.back() > 0 || trend[trend.size() - 2] > 0); // errors in the last minutes
        QCOMPARE(trend.front(), 0);                                 // none before the drill started

        // A state change is applied by the next update; an impossible one comes back with a reason.
        const IssueId id = issue->id;
        tracker.transition(id, IssueState::Reviewed, sim.now());
        QVERIFY(updated.wait(10000));
        QVERIFY(model.issue(model.rowOfIssue(id))->state == IssueState::Reviewed);
        tracker.transition(id, IssueState::ForReview, sim.now());
        QVERIFY(updated.wait(10000));
        QCOMPARE(tracker.snapshot().rejected.size(), std::size_t{1});
        QVERIFY(model.issue(model.rowOfIssue(id))->state == IssueState::Reviewed);

        // The filter: by state, then by text.
        filter.setState(IssueState::Reviewed);
        QCOMPARE(filter.rowCount(), 1);
        filter.setState(IssueState::Resolved);
        QCOMPARE(filter.rowCount(), 0);
        filter.setState(std::nullopt);
        QCOMPARE(filter.rowCount(), model.rowCount());
        filter.setText(QStringLiteral("INVENTORY"));
        QVERIFY(filter.rowCount() >= 1);
        filter.setText(QStringLiteral("no-such-thing"));
        QCOMPARE(filter.rowCount(), 0);

        tracker.setStore(nullptr);
        model.clear();
        QCOMPARE(filter.rowCount(), 0);
    }
};

QTEST_MAIN(TestErrorModels)
#include "tst_errormodels.moc"
