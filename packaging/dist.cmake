# cmake --build build --target dist: the release artifacts, made by packaging/dist.sh from
# the portable transcript.so, in TRANSCRIPT_DIST_DIR (default <build>/dist):
#   transcript-<version>-linux-x86_64.tar.gz
#   sqlite_transcript-<version>-py3-none-manylinux_<glibc>_x86_64.whl
#   sqlite-transcript-<version>.tgz
# In a portable build (-DTRANSCRIPT_PORTABLE=ON) they are part of the default target, so that
# ctest can install them (tests/packaging/). In any other build, dist configures and builds
# the portable one in <build>/portable first (the static libraries are cached, see
# packaging/static-deps.sh).
set(TRANSCRIPT_DIST_DIR ${CMAKE_BINARY_DIR}/dist CACHE PATH "Where the target dist writes the release artifacts")

if(NOT TRANSCRIPT_PORTABLE)
  add_custom_target(dist
    COMMAND ${CMAKE_COMMAND} -S ${PROJECT_SOURCE_DIR} -B ${CMAKE_BINARY_DIR}/portable
            -DCMAKE_BUILD_TYPE=${CMAKE_BUILD_TYPE} -DTRANSCRIPT_PORTABLE=ON -DTRANSCRIPT_TESTS=OFF
            -DTRANSCRIPT_DIST_DIR=${TRANSCRIPT_DIST_DIR}
    COMMAND ${CMAKE_COMMAND} --build ${CMAKE_BINARY_DIR}/portable --target dist
    USES_TERMINAL
    COMMENT "Configuring and building the portable transcript.so in ${CMAKE_BINARY_DIR}/portable")
  return()
endif()

# The licence notices of everything linked in: "Title=file".
function(_transcript_dpkg_version var package)
  execute_process(COMMAND dpkg-query -W -f=\${Version} ${package}
    OUTPUT_VARIABLE v OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
  set(${var} ${v} PARENT_SCOPE)
endfunction()
_transcript_dpkg_version(_v_xml libxml2-dev)
_transcript_dpkg_version(_v_phone libphonenumber-dev)
_transcript_dpkg_version(_v_protobuf libprotobuf-dev)
_transcript_dpkg_version(_v_absl libabsl-dev)
_transcript_dpkg_version(_v_stemmer libstemmer-dev)
_transcript_dpkg_version(_v_nettle nettle-dev)
string(REGEX MATCH "^[0-9]+" _gcc_major ${CMAKE_CXX_COMPILER_VERSION})
list(GET TRANSCRIPT_STATIC_DIRS 0 _d_icu)
list(GET TRANSCRIPT_STATIC_DIRS 1 _d_xml)
list(GET TRANSCRIPT_STATIC_DIRS 2 _d_protobuf)
list(GET TRANSCRIPT_STATIC_DIRS 3 _d_absl)
list(GET TRANSCRIPT_STATIC_DIRS 4 _d_phone)
set(_notices
  "ICU ${ICU_VERSION} (libicuuc, libicui18n and a subset of its data)=${_d_icu}/LICENSE"
  "libxml2 ${_v_xml}=${_d_xml}/copyright"
  "libphonenumber ${_v_phone}=${_d_phone}/copyright"
  "Protocol Buffers ${_v_protobuf} (libprotobuf-lite)=${_d_protobuf}/copyright"
  "Abseil ${_v_absl}=${_d_absl}/copyright"
  "Snowball ${_v_stemmer} (libstemmer)=/usr/share/doc/libstemmer0d/copyright"
  "Nettle ${_v_nettle} (SHA3)=/usr/share/doc/libnettle8/copyright"
  "GCC ${CMAKE_CXX_COMPILER_VERSION} runtime (libstdc++, libgcc, with the GCC Runtime Library Exception)=/usr/share/doc/gcc-${_gcc_major}-base/copyright")
foreach(n ${_notices})
  string(REGEX REPLACE "^[^=]*=" "" f "${n}")
  if(NOT EXISTS "${f}")
    message(FATAL_ERROR "dist: missing the licence notice ${f}")
  endif()
endforeach()

file(GLOB_RECURSE _dist_inputs CONFIGURE_DEPENDS
  ${PROJECT_SOURCE_DIR}/packaging/python/*.py ${PROJECT_SOURCE_DIR}/packaging/python/*.toml
  ${PROJECT_SOURCE_DIR}/packaging/python/*.md ${PROJECT_SOURCE_DIR}/packaging/npm/*)
set(_dist_stamp ${CMAKE_BINARY_DIR}/dist.stamp)
add_custom_command(OUTPUT ${_dist_stamp}
  COMMAND bash ${PROJECT_SOURCE_DIR}/packaging/dist.sh $<TARGET_FILE:transcript> ${PROJECT_VERSION}
          ${PROJECT_SOURCE_DIR} ${CMAKE_BINARY_DIR}/dist-stage ${TRANSCRIPT_DIST_DIR} ${_notices}
  COMMAND ${CMAKE_COMMAND} -E touch ${_dist_stamp}
  DEPENDS transcript ${PROJECT_SOURCE_DIR}/packaging/dist.sh
          ${PROJECT_SOURCE_DIR}/packaging/archive_statements.py ${_dist_inputs}
          ${PROJECT_SOURCE_DIR}/sql/archive.sql ${PROJECT_SOURCE_DIR}/sql/missions_for_mentions.sql
          ${PROJECT_SOURCE_DIR}/README.md
  COMMENT "Release artifacts: tarball, wheel, npm package (packaging/dist.sh)"
  VERBATIM)
add_custom_target(dist ALL DEPENDS ${_dist_stamp})
