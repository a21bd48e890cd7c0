#!/usr/bin/env bash
# Installs, with Debian's apt (as root, no prompts), what building and testing transcript
# needs. Installs only what is missing, so that a second run costs nothing.
#   bash tests/install-deps.sh [--portable] [PACKAGE...]
# --portable: also what the portable build and its packages need (packaging/): Debian's
# source packages (a deb-src line for apt-get source, added to
# /etc/apt/sources.list.d/transcript-deb-src.sources when apt has none), the tools to rebuild
# static libraries from them and to trim ICU's data, python3-build for the wheel, python3-venv
# to install it.
set -euo pipefail
packages=(
  cmake make g++ pkg-config git ccache
  sqlite3 libsqlite3-dev
  libicu-dev libstemmer-dev libphonenumber-dev libxml2-dev nettle-dev
  libgtest-dev libgmock-dev
  python3 sqlite-utils
  wamerican-small hunspell-ru
)
portable=0
if [ "${1:-}" = "--portable" ]; then
  portable=1
  shift
  packages+=(dpkg-dev autoconf automake libtool icu-devtools protobuf-compiler libprotobuf-dev libabsl-dev
             zstd libzstd-dev
             python3-build python3-wheel python3-setuptools python3-venv binutils)
fi
packages+=("$@")
export DEBIAN_FRONTEND=noninteractive
updated=0
if [ $portable = 1 ] && ! grep -rqsE '^(deb-src|Types:.*deb-src)' /etc/apt/sources.list /etc/apt/sources.list.d/; then
  codename=$(. /etc/os-release && echo "$VERSION_CODENAME")
  echo "install-deps: adding Debian's source packages ($codename) to apt's sources, for apt-get source"
  cat > /etc/apt/sources.list.d/transcript-deb-src.sources <<SOURCES
# Added by transcript's tests/install-deps.sh --portable: Debian's source packages, from
# which packaging/static-deps.sh rebuilds static libraries with -fPIC.
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: $codename $codename-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Types: deb-src
URIs: http://deb.debian.org/debian-security
Suites: $codename-security
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SOURCES
  apt-get update -qq
  updated=1
fi
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "install-deps: installing ${missing[*]}"
  [ $updated = 1 ] || apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  echo "install-deps: installed ${#missing[@]} packages"
else
  echo "install-deps: every package is installed"
fi
