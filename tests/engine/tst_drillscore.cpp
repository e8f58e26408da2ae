// The score is a fair, transparent function of the scenario and the action log.
#include "DrillTestSupport.h"

#include "drill/ActionLogJson.h"
#include "drill/DrillScore.h"
#include "drill/Mechanism.h"

#include <QtTest>

using namespace kunren;
using namespace kunren::test;

namespace {

DrillScore score(const std::vector<DrillAction>& log)
{
    return scoreDrill(std::shared_ptr<const Scenario>(badDeployDrill()), log);
}

const ScoreLine* line(const DrillScore& s, std::string_view id)
{
    for (const auto* list : {&s.earned, &s.penalties})
        for (const ScoreLine& l : *list)
            if (l.id == id)
                return &l;
    return nullptr;
}

QByteArray why(const DrillScore& s) { return QByteArray::fromStdString(scoreToJson(s).dump()); }

} // namespace

class TestDrillScore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aQuickCorrectDrillScoresHigh()
    {
        const DrillScore s = score(
            drillLog(hypothesis("inventory", "bad-deploy"), 3 * kMinute, 3 * kMinute + 20 * kSecond));
        QCOMPARE(s.verdict, Verdict::Correct);
        QVERIFY2(s.total > 75, why(s));
        QCOMPARE(*s.rootCause, 3 * kMinute);
        QCOMPARE(*s.mitigated, 3 * kMinute + 20 * kSecond);
        QCOMPARE(s.faultStart, kMinute);
        QVERIFY(s.recovered.has_value()); // the rollback really ended the errors in the replay
        QVERIFY2(s.budgetBurned < 0.5 * s.budgetIfNothing, why(s));
        QCOMPARE(line(s, "trigger")->points, 10.0);
        QCOMPARE(line(s, "evidence")->points, 10.0);
    }

    void acknowledgementIsTimedFromTheFirstPage()
    {
        // The replay evaluates the drill's monitors. The api SLO pages only once its one-hour burn rate
        // passes 14.4, several minutes into the bad deploy; the page is acknowledged a minute later, and
        // that minute is what the score counts — not the time since the fault.
        std::vector<DrillAction> log = drillLog(hypothesis("inventory", "bad-deploy"), 3 * kMinute, 9 * kMinute);
        log.erase(log.begin() + 1); // drillLog acknowledges at 90 s; acknowledge the real page instead
        const DrillScore first = score(log);
        QVERIFY2(first.firstPage.has_value(), why(first));
        QVERIFY2(*first.firstPage > first.faultStart && *first.firstPage < 9 * kMinute, why(first));
        const SimTime ackAt = *first.firstPage + kMinute;
        const auto mitigation = std::find_if(
            log.begin(), log.end(), [](const DrillAction& a) { return a.type == ActionType::MitigationApply; });
        log.insert(mitigation, DrillAction::ackAlert(ackAt, "api-slo"));
        const DrillScore s = score(log);
        QCOMPARE(s.firstPage, first.firstPage);
        QCOMPARE(*s.acknowledged, ackAt);
        QVERIFY2(line(s, "ack")->detail.find("1m after the first page") != std::string::npos, why(s));

        // Rolled back before the hour's burn adds up: nothing pages, and acknowledgement is timed from the fault.
        const DrillScore quick = score(drillLog(hypothesis("inventory", "bad-deploy"), 3 * kMinute, 4 * kMinute));
        QVERIFY2(!quick.firstPage.has_value(), why(quick));
        QVERIFY2(line(quick, "ack")->detail.find("after the fault") != std::string::npos, why(quick));
    }

    void fasterCorrectBeatsSlowerCorrect()
    {
        const DrillScore fast = score(drillLog(hypothesis("inventory", "bad-deploy"), 3 * kMinute, 4 * kMinute));
        const DrillScore slow = score(drillLog(hypothesis("inventory", "bad-deploy"), 7 * kMinute, 8 * kMinute));
        QVERIFY2(fast.total > slow.total, why(fast) + "\n" + why(slow));
        QVERIFY(line(fast, "root-cause")->points > line(slow, "root-cause")->points);
        QVERIFY(line(fast, "mitigation")->points > line(slow, "mitigation")->points);
        QVERIFY(line(fast, "error-budget")->points > line(slow, "error-budget")->points); // less budget burned
    }

    void correctBeatsWrong()
    {
        const DrillScore right = score(drillLog(hypothesis("inventory", "bad-deploy"), 7 * kMinute, 8 * kMinute));
        const DrillScore wrong = score(
            drillLog(hypothesis("db", "capacity", ""), 3 * kMinute, 4 * kMinute, "scale-out", "api"));
        QCOMPARE(wrong.verdict, Verdict::Wrong);
        QCOMPARE(wrong.total, 0.0);
        QVERIFY(right.total > wrong.total);
        QCOMPARE(wrong.wrongMitigations, 1);
        QVERIFY(!wrong.recovered);
    }

    void neighbourAndWrongMechanismGetPartialCredit()
    {
        const auto at = 3 * kMinute;
        const DrillScore right = score(drillLog(hypothesis("inventory", "bad-deploy"), at, at + kMinute));
        const DrillScore mechanism = score(drillLog(hypothesis("inventory", "capacity"), at, at + kMinute));
        const DrillScore neighbour = score(drillLog(hypothesis("api", "bad-deploy", ""), at, at + kMinute));
        const DrillScore far = score(drillLog(hypothesis("payments-api", "bad-deploy", ""), at, at + kMinute));
        QCOMPARE(mechanism.verdict, Verdict::RightComponentWrongMechanism);
        QCOMPARE(neighbour.verdict, Verdict::Neighbour);
        QCOMPARE(far.verdict, Verdict::Wrong);
        QVERIFY2(right.total > mechanism.total && mechanism.total > 0, why(mechanism));
        QVERIFY2(right.total > neighbour.total && neighbour.total > 0, why(neighbour));
        QCOMPARE(far.total, 0.0);
    }

    void alternativesCountAsCorrect()
    {
        auto sc = badDeployDrill();
        sc->answer.alternatives = {"api"};
        const DrillScore s = scoreDrill(std::shared_ptr<const Scenario>(sc),
                                        drillLog(hypothesis("api", "bad-deploy"), 3 * kMinute, 4 * kMinute));
        QCOMPARE(s.verdict, Verdict::Correct);
    }

    void hintsCost()
    {
        auto log = drillLog(hypothesis("inventory", "bad-deploy"), 3 * kMinute, 4 * kMinute);
        const DrillScore clean = score(log);
        log.insert(log.begin() + 4, DrillAction::takeHint(2 * kMinute, 0));
        log.insert(log.begin() + 5, DrillAction::takeHint(2 * kMinute + kSecond, 1));
        const DrillScore hinted = score(log);
        QCOMPARE(hinted.hintsTaken, 2);
        QCOMPARE(clean.total - hinted.total, 10.0);
    }

    void wrongGuessesCost()
    {
        auto log = drillLog(hypothesis("inventory", "bad-deploy"), 3 * kMinute, 4 * kMinute);
        const DrillScore clean = score(log);
        log.insert(log.begin() + 4, DrillAction::submitHypothesis(2 * kMinute, hypothesis("db", "capacity", "")));
        const DrillScore guessed = score(log);
        QCOMPARE(guessed.wrongHypotheses, 1);
        QCOMPARE(guessed.verdict, Verdict::Correct); // the final answer counts
        QCOMPARE(clean.total - guessed.total, 5.0);
    }

    void aWrongMitigationCostsAndDoesNotRecover()
    {
        const DrillScore right = score(drillLog(hypothesis("inventory", "bad-deploy"), 3 * kMinute, 4 * kMinute));
        const DrillScore restarted = score(
            drillLog(hypothesis("inventory", "bad-deploy"), 3 * kMinute, 4 * kMinute, "restart", "inventory"));
        QVERIFY(!restarted.mitigated);
        QCOMPARE(restarted.wrongMitigations, 1);
        QVERIFY(restarted.budgetBurned > right.budgetBurned);
        QVERIFY(right.total - restarted.total > 25);
    }

    void theInvestigationPathShowsToolsTimeAndQueries()
    {
        const DrillScore s = score(drillLog(hypothesis("inventory", "bad-deploy"), 3 * kMinute, 4 * kMinute));
        QCOMPARE(s.path.tools.size(), std::size_t{2});
        QCOMPARE(s.path.tools[0].view, std::string("traces"));
        QCOMPARE(s.path.tools[0].time, 3 * kMinute - 30 * kSecond - 95 * kSecond);
        QCOMPARE(s.path.tools[0].queries, 1);
        QCOMPARE(s.path.tools[1].time, 10 * kMinute - (3 * kMinute - 30 * kSecond)); // open until drill.end
        QCOMPARE(s.path.queries.size(), std::size_t{1});
        QVERIFY(s.path.taughtButUnused.empty());
    }

    void taughtToolsLeftUnopenedAreNamedByTool()
    {
        // Tags name a tool, another name for one, or a skill; only unopened tools are reported, once each.
        const std::vector<std::string> teaches = {"traces", "red-herring", "errors",      "error-tracking",
                                                  "slo",    "deploys",     "service-map", "alert-triage"};
        const std::vector<DrillAction> log = {DrillAction::start(0, "test-scenario", 7),
                                              DrillAction::openView(10 * kSecond, "traces"),
                                              DrillAction::openView(20 * kSecond, "events")};
        const InvestigationPath path = investigationPath(log, kMinute, teaches);
        QCOMPARE(path.taughtButUnused, (std::vector<std::string>{"error-tracking", "service-map", "alerts"}));
        QCOMPARE(toolTaughtBy("runbooks"), std::string_view("monitors"));
        QVERIFY(toolTaughtBy("capacity").empty());
    }

    void noHypothesisScoresNothing()
    {
        const DrillScore s = score({DrillAction::start(0, "test-scenario", 7), DrillAction::end(5 * kMinute)});
        QCOMPARE(s.verdict, Verdict::NoHypothesis);
        QCOMPARE(s.total, 0.0);
    }

    void theScoreIsAPureFunctionOfTheLog()
    {
        const auto log = drillLog(hypothesis("inventory", "bad-deploy"), 3 * kMinute, 4 * kMinute);
        QCOMPARE(scoreToJson(score(log)).dump(), scoreToJson(score(log)).dump());
        const auto reread = parseActionLog(actionLogToJsonl(log), "log.jsonl");
        QVERIFY(reread.ok());
        QVERIFY(reread.actions == log);
        QCOMPARE(scoreToJson(score(reread.actions)).dump(), scoreToJson(score(log)).dump());
    }

    void theSeedOfTheLogIsTheSeedReplayed()
    {
        auto log = drillLog(hypothesis("inventory", "bad-deploy"), 3 * kMinute, 4 * kMinute);
        const ReplayFacts seven = replayDrill(badDeployDrill(), log);
        log.front().seed = 8;
        const ReplayFacts eight = replayDrill(badDeployDrill(), log);
        QCOMPARE(seven.seed, std::uint64_t{7});
        QCOMPARE(eight.seed, std::uint64_t{8});
        QVERIFY(seven.requests != eight.requests);
    }

    // The clock's actions say how much of the trainee's own time lay behind the drill times.
    void thePaceReadsSpeedsPausesAndJumps()
    {
        auto stamped = [](DrillAction a, double wall) {
            a.wall = wall;
            return a;
        };
        // 1× for a minute, 5× (the next minute takes 12 s), a 30 s pause, 5× to 3m, a jump to 10m that takes
        // 3 s to compute, then 1× again.
        const std::vector<DrillAction> log{stamped(DrillAction::start(0, "test-scenario", 7), 0),
                                           stamped(DrillAction::setSpeed(0, 1), 0),
                                           stamped(DrillAction::setSpeed(60 * kSecond, 5), 60),
                                           stamped(DrillAction::pauseClock(120 * kSecond), 72),
                                           stamped(DrillAction::resumeClock(120 * kSecond, 30), 102),
                                           stamped(DrillAction::jump(600 * kSecond, 180 * kSecond), 117),
                                           stamped(DrillAction::setSpeed(600 * kSecond, 1), 117),
                                           stamped(DrillAction::end(700 * kSecond), 217)};
        const DrillPace pace = drillPace(log, 700 * kSecond);
        QVERIFY(pace.known);
        QVERIFY(!pace.realTime());
        QCOMPARE(pace.speeds.size(), std::size_t{2});
        QCOMPARE(pace.speeds[0].speed, 1.0); // the largest share first: 160 s at 1×, 120 s at 5×
        QCOMPARE(pace.speeds[0].played, 160 * kSecond);
        QCOMPARE(pace.speeds[1].speed, 5.0);
        QCOMPARE(pace.speeds[1].played, 120 * kSecond);
        QCOMPARE(pace.pauses, 1);
        QCOMPARE(pace.pausedSeconds, 30.0);
        QCOMPARE(pace.jumps, 1);
        QCOMPARE(pace.jumped, 420 * kSecond);
        // When the drill reached a moment, in the trainee's own time.
        QCOMPARE(*pace.wallWhenReached(30 * kSecond), 30.0);   // at 1×
        QCOMPARE(*pace.wallWhenReached(90 * kSecond), 66.0);   // 30 s at 5× after the minute
        QCOMPARE(*pace.wallWhenReached(150 * kSecond), 108.0); // after the pause, at 5×
        QCOMPARE(*pace.wallWhenReached(180 * kSecond), 114.0); // where the jump began
        QCOMPARE(*pace.wallWhenReached(660 * kSecond), 177.0); // at 1× after the jump

        // At 1× with nothing skipped, drill time is the trainee's time.
        const std::vector<DrillAction> steady{DrillAction::start(0, "test-scenario", 7), DrillAction::setSpeed(0, 1),
                                              DrillAction::end(300 * kSecond)};
        QVERIFY(drillPace(steady, 300 * kSecond).realTime());
        // A log from before the clock was logged says nothing about its pace.
        const DrillPace unknown = drillPace(drillLog(hypothesis("inventory", "bad-deploy"), 3 * kMinute, 4 * kMinute),
                                            5 * kMinute);
        QVERIFY(!unknown.known);
        QVERIFY(!unknown.wallWhenReached(kMinute));
    }

    // The score shows the pace (JSON too) and is not changed by it: the same log at another pace scores the same.
    void thePaceIsShownNotScored()
    {
        auto sc = std::shared_ptr<const Scenario>(badDeployDrill());
        std::vector<DrillAction> log = drillLog(hypothesis("inventory", "bad-deploy"), 3 * kMinute, 4 * kMinute);
        const DrillScore plain = scoreDrill(sc, log);
        log.insert(log.begin() + 1, DrillAction::setSpeed(0, 10));
        for (DrillAction& a : log)
            a.wall = toSeconds(a.at) / 10.0; // played at 10× from the start
        const DrillScore fast = scoreDrill(sc, log);
        QCOMPARE(fast.total, plain.total);
        const auto json = scoreToJson(fast);
        QVERIFY(!scoreToJson(plain).contains("pace"));
        QCOMPARE(json["pace"]["speeds"][0]["speed"].get<double>(), 10.0);
        QCOMPARE(json["pace"]["realTime"].get<bool>(), false);
        // Root cause 2 minutes after the fault at 1m, at 10×: 12 s of the trainee's time.
        QCOMPARE(json["pace"]["wallSecondsToRootCause"].get<double>(), 12.0);
        QVERIFY(!plain.ownSecondsToRootCause);
    }

    // Acting before there is anything to act on never pays: a hypothesis before the fault is a guess (no
    // root-cause points, not the final answer, a penalty), an acknowledgement before the page acknowledges
    // nothing. For every moment before, the same action a moment after scores at least as well.
    void actingBeforeTheEvidenceNeverScoresBetter()
    {
        const auto sc = badDeployDrill(); // the fault starts at 1m
        ReplayFacts facts;
        facts.faultStart = kMinute;
        facts.firstPage = 150 * kSecond;
        facts.end = 12 * kMinute;
        facts.budgetBurned = 0.02;
        ReplayFacts nothing = facts;
        nothing.budgetBurned = 0.05;
        const Hypothesis right = hypothesis("inventory", "bad-deploy");
        auto scored = [&](std::vector<DrillAction> log) { return scoreDrill(*sc, log, facts, nothing); };
        auto logWith = [&](std::vector<DrillAction> middle) {
            std::vector<DrillAction> log{DrillAction::start(0, "test-scenario", 7)};
            log.insert(log.end(), middle.begin(), middle.end());
            log.push_back(DrillAction::end(10 * kMinute, "resolved"));
            return log;
        };
        const DrillScore afterFault = scored(logWith({DrillAction::submitHypothesis(kMinute, right)}));
        QCOMPARE(afterFault.verdict, Verdict::Correct);
        const DrillScore afterPage = scored(logWith({DrillAction::ackAlert(150 * kSecond, "api-slo")}));
        QVERIFY(afterPage.acknowledged.has_value());
        for (SimTime t = 0; t < kMinute; t += 5 * kSecond) {
            const DrillScore guess = scored(logWith({DrillAction::submitHypothesis(t, right)}));
            QVERIFY2(guess.total <= afterFault.total, why(guess));
            QVERIFY(!guess.rootCause);
            QCOMPARE(guess.verdict, Verdict::NoHypothesis);
            QCOMPARE(guess.guesses, 1);
            // A guess before and the same answer after costs the guess.
            const DrillScore both = scored(
                logWith({DrillAction::submitHypothesis(t, right), DrillAction::submitHypothesis(kMinute, right)}));
            QVERIFY2(both.total < afterFault.total, why(both));
            QCOMPARE(*both.rootCause, kMinute);
        }
        for (SimTime t = 0; t < 150 * kSecond; t += 5 * kSecond) {
            const DrillScore early = scored(logWith({DrillAction::ackAlert(t, "api-slo")}));
            QVERIFY2(line(early, "ack")->points <= line(afterPage, "ack")->points, why(early));
            QVERIFY(!early.acknowledged);
        }
    }

    // The error-budget line is one formula: what the trainee burned against what doing nothing burns, with
    // stakes below 0.1 % of the budget counted as none. Background noise and no errors at all score alike;
    // a trainee who burns budget where nothing was at stake loses the line.
    void theErrorBudgetLineIsContinuous()
    {
        const auto sc = badDeployDrill();
        const std::vector<DrillAction> log{DrillAction::start(0, "test-scenario", 7), DrillAction::end(10 * kMinute)};
        auto budgetPoints = [&](double burned, double ifNothing) {
            ReplayFacts facts;
            facts.faultStart = kMinute;
            facts.end = 10 * kMinute;
            facts.budgetBurned = burned;
            ReplayFacts nothing = facts;
            nothing.budgetBurned = ifNothing;
            return line(scoreDrill(*sc, log, facts, nothing), "error-budget")->points;
        };
        QCOMPARE(budgetPoints(0, 0), 15.0);
        QVERIFY(budgetPoints(4.6e-05, 4.6e-05) > 14.0); // background errors, nobody acted: as good as none
        QVERIFY(std::abs(budgetPoints(4.6e-05, 4.6e-05) - budgetPoints(0, 0)) < 1.0);
        QCOMPARE(budgetPoints(0.01, 0), 0.0);     // burned budget where nothing was at stake
        QCOMPARE(budgetPoints(0.05, 0.05), 0.0);  // real stakes, nothing saved
        QCOMPARE(budgetPoints(0.025, 0.05), 7.5); // half saved
        // No jump at the threshold: just below and just above it, doing nothing scores (almost) the same.
        QVERIFY(std::abs(budgetPoints(0.000999, 0.000999) - budgetPoints(0.001001, 0.001001)) < 0.1);
    }

    void everyMechanismHasALabel()
    {
        QCOMPARE(mechanismTaxonomy().size(), std::size_t{10});
        for (const MechanismInfo& m : mechanismTaxonomy())
            QVERIFY(!m.label.empty() && findMechanism(m.id) == &m);
        QVERIFY(!findMechanism("slow-db"));
    }
};

QTEST_GUILESS_MAIN(TestDrillScore)
#include "tst_drillscore.moc"
