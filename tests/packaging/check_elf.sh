#!/usr/bin/env bash
# The portable transcript.so is self-contained (-DTRANSCRIPT_PORTABLE=ON):
#   check_elf.sh transcript.so GLIBC_FLOOR MAX_BYTES
#   - its NEEDED entries are glibc's only (libc, libm, the dynamic loader; libpthread and
#     libdl would be glibc's too);
#   - the newest GLIBC_ symbol version it needs is at most GLIBC_FLOOR (the floor README.md
#     states and the wheel's manylinux tag carries);
#   - it exports exactly the two entry points, is stripped, and is at most MAX_BYTES.
set -euo pipefail
so=$1 floor=$2 max=$3
fail=0
check() { if eval "$2"; then echo "ok   $1"; else echo "FAIL $1"; fail=1; fi; }

needed=$(readelf -d "$so" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p' | sort | tr '\n' ' ')
others=$(for n in $needed; do
  case $n in libc.so.6|libm.so.6|ld-linux-x86-64.so.2|libpthread.so.0|libdl.so.2) ;; *) echo "$n" ;; esac
done)
check "NEEDED is glibc's only: $needed" '[ -z "$others" ]'

newest=$(objdump -T "$so" | grep -o 'GLIBC_[0-9][0-9.]*' | sed 's/GLIBC_//' | sort -V | tail -1)
check "newest glibc symbol version $newest <= $floor" \
  '[ "$(printf "%s\n%s\n" "$newest" "$floor" | sort -V | tail -1)" = "$floor" ]'
other_versions=$(objdump -T "$so" | awk '$4 ~ /^[A-Z]/ && $4 !~ /^GLIBC_/ && $4 != "Base" {print $4}' | sort -u | tr '\n' ' ')
check "no symbol versions but glibc's (${other_versions:-none})" '[ -z "$other_versions" ]'

exports=$(nm -D --defined-only "$so" | awk '{print $3}' | sort | tr '\n' ' ')
check "exports only the entry points: $exports" \
  '[ "$exports" = "sqlite3_transcript_init sqlite3_transcript_noread_init " ]'

sections=$(readelf -S -W "$so")
check "stripped (no .symtab, no .debug_*)" '! grep -qE "\.symtab|\.debug_" <<<"$sections"'

size=$(stat -c %s "$so")
check "size $size bytes <= $max" '[ "$size" -le "$max" ]'

if [ $fail = 0 ]; then echo "all passed"; else exit 1; fi
