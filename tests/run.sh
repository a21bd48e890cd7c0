#!/usr/bin/env bash
# Builds transcript and runs every test (GoogleTest suites of the core, SQL tests through
# the sqlite3 shell, and the real clients). Installs what it needs first, and says what it
# is doing (tests/progress.sh: a heading per step, a progress count while building).
#   bash tests/run.sh
# Then (issue 19) the portable build (build-portable: -DTRANSCRIPT_PORTABLE=ON): the
# self-contained transcript.so and the release artifacts (target dist), the SQL tests,
# clients and walkthrough on that library, its ELF checked, and the tarball, the wheel (fresh
# venv) and the npm package (scratch project with better-sqlite3@12) installed and used.
# Then (issue 8) the same suite again in an AddressSanitizer + UBSan build (build-asan),
# and each libFuzzer target briefly (build-fuzz, clang; FUZZ_SECONDS per target, default
# 20, two targets at a time on two cores). TRANSCRIPT_QUICK=1 stops after the first pass.
# CPU time measured on the 2-core machine (busy with other builds, so wall times there were
# longer): plain build 183 s, its ctest 13 s; ASan build 414 s, its ctest 37 s; fuzz build
# about 150 s; fuzzing 10 x 20 s over two cores. On two free cores: about 10-11 minutes.
# Portable step, from a clean clone with the static libraries cached (packaging/static-deps.sh,
# about 9 minutes the first time): build 6.2 min, tests 3.2 min on the busy 2-core machine.
# Not run here: tests/reliability/tsan.sh (ThreadSanitizer build of the extension and the
# thread test: 93 s CPU, then a 20 s run)
# and tests/reliability/valgrind_sql.sh (memcheck over the SQL suite: about 5 minutes).
set -euo pipefail
cd "$(dirname "$0")/.."
source tests/progress.sh
jobs=$(nproc 2>/dev/null || echo 2)

step "installing what the builds and tests need (apt, only what is missing)"
bash tests/install-deps.sh --portable
# Node's better-sqlite3 (v12: v13 needs Node 22) for the client test; npm builds it from
# source, since prebuilt binaries cannot be downloaded here.
if ! command -v node >/dev/null; then bash tests/install-deps.sh nodejs npm; fi
if [ ! -d tests/clients/node/node_modules/better-sqlite3/build/Release ]; then
  step "installing better-sqlite3@12 for the Node client test (npm; built from source, about 80 s)"
  (cd tests/clients/node && npm ci --no-audit --no-fund --loglevel=error)
fi

# TRANSCRIPT_TESTS=ON: build/ may have been configured with tests off (examples/demo.sh
# does); --no-tests=error: a run that finds no tests fails rather than passing.
step "configuring build/ (RelWithDebInfo, with the tests)"
configure build/configure.log cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTRANSCRIPT_TESTS=ON
step "building build/ ($jobs jobs)"
build build -j"$jobs"
step "testing build/ (ctest: core suites, SQL tests, clients, walkthrough, reliability)"
ctest --test-dir build --output-on-failure --no-tests=error -j"$jobs"
if [ "${TRANSCRIPT_QUICK:-0}" = 1 ]; then exit 0; fi

# The portable library and the release artifacts (packaging/). The static libraries rebuilt
# from Debian's source packages are cached outside the clone (packaging/static-deps.sh).
step "portable: configuring build-portable/ (static libraries from Debian's source packages, cached)"
configure build-portable/configure.log cmake -S . -B build-portable -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DTRANSCRIPT_PORTABLE=ON -DTRANSCRIPT_TESTS=ON
step "portable: building transcript.so and the release artifacts ($jobs jobs)"
build build-portable -j"$jobs"
ls -l build-portable/transcript.so build-portable/dist/
step "portable: testing (SQL tests, clients, walkthrough on the portable library; its ELF; the packages installed)"
ctest --test-dir build-portable --output-on-failure --no-tests=error -j"$jobs"

# The whole suite again with ASan + UBSan: the core tests and the test programs are
# instrumented themselves; the hosts (sqlite3, python3, node) get the ASan runtime
# preloaded by tests/CMakeLists.txt, which also explains the ASAN_OPTIONS.
step "ASan+UBSan: configuring build-asan/"
configure build-asan/configure.log cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DTRANSCRIPT_SANITIZE=ON -DTRANSCRIPT_TESTS=ON
step "ASan+UBSan: building build-asan/ ($jobs jobs)"
build build-asan -j"$jobs"
step "ASan+UBSan: testing build-asan/"
UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
  ctest --test-dir build-asan --output-on-failure --no-tests=error -j"$jobs"

# Each fuzz target briefly, from the fixtures (tests/fuzz/run.sh; clang's libFuzzer).
step "fuzzing: each target for ${FUZZ_SECONDS:-20} s (tests/fuzz/run.sh)"
bash tests/install-deps.sh clang
FUZZ_JOBS=$jobs bash tests/fuzz/run.sh "${FUZZ_SECONDS:-20}"
step "done"
