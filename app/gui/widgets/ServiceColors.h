#pragma once

#include <QColor>
#include <QStringView>

namespace kunren::app {

// A service's colour in waterfalls and flame graphs: picked from a palette of well-separated, readable
// hues by a stable hash of the name, so a service keeps its colour across traces and sessions.
QColor serviceColor(QStringView service);
// Span bars of failed spans.
inline QColor errorColor() { return QColor(0xd3, 0x2f, 0x2f); }

} // namespace kunren::app
