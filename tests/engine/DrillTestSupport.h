#pragma once

// A drill on the small test topology (TestTopology.h) with an answer key, and action logs built in code:
// inventory 2.0.0 is a bad deploy at 1m; api (its caller) is a topology neighbour.

#include "TestTopology.h"

#include "drill/DrillAction.h"

#include <vector>

namespace kunren::test {

inline std::shared_ptr<Scenario> badDeployDrill()
{
    auto f = fault(FaultKind::BadDeploy, "inventory", "GET /stock", kMinute, 0.5);
    f.version = "2.0.0";
    f.event = "inventory-deploy";
    f.errorType = "java.lang.IllegalArgumentException";
    f.errorMessage = "unknown warehouse code";
    auto sc = scenarioWith({f}, 12 * kMinute);
    EventSpec deploy;
    deploy.id = "inventory-deploy";
    deploy.kind = EventKind::Deploy;
    deploy.at = kMinute;
    deploy.service = "inventory";
    deploy.version = "2.0.0";
    sc->events = {deploy};
    MonitorSpec slo;
    slo.id = "api-slo";
    slo.type = "slo";
    slo.service = "api";
    slo.slo = 0.999;
    slo.route = RouteKind::Page;
    sc->monitors = {slo};
    sc->answer.component = "inventory";
    sc->answer.mechanism = "bad-deploy";
    sc->answer.trigger = "inventory-deploy";
    sc->answer.mitigation = "rollback";
    sc->targets = {2 * kMinute, 4 * kMinute, 6 * kMinute};
    sc->teaches = {"traces", "events"};
    sc->hints = {{2 * kMinute, {"Look at the deploys", {}}}, {3 * kMinute, {"inventory changed", {}}}};
    return sc;
}

inline Hypothesis hypothesis(std::string component, std::string mechanism, std::string trigger = "inventory-deploy",
                             std::vector<std::string> evidence = {"event:inventory-deploy",
                                                                  "error:IllegalArgumentException",
                                                                  "query:service:inventory status:error"})
{
    return {std::move(component), std::move(mechanism), std::move(trigger), std::move(evidence)};
}

// A trainee who acknowledges, looks, names `h` at `rootCauseAt` and rolls inventory back at `mitigateAt`.
inline std::vector<DrillAction> drillLog(Hypothesis h, SimTime rootCauseAt, SimTime mitigateAt,
                                         std::string mitigation = "rollback", std::string target = "inventory")
{
    return {DrillAction::start(0, "test-scenario", 7),
            DrillAction::ackAlert(90 * kSecond, "api-slo"),
            DrillAction::openView(95 * kSecond, "traces"),
            DrillAction::runQuery(100 * kSecond, "traces", "service:api status:error"),
            DrillAction::openView(rootCauseAt - 30 * kSecond, "events"),
            DrillAction::submitHypothesis(rootCauseAt, std::move(h)),
            DrillAction::applyMitigation(mitigateAt, std::move(mitigation), std::move(target)),
            DrillAction::addNote(mitigateAt + kMinute, "rolled back; errors gone"),
            DrillAction::end(10 * kMinute, "resolved")};
}

} // namespace kunren::test
