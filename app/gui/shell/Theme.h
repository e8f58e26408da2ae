#pragma once

#include <QString>

namespace kunren::app {

// Light and dark palettes on the Fusion style, so every platform (and the offscreen one) looks the same.
// Views that paint their own colours read them from the palette, never hard-code a background.
enum class Theme { Light, Dark };

void applyTheme(Theme theme);
Theme currentTheme();
QString themeName(Theme theme);

} // namespace kunren::app
