#!/usr/bin/env bash
# The extension loaded by sqlite-utils (Debian package) with --load-extension.
#   sqlite_utils_client_test.sh SQLITE_UTILS build/transcript.so   (run from tests/)
set -euo pipefail
sqlite_utils=$1 ext=$2
db=$(mktemp --suffix=.db)
trap 'rm -f "$db"' EXIT
actual=$("$sqlite_utils" query "$db" --load-extension "$ext" --csv \
  -p page "$(cat data/mid_ru_lavrov_mgimo_2020.txt)" \
  "SELECT kind, count(*) AS n FROM transcript_turns(:page) GROUP BY kind ORDER BY kind" 2>&1 | tr -d "\r") || true
expected=$'kind,n\nanswer,14\nquestion,14\nremarks,1'
if [ "$actual" != "$expected" ]; then
  echo "FAIL: sqlite-utils output differs"; echo "expected:"; echo "$expected"; echo "actual:"; echo "$actual"; exit 1
fi
echo "1 passed, 0 failed"
