#!/usr/bin/env bash
# Installs, with Debian's apt (as root, no prompts), what building and testing transcript
# needs. Installs only what is missing, so that a second run costs nothing.
set -euo pipefail
packages=(
  cmake make g++ pkg-config git
  sqlite3 libsqlite3-dev
  libicu-dev libstemmer-dev libphonenumber-dev libxml2-dev nettle-dev
  libgtest-dev libgmock-dev
  python3 sqlite-utils
  wamerican-small hunspell-ru
)
packages+=("$@")
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
