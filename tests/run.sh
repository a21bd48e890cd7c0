#!/usr/bin/env bash
# Builds transcript and runs every test (GoogleTest suites of the core, SQL tests through
# the sqlite3 shell, and the real clients). Installs what it needs first.
#   bash tests/run.sh
set -euo pipefail
cd "$(dirname "$0")/.."
bash tests/install-deps.sh
jobs=$(nproc 2>/dev/null || echo 2)
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build -j"$jobs"
ctest --test-dir build --output-on-failure -j"$jobs"
