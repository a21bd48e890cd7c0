#!/usr/bin/env bash
# Trims ICU's common data (icudt<N>l.dat) to the items a keep list names:
#   packaging/icu-data.sh FULL.dat packaging/icu-data.keep OUT.dat
# The keep list has one shell pattern a line (# starts a comment), matched against the item
# names icupkg -l prints (zone/ru.res, ibm-5347_P100-1998.cnv, ...); every pattern must match
# at least one item, so that a renamed item is noticed. Uses Debian's icupkg (icu-devtools).
set -euo pipefail
full=$(realpath "$1") keep=$2 out=$3
name=$(basename "$full")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
icupkg -l "$full" | LC_ALL=C sort > "$tmp/all"
patterns=()
while IFS= read -r line; do
  line=${line%%#*}
  line=${line//[[:space:]]/}
  [ -n "$line" ] && patterns+=("$line")
done < "$keep"
: > "$tmp/keep"
for p in "${patterns[@]}"; do
  found=0
  while IFS= read -r item; do
    # shellcheck disable=SC2053
    if [[ $item == $p ]]; then echo "$item" >> "$tmp/keep"; found=1; fi
  done < "$tmp/all"
  if [ $found = 0 ]; then
    echo "icu-data.sh: '$p' in $(basename "$keep") matches no item of $name" >&2
    exit 1
  fi
done
LC_ALL=C sort -u "$tmp/keep" -o "$tmp/keep"
LC_ALL=C comm -23 "$tmp/all" "$tmp/keep" > "$tmp/remove.txt"
mkdir -p "$tmp/out"
# icupkg reads a list only from a file named *.txt (anything else is one item's name);
# --ignore-deps: brkitr/root.res names break rules and dictionaries the extension never opens.
(cd "$tmp" && icupkg --ignore-deps -r remove.txt "$full" "out/$name")
mkdir -p "$(dirname "$out")"
mv "$tmp/out/$name" "$out"
echo "icu-data.sh: kept $(wc -l < "$tmp/keep") of $(wc -l < "$tmp/all") items, $(( $(stat -c %s "$out") / 1024 )) KB of $(( $(stat -c %s "$full") / 1024 )) KB"
