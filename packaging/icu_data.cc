// ICU's data for the portable transcript.so (packaging/portable.cmake): the items of
// packaging/icu-data.keep, zstd-compressed into the library (transcript_icu_data_zst, from
// the assembly portable.cmake writes). When the library is loaded, before any other
// initializer of it runs, the data is decompressed into memory (about 7 MB, about 10 ms) and
// given to ICU, which then never looks for data elsewhere for these items. The library is
// linked -z nodelete, so this happens once per process and the memory stays ICU's.
#include <unicode/udata.h>
#include <zstd.h>

#include <cstddef>
#include <cstdio>
#include <cstdlib>

extern "C" const char transcript_icu_data_zst[];
extern "C" const char transcript_icu_data_zst_end[];

namespace {

__attribute__((constructor(101))) void transcript_load_icu_data() {
  const std::size_t packed = static_cast<std::size_t>(transcript_icu_data_zst_end - transcript_icu_data_zst);
  const unsigned long long size = ZSTD_getFrameContentSize(transcript_icu_data_zst, packed);
  void* data = nullptr;
  if (size != ZSTD_CONTENTSIZE_ERROR && size != ZSTD_CONTENTSIZE_UNKNOWN) {
    data = std::aligned_alloc(16, (static_cast<std::size_t>(size) + 15) / 16 * 16);
  }
  if (data == nullptr ||
      ZSTD_isError(ZSTD_decompress(data, static_cast<std::size_t>(size), transcript_icu_data_zst, packed))) {
    // Without its data ICU reports every lookup as failed: the functions then fail with
    // their own messages ("ICU ... unavailable"); say why once.
    std::fputs("transcript: cannot unpack ICU's data (out of memory?)\n", stderr);
    std::free(data);
    return;
  }
  UErrorCode status = U_ZERO_ERROR;
  udata_setCommonData(data, &status);
  if (U_FAILURE(status)) {
    std::fprintf(stderr, "transcript: ICU refused its data: %s\n", u_errorName(status));
    std::free(data);
  }
}

}  // namespace
