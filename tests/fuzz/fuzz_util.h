// Shared by the fuzz targets: what a finding is.
//
// A target crashes (abort, so that libFuzzer and the replay tests both report it) when the
// code under test breaks one of its documented promises — a span outside the text, a score
// outside [0, 1] — besides whatever AddressSanitizer and UBSan catch on their own.
#pragma once

#include <cstdio>
#include <cstdlib>

#define FUZZ_CHECK(condition)                                                        \
  do {                                                                               \
    if (!(condition)) {                                                              \
      std::fprintf(stderr, "%s:%d: broken promise: %s\n", __FILE__, __LINE__,        \
                   #condition);                                                      \
      std::abort();                                                                  \
    }                                                                                \
  } while (0)
