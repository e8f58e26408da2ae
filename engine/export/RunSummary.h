#pragma once

#include "sim/Simulator.h"

#include <nlohmann/json.hpp>

namespace kunren {

// summary.json of a run: what was simulated, how much telemetry it produced, the totals per
// component and the system events (deploys, restarts, scaling) in time order.
nlohmann::json runSummary(const Simulator& simulator);

class DrillSession;
// The same, plus "alerts": every alert transition and notification (with channels) in time order, the
// final state of each monitor group and monitors that could not be evaluated.
nlohmann::json runSummary(const DrillSession& session);

} // namespace kunren
