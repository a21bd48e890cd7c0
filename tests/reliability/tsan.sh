#!/usr/bin/env bash
# The thread test (threads_test.cc) under ThreadSanitizer: builds transcript.so and the
# test with -DTRANSCRIPT_TSAN=ON in build-tsan and runs it for SECONDS (default 20), then
# the files test (files_test.cc: threaded scans of the files form that stop early, are
# reset, fail or are interrupted while their workers run).
#   bash tests/reliability/tsan.sh [SECONDS]
# SQLite, ICU, libstemmer and libphonenumber are not instrumented: TSan sees their pthread
# mutexes (intercepted) but not their atomics, so a report inside them alone would need a
# look before being called ours; a report with a frame in transcript.so is ours.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-20}
mkdir -p build-tsan
cmake -S . -B build-tsan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTRANSCRIPT_TSAN=ON >build-tsan/configure.log 2>&1 ||
  { cat build-tsan/configure.log; exit 1; }
cmake --build build-tsan --target transcript reliability_threads reliability_files -j"${TSAN_JOBS:-$(nproc 2>/dev/null || echo 2)}"
cd tests
TRANSCRIPT_THREADS_SECONDS=$seconds TSAN_OPTIONS="halt_on_error=1 second_deadlock_stack=1" \
  ../build-tsan/tests/reliability/reliability_threads
TSAN_OPTIONS="halt_on_error=1 second_deadlock_stack=1" ../build-tsan/tests/reliability/reliability_files
