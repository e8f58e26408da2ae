#pragma once

namespace kunren::cli {

// `kunren-bench export`: OTLP/JSON export throughput (MB/s, spans/s, logs/s) for a synthetic store of
// ~2M spans and 1M logs (--quick: a tenth), written to /dev/null. Prints figures only.
int runExportBenchmark(bool quick);

} // namespace kunren::cli
