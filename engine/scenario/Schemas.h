#pragma once

#include <string_view>

namespace kunren {

class SchemaValidator;

// The JSON Schemas of scenarios/schema, embedded at build time.
std::string_view topologySchemaText();
std::string_view scenarioSchemaText();

// Validators for them, built once on first use.
const SchemaValidator& topologySchema();
const SchemaValidator& scenarioSchema();

} // namespace kunren
