#pragma once

#include "drill/DrillScore.h"
#include "sim/Mitigation.h"

#include <QString>

namespace kunren::app {

// The drill vocabulary in the UI language. The engine keeps English labels; the GUI translates its own,
// keyed by the engine's ids.
QString mechanismLabel(const QString& id);
QString mitigationLabel(MitigationKind kind);
QString mitigationDescription(MitigationKind kind);
QString verdictLabel(Verdict verdict);
QString scoreLineLabel(const ScoreLine& line); // by id; the engine's English label for ids it adds later
// What a line of the score's breakdown was earned for, worded from the score's facts and the scenario's
// targets; in English it reads as the engine's detail. Lines it does not know keep the engine's text.
QString scoreLineDetail(const DrillScore& score, const ScoreLine& line, const Scenario* scenario);
QString toolLabel(const QString& tool);           // a tool as drills log it ("service-map") by its page's title
QString formatDrillTime(SimTime at);              // T+mm:ss (durations: models/Formatting.h)
QString actionItemTypeLabel(const QString& type); // a retrospective action item's type (mitigate, prevent …)

} // namespace kunren::app
