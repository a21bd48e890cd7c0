#!/usr/bin/env bash
# Builds transcript and runs the demo queries of examples/demo.sql on the bundled example
# page, printing their real results. Installs what it needs first.
#   bash examples/demo.sh
set -euo pipefail
cd "$(dirname "$0")/.."
bash tests/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTRANSCRIPT_TESTS=OFF >/dev/null
cmake --build build -j"$(nproc 2>/dev/null || echo 2)" >/dev/null
sqlite3 -batch -cmd '.load ./build/transcript' :memory: < examples/demo.sql
