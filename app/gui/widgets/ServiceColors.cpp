#include "widgets/ServiceColors.h"

#include <array>

namespace kunren::app {

QColor serviceColor(QStringView service)
{
    // Mid-tone hues that keep dark text readable and stay apart from the error red.
    static constexpr std::array<QRgb, 12> kPalette = {
        0x4e79a7, 0x59a14f, 0xb07aa1, 0xf28e2b, 0x76b7b2, 0xedc948,
        0x9c755f, 0x8cd17d, 0x86bcb6, 0xa0cbe8, 0xd4a6c8, 0xbab0ac,
    };
    quint32 h = 2166136261u; // FNV-1a: stable across runs, unlike qHash's per-process seed
    for (const QChar c : service) {
        h ^= c.unicode();
        h *= 16777619u;
    }
    return QColor::fromRgb(kPalette[h % kPalette.size()]);
}

} // namespace kunren::app
