#!/usr/bin/env bash
# Builds Kunren with AddressSanitizer + UBSan and runs every test suite headless (the command CI runs).
# One sanitized build serves both purposes: the suite proves behaviour and memory safety at once, and CI
# compiles the project only once. -O1 keeps the drill library suite to a few minutes under the sanitizers.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/install-deps.sh
cmake --preset dev-asan >/dev/null
cmake --build --preset dev-asan
ctest --preset dev-asan
