#include "core/transcript/text_stats.h"

#include "core/transcript/scan.h"

namespace transcript {

std::string TextStats::lang() const {
  if (latin > cyrillic && latin > other) return "en";
  if (cyrillic > 0 && cyrillic >= latin && cyrillic > other) return "ru";
  return "und";
}

namespace {

// Decodes text[i], counting its script when it is a letter; returns whether it is a letter
// or a digit. ASCII, the common case, never leaves the first branch.
inline bool word_char(std::string_view text, std::size_t i, std::size_t& len, TextStats* s) {
  const auto c = static_cast<unsigned char>(text[i]);
  if (c < 0x80) {
    len = 1;
    const bool letter = (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    if (letter && s) ++s->latin;
    return letter || (c >= '0' && c <= '9');
  }
  const char32_t cp = scan::peek(text, i, len);
  if (scan::is_letter(cp)) {
    if (s) {
      switch (scan::script_of(cp)) {
        case scan::Script::latin: ++s->latin; break;
        case scan::Script::cyrillic: ++s->cyrillic; break;
        default: ++s->other; break;
      }
    }
    return true;
  }
  return scan::is_digit(cp);
}

}  // namespace

TextStats text_stats(std::string_view text) {
  TextStats s;
  bool in_word = false;
  std::size_t i = 0, len = 0;
  while (i < text.size()) {
    if (word_char(text, i, len, &s)) {
      if (!in_word) ++s.words;
      in_word = true;
      i += len;
      continue;
    }
    if (in_word) {
      // An apostrophe or hyphen between two word characters keeps the word going.
      const char c = text[i];
      const bool joiner = c == '\'' || c == '-' || text.substr(i, 3) == "\u2019";
      std::size_t next_len;
      if (joiner && i + len < text.size() && word_char(text, i + len, next_len, nullptr)) {
        i += len;
        continue;
      }
    }
    in_word = false;
    i += len;
  }
  return s;
}

}  // namespace transcript
