#!/usr/bin/env bash
# Builds the libFuzzer targets in build-fuzz (clang, ASan + UBSan) and runs each for
# SECONDS seconds, starting from a seed corpus made of the test fixtures.
#   bash tests/fuzz/run.sh SECONDS [TARGET…]     (targets: turns directory fold entities query snippet breaks tokenizer html)
# Environment: FUZZ_JOBS (build parallelism, default nproc), FUZZ_PARALLEL (targets run at
# once, default nproc), FUZZ_MAX_LEN (default 8192),
# FUZZ_SEED (libFuzzer's -seed, default 1 so that CI runs repeat; 0 picks a random one),
# FUZZ_KEEP_GOING=1 (long runs: libFuzzer's fork mode, which records a crash and goes on
# fuzzing instead of stopping at the first; the target still counts as having found it).
# What it keeps in build-fuzz/:
#   corpus/<target>/    the corpus grown so far (kept between runs: later runs go deeper)
#   seeds/<target>/     fixtures cut at line boundaries into pieces of at most FUZZ_MAX_LEN
#   findings/<target>-* inputs that crashed, leaked, hung or broke a promise (fuzz_util.h)
#   logs/<target>.log   libFuzzer's output, ending with its final stats
# Exits 1 when any target found something. A finding becomes a regression test by copying
# it into tests/fuzz/regressions/<target>/ (ctest replays that folder in every build).
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:?usage: tests/fuzz/run.sh SECONDS [TARGET...]}
shift
targets=("$@")
max_len=${FUZZ_MAX_LEN:-8192}
build=build-fuzz

mkdir -p "$build"
CC=clang CXX=clang++ cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DTRANSCRIPT_FUZZ=ON -DTRANSCRIPT_TESTS=OFF >"$build/configure.log" 2>&1 ||
  { cat "$build/configure.log"; exit 1; }
source tests/progress.sh  # build: a progress count rather than every compiler line
build "$build" --target fuzz -j"${FUZZ_JOBS:-$(nproc 2>/dev/null || echo 2)}"

if [ ${#targets[@]} -eq 0 ]; then
  targets=(turns directory fold entities filter)
  for t in query snippet breaks tokenizer html; do [ -x "$build/tests/fuzz/fuzz_$t" ] && targets+=("$t") || true; done
fi

# The fixtures each target starts from.
seeds_of() {
  case $1 in
    turns) echo tests/data/turns/* tests/data/mid_ru_lavrov_mgimo_2020.txt tests/data/hostile/pages/* ;;
    directory) echo tests/data/directory/* tests/data/mid_ru_lavrov_mgimo_2020.txt tests/data/hostile/pages/* ;;
    fold) echo tests/data/entities/* tests/data/turns/* ;;
    entities) echo tests/data/entities/* tests/data/turns/* ;;
    filter) echo tests/data/turns/* tests/data/entities/* tests/fuzz/seeds/query/* ;;
    query|snippet) echo tests/fuzz/seeds/query/* ;;
    breaks) echo tests/fuzz/seeds/query/* tests/data/turns/* ;;
    tokenizer) echo tests/data/turns/* tests/data/entities/* ;;
    html) echo tests/data/html/* tests/data/turns/* ;;
  esac
}

mkdir -p "$build/findings" "$build/logs"

# Runs one target; its verdict goes to logs/<target>.verdict ("ok" or "found").
fuzz_one() {
  local t=$1 binary=$build/tests/fuzz/fuzz_$1 seeds=$build/seeds/$1
  rm -rf "$seeds" && mkdir -p "$seeds" "$build/corpus/$t"
  for f in $(seeds_of "$t"); do
    [ -f "$f" ] || continue
    split -C "$max_len" -d -a 3 "$f" "$seeds/$(basename "$f")."
  done
  local dirs=("$build/corpus/$t" "$seeds")
  [ -d "tests/fuzz/regressions/$t" ] && dirs+=("tests/fuzz/regressions/$t")
  [ -d "tests/fuzz/seeds/$t" ] && dirs+=("tests/fuzz/seeds/$t")
  local options=(-max_total_time="$seconds" -seed="${FUZZ_SEED:-1}" -max_len="$max_len" -timeout=10 -rss_limit_mb=2048
                 -artifact_prefix="$build/findings/$t-" -print_final_stats=1)
  [ -f "tests/fuzz/$t.dict" ] && options+=(-dict="tests/fuzz/$t.dict")
  [ "${FUZZ_KEEP_GOING:-0}" = 1 ] && options+=(-fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1)
  # UBSan reports are findings (the build sets -fno-sanitize-recover=undefined); leaks too.
  if UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 ASAN_OPTIONS=detect_leaks=1 \
      "$binary" "${options[@]}" "${dirs[@]}" >"$build/logs/$t.log" 2>&1 &&
      ! grep -q -E '^==[0-9]+==ERROR|broken promise|Test unit written' "$build/logs/$t.log"; then
    echo ok >"$build/logs/$t.verdict"
  else
    echo found >"$build/logs/$t.verdict"
  fi
}

# FUZZ_PARALLEL targets at a time (default: one per core).
parallel=${FUZZ_PARALLEL:-$(nproc 2>/dev/null || echo 1)}
for t in "${targets[@]}"; do
  [ -x "$build/tests/fuzz/fuzz_$t" ] || { echo "fuzz: no target $t"; exit 2; }
done
running=0
for t in "${targets[@]}"; do
  echo "fuzz: $t for ${seconds}s"
  rm -f "$build/logs/$t.verdict"
  fuzz_one "$t" &
  running=$((running + 1))
  if [ "$running" -ge "$parallel" ]; then wait -n || true; running=$((running - 1)); fi
done
wait || true

failed=()
for t in "${targets[@]}"; do
  if [ "$(cat "$build/logs/$t.verdict" 2>/dev/null)" = ok ]; then
    grep -E '^stat::(number_of_executed_units|peak_rss_mb)|^#[0-9]+.*DONE' "$build/logs/$t.log" |
      sed "s/^/fuzz: $t: /"
  else
    echo "fuzz: $t FOUND SOMETHING; log $build/logs/$t.log:"
    grep -E 'SUMMARY|broken promise|Test unit written|deadly signal|timeout' \
      "$build/logs/$t.log" | sort | uniq -c | sort -rn | head -20 | sed "s/^/fuzz: $t: /"
    failed+=("$t")
  fi
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz: findings in: ${failed[*]} (inputs in $build/findings/)"
  exit 1
fi
echo "fuzz: no findings"
