#!/usr/bin/env bash
# Builds transcript, then runs the walkthrough of examples/README.md: builds an archive of
# the pages in examples/data/ with sql/archive.sql (in a temporary database) and prints each
# query with its real result. Installs what it needs first, and says what it is doing.
#   bash examples/demo.sh
# examples/demo.sql holds shorter queries on the example page alone:
#   sqlite3 -cmd '.load ./build/transcript' :memory: < examples/demo.sql
set -euo pipefail
cd "$(dirname "$0")/.."
source tests/progress.sh
jobs=$(nproc 2>/dev/null || echo 2)
step "installing what the build needs (apt, only what is missing)"
bash tests/install-deps.sh
step "configuring build/ (cmake)"
configure build/configure.log cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTRANSCRIPT_TESTS=OFF
step "building build/transcript.so ($jobs jobs; about 4 minutes on 2 cores the first time)"
build build -j"$jobs" --target transcript
step "the walkthrough of examples/README.md: an archive of examples/data/, then each query"
/usr/bin/python3 examples/check_walkthrough.py "$(command -v sqlite3)" build/transcript.so show
