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

// A scenario loaded and the options for simulating it, from SCENARIO [--seed N] [--until DURATION].
struct DrillRequest
{
    std::shared_ptr<const Scenario> scenario;
    SimOptions options;
    SimDuration until = 0; // default: the whole scenario
};

// Resolves SCENARIO (id or path) and loads it; parses --seed and --until. On failure prints the reason
// to stderr and sets `exitCode` (kExitInvalid for an invalid scenario, kExitUsage for usage and I/O errors).
std::optional<DrillRequest> drillFromArgs(const std::string& scenario, const Args& args, const char* command,
                                          int& exitCode);

// drillFromArgs, then simulates `--until DURATION` (default: the whole
// scenario) with `--seed N`. On failure prints the reason to stderr and sets `exitCode`
// (kExitInvalid for an invalid scenario, kExitUsage for usage and I/O errors).
std::optional<SimulatedDrill> simulateFromArgs(const std::string& scenario, const Args& args, const char* command,
                                               int& exitCode);

} // namespace kunren::cli
