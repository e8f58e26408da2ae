#pragma once

#include "store/SqlStatement.h"

namespace kunren {

// The schema version this build writes (PRAGMA user_version). A database with a higher version was
// written by a newer Kunren and is refused, never touched.
constexpr int kDrillSchemaVersion = 2;
// PRAGMA application_id of a Kunren database: "KNRN".
constexpr int kDrillApplicationId = 0x4B4E524E;

// Brings the schema from its current user_version up to `target` (≤ kDrillSchemaVersion), one transaction
// per version. Tests call it with a lower target to build an old database.
void migrateDrillSchema(const SqlConnection& db, int target = kDrillSchemaVersion);

} // namespace kunren
