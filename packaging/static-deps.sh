#!/usr/bin/env bash
# Builds, from Debian's own source packages, the static libraries that the portable
# transcript.so (-DTRANSCRIPT_PORTABLE=ON) links but that Debian's -dev packages ship in a
# form a shared object cannot link (objects built for executables: TPOFF32 relocations,
# direct references to stderr/tzname), into a cache outside the clone:
#
#   packaging/static-deps.sh CACHE_DIR        (called by CMake when configuring)
#
# Each library is the version of the installed -dev package (apt-get source pkg=version, so
# that it matches the headers the project compiles against), built the way Debian builds it
# (dpkg-buildflags) plus -fPIC -ffunction-sections -fdata-sections, without the parts the
# extension does not use. A library already in the cache for the same version and flags is
# not built again. Needs deb-src lines in apt's sources (tests/install-deps.sh --portable
# adds them) and the build tools of tests/install-deps.sh --portable.
#
#   ICU (libicuuc.a; libicui18n.a links as Debian ships it) and ICU's prebuilt data
#     (icudt<N>l.dat, which packaging/icu-data.sh trims)
#   libxml2 (HTML parser only: no ICU, zlib, lzma, readline, Python, HTTP/FTP)
#   protobuf (libprotobuf-lite.a, what libphonenumber's metadata needs)
#   abseil (the archives libphonenumber uses: strings, hash, raw_hash_set and theirs)
#   libphonenumber (libphonenumber.a without the geocoder, as Debian configures it)
#
# Measured on 2 busy cores: about N minutes for all five; a cached run takes a second.
set -euo pipefail
cache=${1:?usage: static-deps.sh CACHE_DIR}
jobs=${JOBS:-$(nproc 2>/dev/null || echo 2)}
mkdir -p "$cache"
cache=$(cd "$cache" && pwd)

# Debian builds these with GCC (ICU's configure would pick clang when it is installed).
export CC=gcc CXX=g++
cppflags="$(dpkg-buildflags --get CPPFLAGS)"
cflags="$(dpkg-buildflags --get CFLAGS | sed 's/-ffile-prefix-map=[^ ]*//;s/ -g / /;s/^-g //') -fPIC -ffunction-sections -fdata-sections"
cxxflags="$(dpkg-buildflags --get CXXFLAGS | sed 's/-ffile-prefix-map=[^ ]*//;s/ -g / /;s/^-g //') -fPIC -ffunction-sections -fdata-sections"
flags_id=$(printf '%s\n' "$cppflags" "$cflags" "$cxxflags" "$(gcc -dumpfullversion)" "recipe 2" | md5sum | cut -c1-8)

# The source package and version of an installed -dev package.
source_of() { dpkg-query -W -f='${source:Package}=${source:Version}' "$1"; }

# fetch SRC=VERSION DIR: unpacks Debian's source package (with Debian's patches) into DIR.
fetch() {
  local spec=$1 dir=$2 tmp
  tmp=$(mktemp -d "$cache/fetch.XXXXXX")
  if ! (cd "$tmp" && apt-get source -qq --download-only "$spec" >/dev/null 2>"$tmp/apt.log"); then
    cat "$tmp/apt.log" >&2
    echo "static-deps: apt-get source $spec failed: apt needs deb-src lines for the installed version (bash tests/install-deps.sh --portable)" >&2
    exit 1
  fi
  (cd "$tmp" && dpkg-source -q --no-check -x ./*.dsc src >/dev/null)
  rm -rf "$dir"
  mv "$tmp/src" "$dir"
  rm -rf "$tmp"
}

# step NAME DEV_PACKAGE FUNCTION ARCHIVE...: runs FUNCTION SRCDIR OUTDIR unless OUTDIR is
# complete, then checks that it left each ARCHIVE in OUTDIR/lib.
step() {
  local name=$1 dev=$2 build=$3 spec out start
  spec=$(source_of "$dev")
  out="$cache/$name-${spec#*=}-$flags_id"
  if [ -f "$out/done" ]; then
    echo "static-deps: $name ${spec#*=}: cached ($out)"
    return
  fi
  start=$(date +%s)
  echo "static-deps: $name ${spec#*=}: fetching the Debian source package"
  rm -rf "$out" "$cache/work-$name"
  mkdir -p "$out/lib" "$cache/work-$name"
  fetch "$spec" "$cache/work-$name/src"
  echo "static-deps: $name ${spec#*=}: building with -fPIC ($jobs jobs)"
  # Not in an if: errexit must stay in force inside the build function.
  set +e
  (
    set -e
    cd "$cache/work-$name"
    "$build" "$cache/work-$name/src" "$out"
    for a in "${@:4}"; do [ -s "$out/lib/$a" ] || { echo "static-deps: no $a was built"; exit 1; }; done
  ) >"$cache/work-$name.log" 2>&1
  local status=$?
  set -e
  if [ $status != 0 ]; then
    tail -40 "$cache/work-$name.log" >&2
    echo "static-deps: $name failed; the whole log is $cache/work-$name.log" >&2
    exit 1
  fi
  cp "$cache/work-$name/src/debian/copyright" "$out/copyright"
  rm -rf "$cache/work-$name" "$cache/work-$name.log"
  echo "$spec" > "$out/done"
  echo "static-deps: $name ${spec#*=}: done in $(( $(date +%s) - start )) s"
}

build_icu() {
  local src=$1 out=$2
  mkdir build && cd build
  CPPFLAGS="$cppflags" CFLAGS="$cflags" CXXFLAGS="$cxxflags" \
    "$src/source/configure" --disable-shared --enable-static --disable-layoutex \
      --disable-icu-config --disable-extras --disable-samples --disable-tests --disable-tools \
      --with-data-packaging=static
  mkdir -p lib
  make -j"$jobs" -C common
  cp lib/libicuuc.a "$out/lib/"
  cp "$src"/source/data/in/icudt*l.dat "$out/"
  cp "$src/LICENSE" "$out/LICENSE"
}

build_libxml2() {
  local src=$1 out=$2
  (cd "$src" && autoreconf -fi)  # as Debian's dh does: its patches touch Makefile.am
  mkdir build && cd build
  CPPFLAGS="$cppflags" CFLAGS="$cflags" \
    "$src/configure" --disable-shared --enable-static --with-pic --prefix="$out" \
      --without-python --without-icu --without-zlib --without-lzma --without-readline \
      --without-history --without-http --without-ftp --without-debug --without-modules
  make -j"$jobs" libxml2.la
  make -C include install
  cp .libs/libxml2.a "$out/lib/"
}

build_protobuf() {
  local src=$1 out=$2
  cmake -S "$src" -B build -DCMAKE_BUILD_TYPE=None -DCMAKE_C_FLAGS="$cppflags $cflags" \
    -DCMAKE_CXX_FLAGS="$cppflags $cxxflags" -DCMAKE_POSITION_INDEPENDENT_CODE=ON \
    -Dprotobuf_BUILD_TESTS=OFF -Dprotobuf_BUILD_PROTOC_BINARIES=OFF \
    -Dprotobuf_BUILD_SHARED_LIBS=OFF -Dprotobuf_WITH_ZLIB=OFF
  cmake --build build -j"$jobs" --target libprotobuf-lite
  cp build/libprotobuf-lite.a "$out/lib/"
}

build_abseil() {
  local src=$1 out=$2
  cmake -S "$src" -B build -DCMAKE_BUILD_TYPE=None -DCMAKE_CXX_STANDARD=17 \
    -DCMAKE_C_FLAGS="$cppflags $cflags" -DCMAKE_CXX_FLAGS="$cppflags $cxxflags" \
    -DCMAKE_POSITION_INDEPENDENT_CODE=ON -DBUILD_TESTING=OFF -DABSL_PROPAGATE_CXX_STD=ON
  cmake --build build -j"$jobs" --target strings hash raw_hash_set
  find build -name 'libabsl_*.a' -exec cp {} "$out/lib/" \;
}

build_libphonenumber() {
  local src=$1 out=$2
  cmake -S "$src/cpp" -B build -DCMAKE_BUILD_TYPE=None -DCMAKE_C_FLAGS="$cppflags $cflags" \
    -DCMAKE_CXX_FLAGS="$cppflags $cxxflags" -DCMAKE_POSITION_INDEPENDENT_CODE=ON \
    -DUSE_BOOST=OFF -DBUILD_GEOCODER=OFF -DREGENERATE_METADATA=OFF -DBUILD_TESTING=OFF \
    -DUSE_PROTOBUF_LITE=ON
  cmake --build build -j"$jobs" --target phonenumber
  cp build/libphonenumber.a "$out/lib/"
}

step icu libicu-dev build_icu libicuuc.a
step libxml2 libxml2-dev build_libxml2 libxml2.a
step protobuf libprotobuf-dev build_protobuf libprotobuf-lite.a
step abseil libabsl-dev build_abseil libabsl_raw_hash_set.a libabsl_strings.a libabsl_hash.a
step libphonenumber libphonenumber-dev build_libphonenumber libphonenumber.a
