#!/bin/bash
# Fails when a C++ file in the repository is not formatted as .clang-format says (clang-format 14, Debian 12).
# To fix: tools/check-format.sh --fix
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t files < <(git ls-files '*.cpp' '*.h')
if [[ "${1:-}" == "--fix" ]]; then
  clang-format -i "${files[@]}"
  exit 0
fi
if ! clang-format --dry-run --Werror "${files[@]}" 2> /tmp/kunren-format.log; then
  grep -m 20 "error:" /tmp/kunren-format.log || true
  echo "C++ files differ from .clang-format ($(grep -c 'error:' /tmp/kunren-format.log) places): run tools/check-format.sh --fix" >&2
  exit 1
fi
echo "format: ${#files[@]} files match .clang-format"
