#pragma once

#include <QImage>
#include <QSet>

namespace kunren::test {

// Distinct colours in a sample of the image (every 7th pixel each way): a blank or single-colour window
// has one or two, a page showing data has dozens.
inline int distinctColours(const QImage& image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    return static_cast<int>(colours.size());
}

} // namespace kunren::test
