#!/usr/bin/env bash
# The release artifacts (target dist) installed and used as a user would, each in a clean
# place (run by ctest in a portable build, from the repository root):
#   install_test.sh DIST_DIR VERSION
#   - the tarball unpacked: its transcript.so in the sqlite3 shell (a turns and a contacts
#     query), its sql/archive.sql as the shell's reference archive;
#   - the wheel in a fresh venv of Debian's python3 (pip install --no-index): load(), a turns
#     and a contacts query, build_archive(), the sqlite-transcript command;
#   - the npm tarball in a scratch project with better-sqlite3@12 (the Node client test's
#     build when there is one, else from the npm registry, built from source): load(db), the
#     same queries, buildArchive();
#   - sqlite-utils (Debian's) searching the archive with --load-extension "$(sqlite-transcript path)".
# The archives must be the shell's (tests/packaging/archive_hosts_test.py).
set -euo pipefail
dist=$(cd "$1" && pwd) version=$2
root=$(cd "$(dirname "$0")/../.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
say() { printf '\n$ %s\n' "$*"; }

tarball=$dist/transcript-$version-linux-x86_64.tar.gz
wheel=$(ls "$dist"/sqlite_transcript-"$version"-py3-none-manylinux_*_x86_64.whl)
npm_tgz=$dist/sqlite-transcript-$version.tgz
ls -l "$tarball" "$wheel" "$npm_tgz"

say tar -xzf "$(basename "$tarball")"
tar -C "$tmp" -xzf "$tarball"
lib=$tmp/transcript-$version-linux-x86_64
(cd "$lib" && find . -type f | sort)
for f in transcript.so README.md THIRD_PARTY_NOTICES.txt sql/archive.sql sql/missions_for_mentions.sql; do
  [ -f "$lib/$f" ] || { echo "FAIL: the tarball has no $f"; exit 1; }
done
say sqlite3 :memory: -cmd ".load $lib/transcript" "<a turns and a contacts query>"
out=$(cd "$root/tests" && sqlite3 :memory: -cmd ".load $lib/transcript" \
  "SELECT kind, count(*) FROM transcript_turns(readfile('data/mid_ru_lavrov_mgimo_2020.txt')) GROUP BY kind;
   SELECT name, phones_e164 FROM transcript_contacts(readfile('data/mid_ru_lavrov_mgimo_2020.txt')) WHERE seq = 1;")
echo "$out"
[ "$out" = $'answer|14\nquestion|14\nremarks|1\nПосольство России в США (Вашингтон)|["+12022985700"]' ] \
  || { echo "FAIL: the tarball's transcript.so in the shell"; exit 1; }

say /usr/bin/python3 -m venv venv '&&' venv/bin/pip install --no-index "$(basename "$wheel")"
/usr/bin/python3 -m venv "$tmp/venv"
"$tmp/venv/bin/pip" install --no-index --disable-pip-version-check --quiet "$wheel"
"$tmp/venv/bin/pip" list --disable-pip-version-check 2>/dev/null | grep -i transcript
say venv/bin/sqlite-transcript path
so_path=$("$tmp/venv/bin/sqlite-transcript" path)
echo "$so_path"

mkdir "$tmp/project"
built=$root/tests/clients/node/node_modules
if [ -d "$built/better-sqlite3/build/Release" ]; then
  # better-sqlite3@12 as the Node client test installed it (npm ci, built from source: about
  # 80 s on two cores) is copied in rather than built a second time; the package under test
  # is installed by npm from its tarball all the same.
  say npm install "$(basename "$npm_tgz")" '(in a scratch project that has better-sqlite3@12)'
  (cd "$tmp/project" && npm init -y >/dev/null &&
    npm install --no-audit --no-fund --loglevel=error "$npm_tgz" > npm.log 2>&1) \
    || { cat "$tmp/project/npm.log"; exit 1; }
  cp -r "$built"/. "$tmp/project/node_modules/"   # after npm install, which prunes strangers
else
  say npm install better-sqlite3@12 "$(basename "$npm_tgz")" '(in a scratch project)'
  (cd "$tmp/project" && npm init -y >/dev/null &&
    npm_config_build_from_source=true npm install --no-audit --no-fund --loglevel=error \
      better-sqlite3@12 "$npm_tgz" > npm.log 2>&1) || { cat "$tmp/project/npm.log"; exit 1; }
fi
(cd "$tmp/project" && npm ls --depth=0 2>/dev/null | tail -n +2)

say archive_hosts_test.py '(the shell, the wheel, its command line, the npm package, sqlite-utils)'
/usr/bin/python3 "$root/tests/packaging/archive_hosts_test.py" \
  --sqlite3 "$(command -v sqlite3)" --extension "$lib/transcript.so" --archive-sql "$lib/sql/archive.sql" \
  --python "$tmp/venv/bin/python" --cli "$tmp/venv/bin/sqlite-transcript" \
  --node-project "$tmp/project" \
  --sqlite-utils "$(command -v sqlite-utils)" --sqlite-utils-extension "$so_path"
