#pragma once

#include "Args.h"

#include "sim/Simulator.h"

#include <memory>
#include <optional>
#include <string>

namespace kunren::cli {

// A scenario simulated up to a point, for commands that inspect telemetry (query, trace, errors…).
struct SimulatedDrill
{
    std::shared_ptr<const Scenario> scenario;
    std::unique_ptr<Simulator> simulator;
    const TelemetryStore& telemetry() const { return simulator->telemetry(); }
};

// Resolves SCENARIO (id or path), loads it, and simulates `--until DURATION` (default: the whole
// scenario) with `--seed N`. On failure prints the reason to stderr and sets `exitCode`
// (kExitInvalid for an invalid scenario, kExitUsage for usage and I/O errors).
std::optional<SimulatedDrill> simulateFromArgs(const std::string& scenario, const Args& args, const char* command,
                                               int& exitCode);

} // namespace kunren::cli
