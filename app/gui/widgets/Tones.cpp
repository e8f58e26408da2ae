#include "widgets/Tones.h"

#include <QGuiApplication>
#include <QPalette>

#include <utility>

namespace kunren::app {

QColor toneColour(Tone tone)
{
    const QPalette pal = QGuiApplication::palette();
    const bool dark = pal.color(QPalette::Base).lightness() < 128;
    switch (tone) {
    case Tone::Muted: {
        // Two thirds of the way from the background to the text: clearly secondary, still readable.
        const QColor text = pal.color(QPalette::Text), base = pal.color(QPalette::Base);
        return QColor::fromRgbF(base.redF() + (text.redF() - base.redF()) * 0.62f,
                                base.greenF() + (text.greenF() - base.greenF()) * 0.62f,
                                base.blueF() + (text.blueF() - base.blueF()) * 0.62f);
    }
    case Tone::Error: return dark ? QColor(0xff, 0x7a, 0x75) : QColor(0xc6, 0x28, 0x28);
    case Tone::Warning: return dark ? QColor(0xff, 0xb7, 0x4d) : QColor(0xb2, 0x5b, 0x00);
    }
    return pal.color(QPalette::Text);
}

QString toneName(Tone tone) { return toneColour(tone).name(); }

QString themedHtml(QString html)
{
    const QPalette pal = QGuiApplication::palette();
    if (pal.color(QPalette::Base).lightness() >= 128)
        return html; // written for the light palette
    const QString muted = toneName(Tone::Muted), error = toneName(Tone::Error), warning = toneName(Tone::Warning);
    const std::pair<const char*, QString> swaps[] = {
        {"background:#f6f6f6;color:#333",
         QStringLiteral("background:%1;color:%2")
             .arg(pal.color(QPalette::AlternateBase).name(), pal.color(QPalette::Text).name())},
        {"color:#333", muted},
        {"color:#444", muted},
        {"color:#555", muted},
        {"color:#666", muted},
        {"color:#777", muted},
        {"color:#c62828", error},
        {"color:#e65100", warning},
        {"color:#b26a00", warning},
    };
    for (const auto& [from, to] : swaps) {
        const QString target = QString::fromLatin1(from);
        html.replace(target, target.startsWith(QLatin1String("background")) ? to : QStringLiteral("color:") + to);
    }
    return html;
}

} // namespace kunren::app
