// Helpers shared by the html area's tests.
#pragma once

#include <fstream>
#include <sstream>
#include <string>
#include <string_view>

#include "core/text/utf8.h"

namespace transcript::testing {

inline std::string read_data(const std::string& name) {
  std::ifstream in(std::string(TRANSCRIPT_TEST_DATA) + "/" + name, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

// Byte offset of a code point offset into UTF-8 text.
inline std::size_t byte_of_char(std::string_view text, std::int64_t chars) {
  std::size_t i = 0;
  for (std::int64_t c = 0; c < chars && i < text.size(); ++c) {
    ++i;
    while (i < text.size() && is_continuation_byte(static_cast<unsigned char>(text[i]))) ++i;
  }
  return i;
}

// The substring of UTF-8 text between two code point offsets.
inline std::string_view char_span(std::string_view text, std::int64_t begin, std::int64_t end) {
  const std::size_t b = byte_of_char(text, begin), e = byte_of_char(text, end);
  return text.substr(b, e - b);
}

}  // namespace transcript::testing
