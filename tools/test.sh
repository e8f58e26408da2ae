#!/usr/bin/env bash
# Checks the C++ style (.clang-format), builds Kunren with AddressSanitizer + UBSan and runs every test suite
# headless, the store's suites under ThreadSanitizer, then every parser of outside input under libFuzzer (the
# command CI runs). One sanitized build serves the suites: they prove behaviour and
# memory safety at once, and -O1 keeps the drill library suite to a few minutes under the sanitizers. The
# fuzzers are a second, small clang build of the parsers only (scenario files, action logs, search queries):
# their seed corpus is replayed, then each explores for KUNREN_FUZZ_SECONDS (default 45) — a fixed budget.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/install-deps.sh
tools/check-format.sh
cmake --preset dev-asan >/dev/null
cmake --build --preset dev-asan
ctest --preset dev-asan
# The store is single-writer, many-reader: its suites again under ThreadSanitizer (a build of those only).
cmake --preset tsan >/dev/null
cmake --build --preset tsan
ctest --preset tsan
tests/fuzz/run-fuzzers.sh --regression
tests/fuzz/run-fuzzers.sh "${KUNREN_FUZZ_SECONDS:-45}"
