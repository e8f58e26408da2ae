#pragma once

namespace kunren::cli {

// `kunren-bench alerts`: what evaluating every monitor (and Watchdog, customer support, error
// tracking) costs over a drill on the 60-service platform, as a share of the simulation's own time.
int runAlertBenchmark(bool quick);

} // namespace kunren::cli
