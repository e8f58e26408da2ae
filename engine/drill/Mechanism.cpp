#include "drill/Mechanism.h"

#include <array>

namespace kunren {

namespace {

// Keep in step with scenarios/schema/scenario.schema.json ($defs/answer/mechanism) and docs/SCENARIOS.md §3.9.
constexpr std::array<MechanismInfo, 10> kTaxonomy{{
    {"bad-deploy", "Bad deploy", "a new version carries a regression"},
    {"resource-exhaustion", "Resource exhaustion", "memory, connections or disk run out inside a component"},
    {"capacity", "Capacity", "there is not enough of something for the load"},
    {"dependency-failure", "Dependency failure", "a dependency is down or failing"},
    {"config-change", "Config change", "a configuration change broke something"},
    {"external-limit", "External limit", "a third party limits us (rate limits, quotas)"},
    {"data-input", "Data / input", "unexpected data shape or input"},
    {"network", "Network", "latency, loss, partition or DNS between services"},
    {"instrumentation", "Instrumentation / telemetry", "the telemetry is broken, not the system"},
    {"not-a-system-fault", "Not a system fault", "the system works; the users' input fails"},
}};

} // namespace

std::span<const MechanismInfo> mechanismTaxonomy() { return kTaxonomy; }

const MechanismInfo* findMechanism(std::string_view id)
{
    for (const MechanismInfo& m : kTaxonomy)
        if (m.id == id)
            return &m;
    return nullptr;
}

} // namespace kunren
