#!/usr/bin/env bash
# valgrind memcheck over the SQL suite: every tests/sql/*.sql through the real sqlite3
# shell under valgrind, with the extension of an ordinary (uninstrumented) build loaded.
#   bash tests/reliability/valgrind_sql.sh [BUILD_DIR] [TEST_NAME…]     (default: build)
# A test fails when its output differs from .expected (as under ctest) or when valgrind
# reports any error: an invalid read or write, use of uninitialised memory, or a leak that
# is definitely or indirectly lost. Memory still reachable at exit (ICU's and the
# extension's process-wide tables, built once) is listed in the logs but is no error.
# Logs: BUILD_DIR/valgrind/<test>.<pid>.log
set -uo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
shift || true
[ -f "../$build/transcript.so" ] || { echo "no ../$build/transcript.so: build first"; exit 2; }
command -v valgrind >/dev/null || bash install-deps.sh valgrind
logs=$(cd .. && pwd)/$build/valgrind
rm -rf "$logs" && mkdir -p "$logs"
wrapper=$logs/sqlite3
cat >"$wrapper" <<WRAP
#!/bin/sh
exec valgrind --tool=memcheck --leak-check=full --show-leak-kinds=definite,indirect \\
  --errors-for-leak-kinds=definite,indirect --track-origins=no --num-callers=30 \\
  --log-file="$logs/\${VALGRIND_TEST}.%p.log" $(command -v sqlite3) "\$@"
WRAP
chmod +x "$wrapper"
tests=("$@")
if [ ${#tests[@]} -eq 0 ]; then
  for f in sql/*.sql; do tests+=("$(basename "$f" .sql)"); done
fi
failed=()
for t in "${tests[@]}"; do
  start=$(date +%s)
  out=$(VALGRIND_TEST=$t bash sql/run_sql_test.sh "$wrapper" "../$build/transcript.so" "sql/$t.sql" 2>&1)
  rc=$?
  errors=$(grep -h "ERROR SUMMARY" "$logs/$t".*.log | awk '{s += $4} END {print s + 0}')
  lost=$(grep -h -E "definitely lost:|indirectly lost:" "$logs/$t".*.log | awk '{gsub(",", "", $4); s += $4} END {print s + 0}')
  echo "valgrind: $t: output $([ $rc = 0 ] && echo same || echo DIFFERS), $errors errors, $lost bytes lost, $(( $(date +%s) - start )) s"
  if [ $rc != 0 ] || [ "$errors" != 0 ]; then
    failed+=("$t")
    [ $rc != 0 ] && printf '%s\n' "$out" | head -30
    grep -h -A12 -E "^==[0-9]+== (Invalid|Conditional|Use of|Mismatched|.*definitely lost|.*indirectly lost)" \
      "$logs/$t".*.log | head -60
  fi
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "valgrind: failed: ${failed[*]} (logs in $logs)"
  exit 1
fi
echo "valgrind: clean"
