#pragma once

#include "scenario/Scenario.h"
#include "sim/SimOptions.h"
#include "telemetry/TelemetryStore.h"

#include <QMetaType>
#include <QtGlobal>

#include <functional>
#include <memory>
#include <vector>

namespace kunren {
class DrillSession;
}

namespace kunren::app {

// How a drill's session is built from its scenario and options, on the drill's worker thread. The default
// constructs a DrillSession; tests give one that is slow or throws, to see how the runner copes.
using DrillSessionFactory =
    std::function<std::unique_ptr<DrillSession>(std::shared_ptr<const Scenario>, const SimOptions&)>;

// What the GUI thread keeps of a session once it is built, copied on the worker thread: the telemetry is
// read through its pointer (the store is safe to read from any thread); the rest never changes during a drill.
struct DrillSessionFacts
{
    const TelemetryStore* telemetry = nullptr;
    std::vector<MonitorSpec> monitors; // the scenario's and Watchdog's
    quint64 seed = 0;
    double traceSampleRate = 1.0;
};

} // namespace kunren::app

Q_DECLARE_METATYPE(kunren::app::DrillSessionFacts)
