#!/usr/bin/env bash
# Makes the release artifacts from a portable transcript.so (target dist, packaging/dist.cmake):
#   packaging/dist.sh SO VERSION SOURCE_DIR STAGE_DIR OUT_DIR 'Title=copyright file' ...
# into OUT_DIR:
#   transcript-<version>-linux-x86_64.tar.gz      transcript.so, README.md, sql/*.sql,
#                                                 THIRD_PARTY_NOTICES.txt
#   sqlite_transcript-<version>-py3-none-manylinux_<glibc>_x86_64.whl
#                                                 Debian's python3-build, offline
#   sqlite-transcript-<version>.tgz               npm pack
# <glibc> is the newest GLIBC_ symbol version transcript.so needs, so that pip installs the
# wheel only where the library loads. Each 'Title=file' adds a section to
# THIRD_PARTY_NOTICES.txt (the licences of everything linked into transcript.so).
set -euo pipefail
so=$1 version=$2 src=$3 stage=$4 out=$5
shift 5
python=/usr/bin/python3
rm -rf "$stage"
mkdir -p "$stage" "$out"
glibc=$(objdump -T "$so" | grep -o 'GLIBC_[0-9][0-9.]*' | sed 's/GLIBC_//' | sort -V | tail -1)
platform="manylinux_${glibc//./_}_x86_64"

# The licences.
notices="$stage/THIRD_PARTY_NOTICES.txt"
{
  echo "transcript.so (transcript $version) links these libraries statically; their licences"
  echo "and copyright notices follow, as Debian records them (debian/copyright of each source"
  echo "package, and the upstream licence where Debian ships one). glibc is not linked in: it is"
  echo "the system's."
  for spec in "$@"; do echo "  - ${spec%%=*}"; done
  for spec in "$@"; do
    printf '\n\n%s\n%s\n\n' "================================================================================" "${spec%%=*}"
    cat "${spec#*=}"
  done
} > "$notices"

# archive.sql split into the statements the packages run.
"$python" "$src/packaging/archive_statements.py" "$src/sql/archive.sql" "$stage/archive.json"

# The tarball.
name="transcript-$version-linux-x86_64"
mkdir -p "$stage/$name/sql"
cp "$so" "$stage/$name/transcript.so"
cp "$src/README.md" "$notices" "$stage/$name/"
cp "$src/sql/archive.sql" "$src/sql/missions_for_mentions.sql" "$stage/$name/sql/"
tar -C "$stage" --sort=name --owner=0 --group=0 --numeric-owner --mtime=@0 -czf "$out/$name.tar.gz" "$name"
echo "dist: $out/$name.tar.gz"

# The wheel.
py="$stage/python"
mkdir -p "$py"
cp -r "$src/packaging/python/." "$py/"
find "$py" -name __pycache__ -prune -exec rm -rf {} +
sed -i "s/@PROJECT_VERSION@/$version/" "$py/pyproject.toml" "$py/sqlite_transcript/__init__.py"
cp "$so" "$py/sqlite_transcript/transcript.so"
cp "$src/sql/archive.sql" "$stage/archive.json" "$notices" "$py/sqlite_transcript/"
rm -f "$out"/sqlite_transcript-"$version"-*.whl
(cd "$py" && SQLITE_TRANSCRIPT_PLATFORM=$platform "$python" -m build --wheel --no-isolation \
   --outdir "$out" . > "$stage/wheel.log" 2>&1) || { cat "$stage/wheel.log"; exit 1; }
wheel="$out/sqlite_transcript-$version-py3-none-$platform.whl"
[ -f "$wheel" ] || { ls "$out"; echo "dist: the wheel is not $wheel" >&2; exit 1; }
echo "dist: $wheel"

# The npm package.
npm_dir="$stage/npm"
mkdir -p "$npm_dir"
cp "$src/packaging/npm/." -r "$npm_dir/"
sed -i "s/@PROJECT_VERSION@/$version/" "$npm_dir/package.json"
cp "$so" "$npm_dir/transcript.so"
cp "$src/sql/archive.sql" "$stage/archive.json" "$notices" "$npm_dir/"
rm -f "$out/sqlite-transcript-$version.tgz"
(cd "$npm_dir" && npm pack --silent --pack-destination "$out" > "$stage/npm.log" 2>&1) || { cat "$stage/npm.log"; exit 1; }
[ -f "$out/sqlite-transcript-$version.tgz" ] || { echo "dist: npm pack made no sqlite-transcript-$version.tgz" >&2; exit 1; }
echo "dist: $out/sqlite-transcript-$version.tgz"
