#pragma once

#include "drill/Retrospective.h"

#include <QString>

#include <span>

namespace kunren::app {

// The engine drafts a retrospective in English, the CLI's language. The workspace words the same draft
// in its own: the same facts (RetroFacts, the timeline's actions and events) through tr(), and the
// scenario's texts in the chosen language. A stored retrospective is the trainee's text and is never reworded.
void wordRetrospectiveDraft(Retrospective& draft, const Scenario& scenario, std::span<const DrillAction> actions,
                            const DrillScore* score);

// One timeline entry as the workspace words it; the engine's text for an entry it cannot place (one
// loaded from an older draft). A mitigation keeps the engine's account of what it did after the arrow.
QString timelineEntryText(const DrillTimelineEntry& entry, const Scenario& scenario,
                          std::span<const DrillAction> actions);

// Who a timeline entry is from (system, alert, trainee), as shown.
QString timelineSourceLabel(const std::string& source);

// The Markdown export's headings, columns and labels in the workspace's language.
RetroMarkdownWords retroMarkdownWords();

} // namespace kunren::app
