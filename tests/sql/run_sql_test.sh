#!/usr/bin/env bash
# Runs one SQL test through the real sqlite3 shell and compares its output (stdout and
# stderr together) with the .expected file beside it.
#   run_sql_test.sh SQLITE3 EXTENSION.so TEST.sql
# The test runs in tests/ (so data/… paths work) with the extension already loaded,
# through its noread entry point when the test's first line is "-- entry: noread".
# Set UPDATE_EXPECTED=1 to rewrite the .expected file from the actual output.
set -u
shell=$1 ext=$2 sql=$3
expected=${sql%.sql}.expected
ext_noext=${ext%.so}
load=".load $ext_noext"
if head -n 1 "$sql" | grep -q '^-- entry: noread'; then
  load=".load $ext_noext sqlite3_transcript_noread_init"
fi
run() { { printf '%s\n' "$load"; cat "$sql"; } | "$shell" -batch :memory: 2>&1; }
actual=$(run)
# In the ASan build LeakSanitizer checks the shell at exit by stopping its threads from a
# tracer; that tracer itself sometimes dies ("Tracer caught signal 11 … LeakSanitizer has
# encountered a fatal error", seen once in CI on a test that starts no thread): a failure
# of the sanitizer's runtime, not a leak (a leak reads "ERROR: LeakSanitizer: detected
# memory leaks" and fails the test as before). Such a run is run once more, and says so.
if printf '%s\n' "$actual" | grep -q 'LeakSanitizer has encountered a fatal error'; then
  echo "note: LeakSanitizer's own tracer failed at exit; running $sql once more" >&2
  actual=$(run)
fi
if [ "${UPDATE_EXPECTED:-0}" = 1 ]; then
  printf '%s\n' "$actual" > "$expected"
  echo "updated $expected"
  exit 0
fi
if [ ! -f "$expected" ]; then
  echo "missing $expected; actual output was:"; printf '%s\n' "$actual"; exit 1
fi
if diff -u "$expected" <(printf '%s\n' "$actual"); then
  exit 0
fi
echo "FAIL: $sql differs from $expected"
exit 1
