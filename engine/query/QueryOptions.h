#pragma once

namespace kunren {

// What a query needs to know that the telemetry does not record. Nothing today: env: and the resource
// attributes come from the store's deployment, as the export's do. Kept so callers need not change when
// something is added.
struct QueryOptions
{
};

} // namespace kunren
