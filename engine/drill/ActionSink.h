#pragma once

// Where a drill's actions are saved as they happen (the drills database: store/DatabaseActionSink.h).
// The recorder keeps the log itself and hands each action to the sink by its number, so an action the sink
// could not take is handed again later, and one it took twice is stored once.

#include "drill/DrillAction.h"

#include <cstdint>

namespace kunren {

class ActionSink
{
public:
    virtual ~ActionSink() = default;

    // Creates the drill's record with its first action, drill.start, as action 1; returns the drill's id.
    // Throws (a std::exception) when it cannot.
    virtual std::int64_t beginDrill(const DrillAction& start) = 0;
    // Stores action number `seq` (drill.start is 1) of drill `drillId`. Storing a number already stored does
    // nothing. Throws (a std::exception) when it cannot; nothing is then stored.
    virtual void append(std::int64_t drillId, std::int64_t seq, const DrillAction& action) = 0;
};

} // namespace kunren
