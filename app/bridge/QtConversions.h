#pragma once

#include "core/LocalizedText.h"

#include <QLocale>
#include <QString>

#include <string_view>

namespace kunren::app {

inline QString qs(std::string_view s) { return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size())); }

// The text in the UI language (Japanese when the locale is Japanese), falling back to English.
inline QString localized(const LocalizedText& text)
{
    const bool japanese = QLocale().language() == QLocale::Japanese;
    return qs(text.in(japanese ? "ja" : "en"));
}

} // namespace kunren::app
