# -DTRANSCRIPT_PORTABLE=ON: one self-contained transcript.so for any Linux x86-64 with glibc
# 2.35 or newer (packaging/README.md tells the whole recipe).
#
# Included by the top-level CMakeLists.txt in place of find_package(ICU) and
# find_package(LibXml2), and before the other find_library calls, which it answers with
# static archives:
#   - Debian's own static archives where they link into a shared object as shipped:
#     libicui18n.a, libstemmer.a, libnettle.a, GCC's libstdc++.a and libgcc;
#   - the others rebuilt with -fPIC from Debian's source packages by
#     packaging/static-deps.sh, into TRANSCRIPT_STATIC_CACHE (outside the clone; built when
#     missing, at configure time): libicuuc.a, libxml2.a, libprotobuf-lite.a, abseil's
#     archives, libphonenumber.a;
#   - ICU's data trimmed to what the extension reads (packaging/icu-data.sh, from the list
#     packaging/icu-data.keep), linked in as the icudt<N>_dat symbol ICU looks for.
# transcript_portable_link() then links transcript.so with -static-libstdc++
# -static-libgcc, --gc-sections, a version script exporting only the two entry points
# (packaging/transcript.map) and --strip-all.
cmake_minimum_required(VERSION 3.24)  # $<LINK_GROUP:RESCAN,...>

if(NOT CMAKE_SYSTEM_NAME STREQUAL "Linux" OR NOT CMAKE_SYSTEM_PROCESSOR STREQUAL "x86_64")
  message(FATAL_ERROR "TRANSCRIPT_PORTABLE builds for Linux x86-64 only")
endif()
if(TRANSCRIPT_SANITIZE OR TRANSCRIPT_TSAN OR TRANSCRIPT_FUZZ OR TRANSCRIPT_BENCH)
  message(FATAL_ERROR "TRANSCRIPT_PORTABLE cannot be combined with sanitizers, fuzzing or benchmarks")
endif()

if(DEFINED ENV{XDG_CACHE_HOME})
  set(_cache_default "$ENV{XDG_CACHE_HOME}/transcript-static")
else()
  set(_cache_default "$ENV{HOME}/.cache/transcript-static")
endif()
set(TRANSCRIPT_STATIC_CACHE "${_cache_default}" CACHE PATH
    "Where packaging/static-deps.sh keeps the static libraries it rebuilds from Debian's source packages")
# The newest glibc symbol version transcript.so may need: the floor README.md states, the
# wheel's manylinux tag, and what tests/packaging/check_elf.sh enforces.
set(TRANSCRIPT_GLIBC_FLOOR "2.35" CACHE STRING "The oldest glibc the portable transcript.so runs on")
# The size goal of issue 19 (12 MB), enforced by tests/packaging/check_elf.sh.
set(TRANSCRIPT_MAX_BYTES 12000000 CACHE STRING "The largest the portable transcript.so may be, in bytes")

set(_multiarch /usr/lib/x86_64-linux-gnu)
message(STATUS "portable: static libraries in ${TRANSCRIPT_STATIC_CACHE} (packaging/static-deps.sh)")
execute_process(
  COMMAND bash ${PROJECT_SOURCE_DIR}/packaging/static-deps.sh ${TRANSCRIPT_STATIC_CACHE}
  RESULT_VARIABLE _deps_result)
if(NOT _deps_result EQUAL 0)
  message(FATAL_ERROR "packaging/static-deps.sh failed (see above)")
endif()

# The directory static-deps.sh built for one library (the installed -dev package's version).
function(_transcript_static_dir var name dev)
  execute_process(COMMAND dpkg-query -W -f=\${source:Version} ${dev}
    OUTPUT_VARIABLE version OUTPUT_STRIP_TRAILING_WHITESPACE)
  file(GLOB dirs LIST_DIRECTORIES true "${TRANSCRIPT_STATIC_CACHE}/${name}-${version}-*/done")
  list(LENGTH dirs n)
  if(NOT n EQUAL 1)
    message(FATAL_ERROR "portable: expected one ${name}-${version}-*/ in ${TRANSCRIPT_STATIC_CACHE}, found ${n}: remove the stale ones")
  endif()
  get_filename_component(dir ${dirs} DIRECTORY)
  set(${var} ${dir} PARENT_SCOPE)
endfunction()
_transcript_static_dir(_icu icu libicu-dev)
_transcript_static_dir(_xml libxml2 libxml2-dev)
_transcript_static_dir(_protobuf protobuf libprotobuf-dev)
_transcript_static_dir(_absl abseil libabsl-dev)
_transcript_static_dir(_phone libphonenumber libphonenumber-dev)
set(TRANSCRIPT_STATIC_DIRS ${_icu} ${_xml} ${_protobuf} ${_absl} ${_phone})

foreach(archive ${_multiarch}/libicui18n.a ${_multiarch}/libstemmer.a ${_multiarch}/libnettle.a)
  if(NOT EXISTS ${archive})
    message(FATAL_ERROR "portable: missing ${archive} (bash tests/install-deps.sh --portable)")
  endif()
endforeach()

find_package(Threads REQUIRED)

# ICU's data, trimmed (packaging/icu-data.sh, packaging/icu-data.keep: 31 MB -> about 7 MB)
# and compressed with zstd (-> about 3.3 MB); packaging/icu_data.cc decompresses it when
# the library is loaded (about 10 ms) and hands it to ICU (udata_setCommonData). The symbol
# ICU's code links to (icudt<major>_dat) is an empty package.
find_program(TRANSCRIPT_ZSTD zstd REQUIRED)
set(TRANSCRIPT_ZSTD_LIBRARY ${_multiarch}/libzstd.a)
if(NOT EXISTS ${TRANSCRIPT_ZSTD_LIBRARY})
  message(FATAL_ERROR "portable: missing ${TRANSCRIPT_ZSTD_LIBRARY} (bash tests/install-deps.sh --portable)")
endif()
file(GLOB _icu_dat "${_icu}/icudt*l.dat")
get_filename_component(_icu_dat_name ${_icu_dat} NAME)
string(REGEX REPLACE "^icudt([0-9]+)l\\.dat$" "\\1" TRANSCRIPT_ICU_MAJOR ${_icu_dat_name})
set(_icu_dir ${CMAKE_BINARY_DIR}/icudata)
set(_icu_trimmed ${_icu_dir}/${_icu_dat_name})
set(_icu_empty ${_icu_dir}/empty/${_icu_dat_name})
add_custom_command(OUTPUT ${_icu_trimmed}.zst ${_icu_empty}
  COMMAND bash ${PROJECT_SOURCE_DIR}/packaging/icu-data.sh ${_icu_dat}
          ${PROJECT_SOURCE_DIR}/packaging/icu-data.keep ${_icu_trimmed}
  COMMAND ${TRANSCRIPT_ZSTD} -19 -q -f ${_icu_trimmed} -o ${_icu_trimmed}.zst
  COMMAND bash ${PROJECT_SOURCE_DIR}/packaging/icu-data.sh ${_icu_dat} /dev/null ${_icu_empty}
  DEPENDS ${PROJECT_SOURCE_DIR}/packaging/icu-data.sh ${PROJECT_SOURCE_DIR}/packaging/icu-data.keep ${_icu_dat}
  COMMENT "Trimming ICU's data to what transcript reads (packaging/icu-data.keep), compressing it")
file(WRITE ${_icu_dir}/icudata.S.in
  "/* ICU's data for the portable transcript.so (packaging/portable.cmake). */\n"
  "/* The empty package ICU's code links to. */\n"
  ".section .rodata.icudata,\"a\"\n"
  ".globl icudt@TRANSCRIPT_ICU_MAJOR@_dat\n"
  ".type icudt@TRANSCRIPT_ICU_MAJOR@_dat, @object\n"
  ".balign 16\n"
  "icudt@TRANSCRIPT_ICU_MAJOR@_dat:\n"
  ".incbin \"@_icu_empty@\"\n"
  ".size icudt@TRANSCRIPT_ICU_MAJOR@_dat, . - icudt@TRANSCRIPT_ICU_MAJOR@_dat\n"
  "/* The trimmed data, zstd-compressed, for packaging/icu_data.cc. */\n"
  ".globl transcript_icu_data_zst\n"
  ".hidden transcript_icu_data_zst\n"
  ".globl transcript_icu_data_zst_end\n"
  ".hidden transcript_icu_data_zst_end\n"
  ".balign 16\n"
  "transcript_icu_data_zst:\n"
  ".incbin \"@_icu_trimmed@.zst\"\n"
  "transcript_icu_data_zst_end:\n"
  ".section .note.GNU-stack,\"\",@progbits\n")
configure_file(${_icu_dir}/icudata.S.in ${_icu_dir}/icudata.S @ONLY)
enable_language(ASM)
add_library(transcript_icudata STATIC ${_icu_dir}/icudata.S ${_icu_trimmed}.zst ${_icu_empty})
set_source_files_properties(${_icu_dir}/icudata.S PROPERTIES
  OBJECT_DEPENDS "${_icu_trimmed}.zst;${_icu_empty}")

add_library(ICU::data INTERFACE IMPORTED)
set_target_properties(ICU::data PROPERTIES INTERFACE_LINK_LIBRARIES transcript_icudata)
add_library(ICU::uc STATIC IMPORTED)
set_target_properties(ICU::uc PROPERTIES IMPORTED_LOCATION ${_icu}/lib/libicuuc.a
  INTERFACE_LINK_LIBRARIES "ICU::data;Threads::Threads;${CMAKE_DL_LIBS};m")
add_library(ICU::i18n STATIC IMPORTED)
set_target_properties(ICU::i18n PROPERTIES IMPORTED_LOCATION ${_multiarch}/libicui18n.a
  INTERFACE_LINK_LIBRARIES ICU::uc)
execute_process(COMMAND dpkg-query -W -f=\${Version} libicu-dev
  OUTPUT_VARIABLE ICU_VERSION OUTPUT_STRIP_TRAILING_WHITESPACE)

# libxml2 with its own headers (its xmlversion.h says what this build has).
add_library(LibXml2::LibXml2 STATIC IMPORTED)
set_target_properties(LibXml2::LibXml2 PROPERTIES IMPORTED_LOCATION ${_xml}/lib/libxml2.a
  INTERFACE_INCLUDE_DIRECTORIES ${_xml}/include/libxml2
  INTERFACE_LINK_LIBRARIES "Threads::Threads;m")

# libphonenumber needs protobuf-lite, abseil and ICU (its regular expressions).
file(GLOB _absl_archives ${_absl}/lib/libabsl_*.a)
add_library(transcript_static_phonenumber STATIC IMPORTED)
set_target_properties(transcript_static_phonenumber PROPERTIES
  IMPORTED_LOCATION ${_phone}/lib/libphonenumber.a
  INTERFACE_LINK_LIBRARIES "${_protobuf}/lib/libprotobuf-lite.a;$<LINK_GROUP:RESCAN,${_absl_archives}>;ICU::i18n;ICU::uc;Threads::Threads")
set(PHONENUMBER_LIBRARY transcript_static_phonenumber CACHE STRING "" FORCE)
set(STEMMER_LIBRARY ${_multiarch}/libstemmer.a CACHE FILEPATH "" FORCE)
set(NETTLE_LIBRARY ${_multiarch}/libnettle.a CACHE FILEPATH "" FORCE)

# Every object in its own section, so that --gc-sections drops what nothing calls.
add_compile_options(-ffunction-sections -fdata-sections)

# The link of transcript.so itself (called after extension/ is added). -z nodelete: the
# library stays loaded once loaded (dlclose, when a connection closes, does not unload it), so
# that ICU's data is decompressed once per process and nothing ICU or the C++ runtime keep
# outlives its code.
function(transcript_portable_link target)
  target_sources(${target} PRIVATE ${PROJECT_SOURCE_DIR}/packaging/icu_data.cc)
  target_link_libraries(${target} PRIVATE transcript_icudata ${TRANSCRIPT_ZSTD_LIBRARY})
  target_link_options(${target} PRIVATE
    -static-libstdc++ -static-libgcc
    -Wl,--gc-sections -Wl,--strip-all -Wl,-z,relro -Wl,-z,now -Wl,-z,noexecstack -Wl,-z,nodelete
    -Wl,--version-script=${PROJECT_SOURCE_DIR}/packaging/transcript.map)
  set_property(TARGET ${target} APPEND PROPERTY LINK_DEPENDS ${PROJECT_SOURCE_DIR}/packaging/transcript.map)
endfunction()
