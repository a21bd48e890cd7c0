#!/usr/bin/env bash
# Builds transcript and runs every test (GoogleTest suites of the core, SQL tests through
# the sqlite3 shell, and the real clients). Installs what it needs first.
#   bash tests/run.sh
set -euo pipefail
cd "$(dirname "$0")/.."
bash tests/install-deps.sh
# Node's better-sqlite3 (v12: v13 needs Node 22) for the client test; npm builds it from
# source, since prebuilt binaries cannot be downloaded here.
if ! command -v node >/dev/null; then bash tests/install-deps.sh nodejs npm; fi
if [ ! -d tests/clients/node/node_modules/better-sqlite3/build/Release ]; then
  (cd tests/clients/node && npm ci --no-audit --no-fund --loglevel=error)
fi
jobs=$(nproc 2>/dev/null || echo 2)
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build -j"$jobs"
ctest --test-dir build --output-on-failure -j"$jobs"
