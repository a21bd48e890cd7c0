#include "core/transcript/text_stats.h"

#include <array>

#include "core/transcript/scan.h"

namespace transcript {

std::string TextStats::lang() const {
  if (latin > cyrillic && latin > other) return "en";
  if (cyrillic > 0 && cyrillic >= latin && cyrillic > other) return "ru";
  return "und";
}

namespace {

enum : unsigned char { kOther = 0, kLetter = 1, kDigit = 2, kJoiner = 3 };

constexpr std::array<unsigned char, 128> make_ascii_classes() {
  std::array<unsigned char, 128> t{};
  for (int c = 'a'; c <= 'z'; ++c) t[c] = kLetter;
  for (int c = 'A'; c <= 'Z'; ++c) t[c] = kLetter;
  for (int c = '0'; c <= '9'; ++c) t[c] = kDigit;
  t['\''] = kJoiner;
  t['-'] = kJoiner;
  return t;
}
constexpr auto kAscii = make_ascii_classes();

// Class of the character at text[i] and its length; counts its script into s when s is
// given. ASCII and two-byte Cyrillic (most of every page) never reach ICU.
inline unsigned char classify(std::string_view text, std::size_t i, std::size_t& len, TextStats* s) {
  const auto c = static_cast<unsigned char>(text[i]);
  if (c < 0x80) {
    len = 1;
    const unsigned char k = kAscii[c];
    if (k == kLetter && s) ++s->latin;
    return k;
  }
  if ((c == 0xD0 || c == 0xD1) && i + 1 < text.size()) {
    // U+0400..U+047F: U+0400..U+045F are all letters.
    len = 2;
    const auto b = static_cast<unsigned char>(text[i + 1]);
    if (c == 0xD0 || b <= 0x9F) {
      if (s) ++s->cyrillic;
      return kLetter;
    }
  }
  const char32_t cp = scan::peek(text, i, len);
  if (cp == U'\u2019') return kJoiner;
  if (scan::is_letter(cp)) {
    if (s) {
      switch (scan::script_of(cp)) {
        case scan::Script::latin: ++s->latin; break;
        case scan::Script::cyrillic: ++s->cyrillic; break;
        default: ++s->other; break;
      }
    }
    return kLetter;
  }
  return scan::is_digit(cp) ? kDigit : kOther;
}

}  // namespace

TextStats text_stats(std::string_view text) {
  TextStats s;
  std::size_t words = 0, latin = 0;
  unsigned in_word = 0;
  std::size_t i = 0, len = 0;
  const std::size_t n = text.size();
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  while (i < n) {
    unsigned k;
    if (p[i] < 0x80) {  // the hot path: one table look-up, no branch but for joiners
      k = kAscii[p[i]];
      latin += k == kLetter;
      len = 1;
    } else {
      k = classify(text, i, len, &s);
    }
    unsigned word_char = k == kLetter || k == kDigit;
    if (k == kJoiner && in_word && i + len < n) [[unlikely]] {
      // An apostrophe or hyphen between two word characters keeps the word going.
      std::size_t next_len;
      const unsigned next = classify(text, i + len, next_len, nullptr);
      word_char = next == kLetter || next == kDigit;
    }
    words += word_char & (in_word ^ 1u);
    in_word = word_char;
    i += len;
  }
  s.words = words;
  s.latin += latin;
  return s;
}

}  // namespace transcript
