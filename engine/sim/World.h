#pragma once

#include "scenario/Scenario.h"
#include "sim/ErrorCatalog.h"
#include "sim/Runtime.h"
#include "sim/SimOptions.h"
#include "telemetry/TelemetryStore.h"

#include <cstdint>
#include <memory>
#include <vector>

namespace kunren {

// A traffic entry point, resolved.
struct EntryRt
{
    int endpoint = -1;
    double rate = 0.0;
    Rng rng;
};

// One request attribute's distribution, resolved to interned ids and a cumulative table.
struct AttributeRt
{
    StringId key = kNoString;
    std::vector<StringId> values;
    std::vector<double> cumulative; // normalised to end at 1
};

// Everything the simulation's parts share: the scenario, the runtime graph and the telemetry sink.
struct World
{
    std::shared_ptr<const Scenario> scenario;
    SimOptions options;
    std::uint64_t seed = 0;
    TelemetryStore store;
    ErrorCatalog errors{store};
    std::vector<ServiceRt> services;
    std::vector<EndpointRt> endpoints;
    std::vector<EntryRt> entries;
    std::vector<AttributeRt> attributes;
    SimTime now = 0; // start of the current tick
    double sampleRate = 1.0;
    Rng samplingRng;
    double trafficFactor = 1.0; // daily pattern × spikes, this tick (for entries without their own spike)
    // Per scenario fault: the simulated time from which a mitigation removed its cause (kNeverCured: not).
    std::vector<SimTime> faultCuredAt;
    static constexpr SimTime kNeverCured = INT64_MAX;

    int serviceIndex(std::string_view name) const;
    int endpointIndex(int service, std::string_view name) const;
    bool faultCured(const FaultSpec& f) const
    {
        const auto i = static_cast<std::size_t>(&f - scenario->faults.data());
        return i < faultCuredAt.size() && now >= faultCuredAt[i];
    }
    double faultStrength(const FaultSpec& f) const
    {
        return options.faultsEnabled && !faultCured(f) ? f.intensity(now) * f.magnitude * options.faultMagnitudeScale
                                                       : 0.0;
    }
    StringId intern(std::string_view s) { return store.strings().intern(s); }
};

} // namespace kunren
