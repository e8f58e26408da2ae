#pragma once

#include <QColor>
#include <QString>

namespace kunren::app {

// Text colours with a meaning, chosen for the palette in use so they read on light and dark
// backgrounds alike. Rich-text views (details panes, banners) use toneName() in their HTML.
enum class Tone {
    Muted,   // secondary text: labels, hints, "no data"
    Error,   // errors, failed spans, critical
    Warning, // warnings, broken propagation
};

QColor toneColour(Tone tone);
QString toneName(Tone tone); // "#rrggbb" for HTML and style sheets

// Rich text written with the light palette's colours (#666 labels, #c62828 errors, #e65100 warnings,
// #f6f6f6 code backgrounds) turned into the current palette's: details panes pass their HTML through
// this before showing it.
QString themedHtml(QString html);

} // namespace kunren::app
