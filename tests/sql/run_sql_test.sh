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
actual=$( { printf '%s\n' "$load"; cat "$sql"; } | "$shell" -batch :memory: 2>&1 )
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
