#pragma once

#include "scenario/FieldReader.h"
#include "scenario/Topology.h"

namespace kunren {

// Converts a schema-valid topology document into the model. Element order is kept, so the model's
// indices map back to JSON pointers (/services/3/endpoints/1 …) for the semantic checks.
Topology readTopology(const nlohmann::json& root, ValidationIssues& issues);

// The "traffic" object, shared by topologies and scenarios.
TrafficSpec readTraffic(const FieldReader& traffic);

} // namespace kunren
