#pragma once

#include <QIcon>
#include <QString>

namespace kunren::app {

// The workspace's icons: simple line glyphs painted at whatever size and device pixel ratio they are
// shown at (crisp at 2×, no image files), in the palette's text colour, so the rail and every toolbar
// share one style in light and dark palettes.
enum class Glyph {
    Drills,
    Channels,
    Map,
    Apm,
    Traces,
    Logs,
    Metrics,
    Errors,
    Events,
    Monitors,
    Drill,
    Score,
    History,
    Play,
    Pause,
    ZoomIn,
    ZoomOut,
    Fit,
    Focus,
    Back,
    Keyboard,
    Page,
};

QIcon glyphIcon(Glyph glyph);
// The rail icon of a workspace page id ("logs", "map" …); a neutral glyph for pages it does not know.
QIcon pageIcon(const QString& pageId);

} // namespace kunren::app
