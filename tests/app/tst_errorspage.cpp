// The error-tracking page as a trainee triages with it: issues appear as the drill runs, one is reviewed
// and resolved with the buttons (on the drill session's tracker, as logged drill actions), the state filter
// hides it, a change the tracker refuses is shown with its reason, and its sample opens a trace.
#include "DrillLoading.h"
#include "bridge/DrillRunner.h"
#include "errors/ErrorsPage.h"
#include "errors/IssueDetailPane.h"
#include "models/ErrorIssueModel.h"
#include "models/IssueFilterModel.h"
#include "shell/MainWindow.h"
#include "widgets/Navigator.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QtTest>

using namespace kunren;
using namespace kunren::app;

namespace {

// The bad-deploy drill at 15 minutes with the Errors page open and its issues in (the caller checks
// QTest::currentTestFailed()).
void openErrorsAt15Minutes(MainWindow& window, ErrorsPage*& page)
{
    window.show();
    QVERIFY(test::startAndWait(window, QStringLiteral("shop-payment-bad-deploy"), 5));
    window.runner()->jumpTo(15 * kMinute);
    QTRY_VERIFY_WITH_TIMEOUT(window.runner()->now() >= 15 * kMinute, 30000);
    window.showPage(QStringLiteral("errors"));
    page = qobject_cast<ErrorsPage*>(window.page(QStringLiteral("errors")));
    QVERIFY(page && page->isVisible());
}

// The issue transitions the drill's log holds, in order, as "FINGERPRINT STATE".
QStringList loggedTransitions(const DrillRunner& runner)
{
    QStringList out;
    for (const DrillAction& a : runner.actions())
        if (a.type == ActionType::IssueTransition)
            out << QString::number(a.issue, 16) + QLatin1Char(' ') + QString::fromStdString(a.state);
    return out;
}

} // namespace

class TestErrorsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // NEW means new: the errors the shop has on any normal day (there since before the drill) carry no badge;
    // the bad deploy's exception, first seen after it, does — as the engine's new-issue monitor sees it.
    void onlyIssuesTheDrillBroughtAreNew()
    {
        MainWindow window;
        ErrorsPage* page = nullptr;
        openErrorsAt15Minutes(window, page);
        if (QTest::currentTestFailed())
            return;
        page->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(page->issues()->rowCount() > 0, 20000);
        const SimTime deploy = 6 * kMinute; // payment 5.1.0
        int fresh = 0, before = 0;
        QStringList newTitles;
        for (int r = 0; r < page->issues()->rowCount(); ++r) {
            const Issue* issue = page->issues()->issue(r);
            const bool isNew = page->issues()->isNew(r);
            if (issue->firstSeen < deploy) {
                ++before;
                QVERIFY2(!isNew,
                         qPrintable(QString::fromStdString(issue->service + " " + issue->type + ": " + issue->title)));
            }
            if (isNew) {
                ++fresh;
                newTitles << QString::fromStdString(issue->service + " " + issue->type);
            }
        }
        QVERIFY2(before > 0, "the shop has background errors before the deploy");
        QVERIFY2(fresh >= 1 && fresh < page->issues()->rowCount(), qPrintable(newTitles.join(QStringLiteral(", "))));
        QVERIFY2(newTitles.join(QLatin1Char(' ')).contains(QLatin1String("IllegalArgumentException")),
                 qPrintable(newTitles.join(QStringLiteral(", "))));
    }

    void triageAnIssue()
    {
        MainWindow window;
        ErrorsPage* page = nullptr;
        openErrorsAt15Minutes(window, page);
        if (QTest::currentTestFailed())
            return;
        QSignalSpy updated(page, &ErrorsPage::updated);
        page->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(page->issues()->rowCount() > 0 && updated.count() > 0, 20000);

        // The issue with the most events, as the trainee would pick it.
        auto* table = page->findChild<QTableView*>(QStringLiteral("issueTable"));
        table->sortByColumn(ErrorIssueModel::Events, Qt::DescendingOrder);
        table->selectRow(0);
        const IssueId id = table->model()->index(0, 0).data(ErrorIssueModel::IssueIdRole).toUInt();
        QVERIFY(id != 0);
        auto* review = page->findChild<QPushButton*>(QStringLiteral("reviewButton"));
        auto* resolve = page->findChild<QPushButton*>(QStringLiteral("resolveButton"));
        auto* reopen = page->findChild<QPushButton*>(QStringLiteral("reopenButton"));
        QVERIFY(review->isEnabled());
        QVERIFY(!reopen->isEnabled());

        // The tracker applies the change with its next update (one may be running already).
        // (IssueState is compared with == : QTest would free the engine's static toString() text.)
        const auto stateOf = [&] { return page->issues()->issue(page->issues()->rowOfIssue(id))->state; };
        const QString fingerprint = QString::number(page->issues()->issue(page->issues()->rowOfIssue(id))->fingerprint,
                                                    16);
        QTest::mouseClick(review, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(stateOf() == IssueState::Reviewed, 10000);
        QTRY_VERIFY(!review->isEnabled());
        QVERIFY(resolve->isEnabled());
        // The state the page shows is the drill session's tracker's, changed by a logged drill action.
        QCOMPARE(loggedTransitions(*window.runner()), QStringList{fingerprint + QStringLiteral(" REVIEWED")});

        QTest::mouseClick(resolve, Qt::LeftButton);
        // Resolved — unless the still-failing code made it regress at once (back for review).
        QTRY_VERIFY_WITH_TIMEOUT(stateOf() == IssueState::Resolved ||
                                     page->issues()->issue(page->issues()->rowOfIssue(id))->regression,
                                 10000);
        QCOMPARE(loggedTransitions(*window.runner()),
                 (QStringList{fingerprint + QStringLiteral(" REVIEWED"), fingerprint + QStringLiteral(" RESOLVED")}));

        // "For review" hides what was dealt with (unless it regressed).
        auto* stateFilter = page->findChild<QComboBox*>(QStringLiteral("issueStateFilter"));
        stateFilter->setCurrentIndex(stateFilter->findData(static_cast<int>(IssueState::Resolved)));
        QVERIFY(page->filtered()->rowCount() >= (stateOf() == IssueState::Resolved ? 1 : 0));
        stateFilter->setCurrentIndex(0);

        // A sample event that belongs to a stored trace opens it.
        IssueId traced = 0;
        for (int r = 0; r < page->issues()->rowCount() && traced == 0; ++r)
            for (const IssueSample& sample : page->issues()->issue(r)->samples)
                if (sample.hasTrace)
                    traced = page->issues()->issue(r)->id;
        QVERIFY(traced != 0);
        page->selectIssue(traced);
        auto* viewTrace = page->findChild<QPushButton*>(QStringLiteral("issueViewTraceButton"));
        QVERIFY(viewTrace->isEnabled());
        QSignalSpy trace(window.navigator(), &Navigator::traceRequested);
        QTest::mouseClick(viewTrace, Qt::LeftButton);
        QCOMPARE(trace.count(), 1);
        QCOMPARE(trace.first().first().toString().size(), 32);
        QCOMPARE(window.currentPageId(), QStringLiteral("traces"));
    }

    // The buttons offer only what the issue's state allows, but the state may have moved on since the page
    // showed it (a regression): the tracker then refuses, and the page says why.
    void aRefusedChangeIsShownWithItsReason()
    {
        MainWindow window;
        ErrorsPage* page = nullptr;
        openErrorsAt15Minutes(window, page);
        if (QTest::currentTestFailed())
            return;
        page->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(page->issues()->rowCount() > 0, 20000);
        const Issue* issue = page->issues()->issue(0);
        const IssueId id = issue->id;
        const IssueState state = issue->state;
        auto* pane = page->findChild<IssueDetailPane*>();
        QVERIFY(pane);
        Q_EMIT pane->transitionRequested(id, state); // it is in that state already
        auto* summary = page->findChild<QLabel*>(QStringLiteral("issueSummary"));
        QTRY_VERIFY2_WITH_TIMEOUT(
            summary->text().startsWith(QLatin1String("Could not change the state: issue is already")),
            qPrintable(summary->text()), 10000);
        QVERIFY(page->issues()->issue(page->issues()->rowOfIssue(id))->state == state);
        QVERIFY(loggedTransitions(*window.runner()).isEmpty());
    }
};

QTEST_MAIN(TestErrorsPage)
#include "tst_errorspage.moc"
