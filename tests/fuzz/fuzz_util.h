// Shared by the fuzz targets: what a finding is.
//
// A target crashes (abort, so that libFuzzer and the replay tests both report it) when the
// code under test breaks one of its documented promises — a span outside the text, a score
// outside [0, 1] — besides whatever AddressSanitizer and UBSan catch on their own.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <string_view>

#define FUZZ_CHECK(condition)                                                        \
  do {                                                                               \
    if (!(condition)) {                                                              \
      std::fprintf(stderr, "%s:%d: broken promise: %s\n", __FILE__, __LINE__,        \
                   #condition);                                                      \
      std::abort();                                                                  \
    }                                                                                \
  } while (0)

// The input of the query targets (fuzz_query, fuzz_snippet): the query on the first line,
// the text searched after it (empty when there is no line break).
struct QueryInput {
  std::string_view query;
  std::string_view text;
};

inline QueryInput split_query_input(std::string_view input) {
  const std::size_t newline = input.find('\n');
  return {input.substr(0, newline),
          newline == std::string_view::npos ? std::string_view() : input.substr(newline + 1)};
}
