#pragma once

#include <span>
#include <string_view>

namespace kunren {

// The fixed taxonomy of failure mechanisms a hypothesis (and a scenario's answer key) names.
// Ids are what files and logs carry; the schema's `answer.mechanism` enum is the same list.
struct MechanismInfo
{
    std::string_view id;          // e.g. "resource-exhaustion"
    std::string_view label;       // English label, e.g. "Resource exhaustion" (the GUI translates its own)
    std::string_view description; // when to pick it
};

std::span<const MechanismInfo> mechanismTaxonomy();
const MechanismInfo* findMechanism(std::string_view id);

} // namespace kunren
