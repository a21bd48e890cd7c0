// Splitting a page into lines, the unit every page parser starts from.
//
// Line ends are LF, CRLF or a lone CR. A byte-order mark at the start of the page is not
// part of the first line's text (but still counts in offsets, which always refer to the
// page as given).
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace transcript {

struct Line {
  std::string_view text;  // without the line end
  std::size_t begin = 0;  // byte offset of text in the page
  std::size_t number = 0; // 1-based
};

std::vector<Line> split_lines(std::string_view page);

// The line with surrounding white space removed, where white space is ASCII space and
// tab, NUL, U+00A0 NO-BREAK SPACE, U+2000..U+200B, U+202F, U+205F, U+3000 and U+FEFF.
std::string_view trim(std::string_view text);

// The length in bytes of the white space character (as trim() defines it) that starts at
// text[i], or 0 when there is none there.
std::size_t space_length_at_multibyte(std::string_view text, std::size_t i);
inline std::size_t space_length_at(std::string_view text, std::size_t i) {
  const auto c = static_cast<unsigned char>(text[i]);
  if (c < 0x80) return c == ' ' || c == '\t' || c == '\0' || c == '\f' || c == '\v' ? 1 : 0;
  // Parsers ask at every byte: ASCII, and every lead byte that starts no space (Cyrillic's
  // 0xD0/0xD1, continuation bytes), are answered inline.
  if (c != 0xC2 && c != 0xE2 && c != 0xE3 && c != 0xEF) return 0;
  return space_length_at_multibyte(text, i);
}

// True when the text is empty after trim().
inline bool is_blank(std::string_view text) { return trim(text).empty(); }

}  // namespace transcript
