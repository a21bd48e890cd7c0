// Splitting a page into lines, the unit every page parser starts from.
//
// Line ends are LF, CRLF or a lone CR. A byte-order mark at the start of the page is not
// part of the first line's text (but still counts in offsets, which always refer to the
// page as given).
#pragma once

#include <cstddef>
#include <string>
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

namespace detail {
// What a byte says of the white space starting at it: 0 none, 1 a one-byte space, 2 the
// lead byte of a multi-byte character that may be a space (U+00A0, U+2000.., U+3000,
// U+FEFF). Every other byte, Cyrillic's 0xD0/0xD1 and continuation bytes included, is 0.
constexpr unsigned char kSpaceLead[256] = {
    1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 1, 1, 0, 0, 0,  // NUL, \t, \v, \f
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,  // ' '
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,  // 0xC2
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 2, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2,  // 0xE2, 0xE3, 0xEF
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
};
}  // namespace detail

// Parsers ask at every byte: one table look-up answers all but the few lead bytes above.
inline std::size_t space_length_at(std::string_view text, std::size_t i) {
  const unsigned char k = detail::kSpaceLead[static_cast<unsigned char>(text[i])];
  if (k < 2) return k;
  return space_length_at_multibyte(text, i);
}

// True when the text is empty after trim().
inline bool is_blank(std::string_view text) { return trim(text).empty(); }

// Every run of white space (as trim() defines it, and line breaks) as one ASCII space, the
// ends trimmed: "\u00A0Pakistan -\tIslamabad\n(Embassy)" -> "Pakistan - Islamabad (Embassy)".
std::string collapse_spaces(std::string_view s);

}  // namespace transcript
