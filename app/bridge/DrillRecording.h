#pragma once

#include "drill/DrillAction.h"

#include <QMetaType>

#include <cstdint>
#include <string>
#include <vector>

namespace kunren::app {

// Where the drill's action log goes, handed to the worker when a drill loads. The worker opens its own
// connection to the database (SQLite connections stay on one thread) and writes each action as it happens.
struct DrillRecordingPlan
{
    std::string dbPath;  // empty: keep the log in memory only
    std::string trainee; // who drills (added to the database if new)
    std::string team;
    std::int64_t resumeDrillId = 0;         // > 0: continue this interrupted drill …
    std::vector<DrillAction> resumeActions; // … whose log so far is this
};

} // namespace kunren::app

Q_DECLARE_METATYPE(kunren::DrillAction)
