#!/usr/bin/env bash
# Builds the libFuzzer targets with the `fuzz` preset (in build/fuzz) and runs each for N seconds.
#   usage: tests/fuzz/run-fuzzers.sh [SECONDS]      (default 30; KUNREN_JOBS sets build parallelism)
#          tests/fuzz/run-fuzzers.sh --regression   (replay the seed corpus once: deterministic, for CI)
# New corpus entries go to build/fuzz/corpus/NAME; the seeds in tests/fuzz/corpus/ are only read.
# Crashing inputs are written to build/fuzz/artifacts/ and make the script fail.
set -euo pipefail

seconds="${1:-30}"
regression=0
if [[ "$seconds" == "--regression" ]]; then
  regression=1
fi
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"

cmake --preset fuzz
cmake --build --preset fuzz --target kunren_fuzzers -j "${KUNREN_JOBS:-2}"

mkdir -p build/fuzz/artifacts
status=0
found=0
for fuzzer in build/fuzz/tests/fuzz/fuzz_*; do
  [[ -f "$fuzzer" && -x "$fuzzer" ]] || continue
  found=1
  name="$(basename "$fuzzer")"
  topic="${name#fuzz_}"
  topic="${topic%%_*}"                 # fuzz_scenario_loader → scenario
  seeds="tests/fuzz/corpus/$topic"
  corpus="build/fuzz/corpus/$name"
  mkdir -p "$corpus"
  args=(-timeout=10 -rss_limit_mb=2048 -artifact_prefix="build/fuzz/artifacts/$name-")
  if [[ $regression -eq 1 ]]; then
    # Every seed once, nothing new: CI must not pass or fail by luck.
    [[ -d "$seeds" ]] || continue
    echo "== $name over $(ls "$seeds" | wc -l) seeds"
    if ! "$fuzzer" "${args[@]}" -runs=0 "$seeds"; then
      echo "!! $name failed on a seed; see build/fuzz/artifacts/" >&2
      status=1
    fi
    continue
  fi
  args+=(-max_total_time="$seconds" -print_final_stats=1)
  [[ -f "tests/fuzz/$topic.dict" ]] && args+=(-dict="tests/fuzz/$topic.dict")
  echo "== $name for ${seconds}s"
  if ! "$fuzzer" "${args[@]}" "$corpus" $( [[ -d "$seeds" ]] && echo "$seeds" ); then
    echo "!! $name found a problem; see build/fuzz/artifacts/" >&2
    status=1
  fi
done
if [[ $found -eq 0 ]]; then
  echo "no fuzz targets were built (is the compiler clang?)" >&2
  exit 2
fi
exit $status
