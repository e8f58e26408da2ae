#!/usr/bin/env bash
# Builds Kunren and runs every test suite headless (the command CI runs).
set -euo pipefail
cd "$(dirname "$0")/.."
tools/install-deps.sh
cmake --preset dev >/dev/null
cmake --build --preset dev
ctest --preset dev
