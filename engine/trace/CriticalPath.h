#pragma once

#include <algorithm>
#include <cstdint>
#include <span>
#include <utility>
#include <vector>

namespace kunren {

// The critical path of a span tree: the spans whose work determines when the trace ends. Standard
// backwards walk: from the latest-ending root, take the child that finishes last (clipped to the parent's
// end), then repeatedly the child that finishes last before the previous pick started, recursing into
// each pick. `interval(i)` gives {start, end}; `children(i)` a span of child indices. Returns span indices
// in start order (a parent before its children at equal start).
template <typename IntervalFn, typename ChildrenFn>
std::vector<std::uint16_t> criticalPath(std::size_t n, IntervalFn interval, ChildrenFn children,
                                        std::span<const std::uint16_t> roots)
{
    std::vector<std::uint16_t> path;
    if (n == 0 || roots.empty())
        return path;
    std::uint16_t root = roots.front();
    for (std::uint16_t r : roots)
        if (interval(r).second > interval(root).second)
            root = r;

    struct Frame
    {
        std::vector<std::uint16_t> byEnd; // children, latest end first
        std::size_t next = 0;
        std::int64_t cursor = 0; // picks must start before this
    };
    std::vector<Frame> stack;
    auto enter = [&](std::uint16_t span, std::int64_t limit) {
        path.push_back(span);
        Frame f;
        const auto kids = children(span);
        f.byEnd.assign(kids.begin(), kids.end());
        std::stable_sort(f.byEnd.begin(), f.byEnd.end(),
                         [&](std::uint16_t a, std::uint16_t b) { return interval(a).second > interval(b).second; });
        f.cursor = std::min<std::int64_t>(interval(span).second, limit);
        stack.push_back(std::move(f));
    };
    enter(root, interval(root).second);
    while (!stack.empty()) {
        Frame& f = stack.back();
        bool descended = false;
        while (f.next < f.byEnd.size()) {
            const std::uint16_t c = f.byEnd[f.next++];
            const auto [start, end] = interval(c);
            if (start >= f.cursor)
                continue; // starts after the part of the parent still to explain
            const std::int64_t limit = std::min<std::int64_t>(end, f.cursor);
            f.cursor = start;
            enter(c, limit); // invalidates f
            descended = true;
            break;
        }
        if (!descended)
            stack.pop_back();
    }
    std::stable_sort(path.begin(), path.end(),
                     [&](std::uint16_t a, std::uint16_t b) { return interval(a).first < interval(b).first; });
    return path;
}

} // namespace kunren
