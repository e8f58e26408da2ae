#include "models/PageWindow.h"

#include <algorithm>

namespace kunren::app {

PageWindow pageWindow(const std::vector<std::uint64_t>& histogram, SimTime from, SimTime to, SimTime bucketWidth,
                      std::size_t offset, std::size_t limit)
{
    if (histogram.empty() || bucketWidth <= 0)
        return PageWindow{from, to, offset};
    const std::size_t n = histogram.size();
    // Walk from the newest bucket back to the one holding row `offset`.
    std::size_t newer = 0; // rows in buckets newer than `hi`
    std::size_t hi = n - 1;
    while (hi > 0 && newer + histogram[hi] <= offset) {
        newer += histogram[hi];
        --hi;
    }
    // Then further back until the slice holds the whole page.
    std::size_t lo = hi;
    std::size_t held = newer + histogram[hi];
    while (lo > 0 && held < offset + limit) {
        --lo;
        held += histogram[lo];
    }
    const auto bucketStart = [&](std::size_t b) { return from + static_cast<SimTime>(b) * bucketWidth; };
    // Rows later than the last bucket (logs stamped after the published time) are in the last bucket:
    // the newest slice keeps the window's own end.
    const SimTime sliceTo = hi == n - 1 ? to : std::min(to, bucketStart(hi + 1));
    // Rows before the window's start never count, so the oldest bucket starts at `from`.
    return PageWindow{lo == 0 ? from : bucketStart(lo), sliceTo, offset - newer};
}

} // namespace kunren::app
