#pragma once

#include <string>

namespace kunren {

// What a query needs to know that the telemetry does not record.
struct QueryOptions
{
    std::string environment = "prod"; // env: tag of every record (the OTLP export's deployment.environment.name)
};

} // namespace kunren
