#pragma once

#include "scenario/FieldReader.h"
#include "scenario/Scenario.h"

namespace kunren {

// Converts a schema-valid scenario document into the model (without its topology: the loader attaches
// it and copies its traffic when the scenario has none). Element order is kept, so model indices map
// back to JSON pointers (/faults/2 …).
Scenario readScenario(const nlohmann::json& root, ValidationIssues& issues);

} // namespace kunren
