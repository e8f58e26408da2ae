#!/usr/bin/env bash
# Installs dependencies, builds Kunren and starts the app on a built-in scenario.
#   tools/start.sh [SCENARIO_ID]      (default: shop-slow-query)
set -euo pipefail
cd "$(dirname "$0")/.."
tools/install-deps.sh
cmake --preset dev >/dev/null
cmake --build --preset dev
exec build/dev/app/gui/kunren --scenario "${1:-shop-slow-query}"
