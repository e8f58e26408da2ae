#pragma once

#include <cstdint>
#include <optional>

namespace kunren {

struct SimOptions
{
    std::optional<std::uint64_t> seed;   // overrides the scenario's seed
    // Fraction of traces stored. Unset = automatic: every trace while the topology produces fewer than
    // `autoSampleBudget` spans per simulated second, else head sampling down to that budget.
    std::optional<double> traceSampleRate;
    double autoSampleBudget = 20000.0;
    bool faultsEnabled = true;           // false = the same drill with no fault (emergence checks)
    double faultMagnitudeScale = 1.0;    // scales every fault's magnitude (emergence checks)
};

} // namespace kunren
