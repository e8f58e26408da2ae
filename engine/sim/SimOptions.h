#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>

namespace kunren {

struct SimOptions
{
    std::optional<std::uint64_t> seed; // overrides the scenario's seed
    // Fraction of traces stored. Unset = automatic: every trace while the topology produces fewer than
    // `autoSampleBudget` spans per simulated second, else head sampling down to that budget.
    std::optional<double> traceSampleRate;
    // 5,000 spans/s keeps an hour of a 60-service platform near 18 M spans (~15 GB as OTLP/JSON files).
    double autoSampleBudget = 5000.0;
    bool faultsEnabled = true;        // false = the same drill with no fault (emergence checks)
    double faultMagnitudeScale = 1.0; // scales every fault's magnitude (emergence checks)
    // The most spans the drill may store (0: as many as the store's columns hold). A step that would store more
    // throws std::length_error before publishing anything, like a full column: readers keep the last whole second.
    std::size_t spanLimit = 0;
};

} // namespace kunren
