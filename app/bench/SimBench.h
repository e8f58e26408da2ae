#pragma once

namespace kunren::cli {

// `kunren-bench sim`: span generation throughput and bytes per stored span on the small shop
// topology at high load, and the 60-service platform simulated for an hour. Prints figures only.
int runSimBenchmark(bool quick);

} // namespace kunren::cli
