#include "scenario/Schemas.h"

#include "scenario/SchemaValidator.h"

namespace kunren {

const SchemaValidator& topologySchema()
{
    static const SchemaValidator validator(nlohmann::json::parse(topologySchemaText()));
    return validator;
}

const SchemaValidator& scenarioSchema()
{
    static const SchemaValidator validator(nlohmann::json::parse(scenarioSchemaText()));
    return validator;
}

} // namespace kunren
