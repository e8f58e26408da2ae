#pragma once

#include "sim/Simulator.h"

#include <nlohmann/json.hpp>

namespace kunren {

// summary.json of a run: what was simulated, how much telemetry it produced, the totals per
// component and the system events (deploys, restarts, scaling) in time order.
nlohmann::json runSummary(const Simulator& simulator);

} // namespace kunren
