#!/usr/bin/env bash
# Builds transcript, then runs the walkthrough of examples/README.md: builds an archive of
# the pages in examples/data/ with sql/archive.sql (in a temporary database) and prints each
# query with its real result. Installs what it needs first.
#   bash examples/demo.sh
# examples/demo.sql holds shorter queries on the example page alone:
#   sqlite3 -cmd '.load ./build/transcript' :memory: < examples/demo.sql
set -euo pipefail
cd "$(dirname "$0")/.."
bash tests/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTRANSCRIPT_TESTS=OFF >/dev/null
cmake --build build -j"$(nproc 2>/dev/null || echo 2)" >/dev/null
/usr/bin/python3 examples/check_walkthrough.py "$(command -v sqlite3)" build/transcript.so show
