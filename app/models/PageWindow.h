#pragma once

#include "query/Search.h"

#include <cstddef>
#include <vector>

namespace kunren::app {

// Where to search for rows [offset, offset + limit) of a newest-first result, found from the result's
// histogram: the bucket holding the offset-th newest row and enough older buckets for `limit` rows. The
// engine then filters only that slice of time instead of the whole window, so a page deep in a result of
// millions of rows costs about as much as the first page.
struct PageWindow
{
    SimTime from = 0, to = 0;
    std::size_t offset = 0; // within the slice
};

// `histogram` covers [from, to) in buckets of `bucketWidth` (the last may end early at `to`); rows at or
// after the last bucket's end are counted in the last bucket, so the last slice always ends at `to`.
PageWindow pageWindow(const std::vector<std::uint64_t>& histogram, SimTime from, SimTime to, SimTime bucketWidth,
                      std::size_t offset, std::size_t limit);

} // namespace kunren::app
