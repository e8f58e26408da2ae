#pragma once

#include "alerting/AlertEngine.h"

#include <QMetaType>

#include <vector>

namespace kunren::app {

// What the alert engine produced since the last delta, copied on the drill's worker thread so the GUI
// thread never touches the engine. States are every monitor group's current state (a full snapshot).
struct AlertDelta
{
    std::vector<AlertTransition> transitions;
    std::vector<AlertNotification> notifications;
    std::vector<AlertEngine::GroupState> states;
};

} // namespace kunren::app

Q_DECLARE_METATYPE(kunren::app::AlertDelta)
