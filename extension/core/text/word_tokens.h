// Words of a folded text, for the matcher and for an FTS5 tokenizer.
//
// A word is a run of letters, combining marks and digits; an apostrophe (' ’ ʼ) joins two
// letters (O'Brien, Lavrov's, don't). Everything else separates words, hyphens included, so
// that "Co-operation" gives the same words in a text and in an alias. The tokenizer marks a
// possessive ending ('s, ’s) so that keys can leave it out and spans can stop before it, and
// remembers whether a full stop follows (initials: "С.В.Лавров", "S. Lavrov").
//
// Why not ICU's word BreakIterator: the matcher needs words of letters and digits only, on
// every row, and the rules above are the part of UAX #29 that matters for Latin and
// Cyrillic; this walk is a table lookup per byte for those scripts and asks ICU's character
// properties (u_charType) for the rest. Snippet edges, which must respect sentences and
// graphemes, should use ICU's break iterators (issue 5).
//
// Thread-safety: a pure function of its input.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace transcript {

enum class WordScript : std::uint8_t { kLatin, kCyrillic, kOther, kMixed, kDigits };

struct WordToken {
  std::uint32_t begin = 0;     // first byte in the folded text
  std::uint32_t end = 0;       // one past the last byte
  std::uint32_t stem_end = 0;  // `end` without a possessive 's / ’s
  WordScript script = WordScript::kOther;
  bool dot_after = false;      // the next character is '.'
};

// Appends the words of `folded` (valid UTF-8, normally from fold_text) to `out`.
void tokenize(std::string_view folded, std::vector<WordToken>& out);

// The same words found a character at a time, without tokenize()'s walk over blocks of
// bytes: the reference the tests and a fuzz target compare tokenize() with.
void tokenize_by_characters(std::string_view folded, std::vector<WordToken>& out);

}  // namespace transcript
