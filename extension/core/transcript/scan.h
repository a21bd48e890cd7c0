// Small character-level helpers shared by the transcript parser's units: white space
// (the same set as lines.h's trim(), NUL included), code point classes (letters, case,
// script) and a Latin/Cyrillic lower-casing used to compare short words against the
// parser's word lists.
//
// Everything here is cheap and allocation-free except fold_word(), which the parser only
// calls on label-sized strings, never on running text, and the first in_list() of each
// word list, which hashes the list.
#pragma once

#include <cstddef>
#include <iterator>
#include <string>
#include <string_view>
#include <unordered_set>

#include "core/text/lines.h"

namespace transcript::scan {

// Length in bytes of the white space character at s[i] (ASCII space, tab, NUL, form feed,
// vertical tab, U+00A0, U+2000..U+200B, U+202F, U+205F, U+3000, U+FEFF), or 0.
inline std::size_t space_at(std::string_view s, std::size_t i) { return space_length_at(s, i); }

// Index of the first byte at or after i that is not white space.
inline std::size_t skip_spaces(std::string_view s, std::size_t i) {
  while (i < s.size()) {
    const std::size_t len = space_at(s, i);
    if (len == 0) break;
    i += len;
  }
  return i;
}

// Decodes the code point at s[i] (valid UTF-8) and stores its length in len. (ASCII inline:
// the rules ask it of every character of the lines they read.)
char32_t peek_multibyte(std::string_view s, std::size_t i, std::size_t& len);
inline char32_t peek(std::string_view s, std::size_t i, std::size_t& len) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) {
    len = 1;
    return c;
  }
  return peek_multibyte(s, i, len);
}

bool is_letter(char32_t cp);
bool is_digit(char32_t cp);  // decimal digits of any script
bool is_upper(char32_t cp);  // upper or title case letter
bool is_lower(char32_t cp);
// The letters of a word or label printed in capitals: how many letters it has when every one
// is upper case ("KAMIKAWA" 8, "PRESIDENT XI" 11, "EU" 2), else 0 ("Putin", "EUR-lex", and
// the words of scripts without case: "نحن", "外交部").
std::size_t capital_letters(std::string_view s);
// A mark that opens a quotation: Unicode's initial punctuation (“ ‘ « ‹), the low marks
// that open German and Polish quotations („ ‚) and the typewriter's ".
bool is_opening_quote(char32_t cp);

enum class Script { other, latin, cyrillic };
Script script_of(char32_t cp);

// Lower-cases a short string: ASCII and Cyrillic (А–Я, Ё and the Latin-1/Extended-A
// letters through ICU's simple case mapping). Used for word-list look-ups only.
std::string fold_word(std::string_view word);

// Equality ignoring case, for short strings.
bool equals_folded(std::string_view a, std::string_view b);

// One misprint apart: an edit or a swap of neighbours, both words of five letters or more
// and not equal ("Markel" / "Merkel", "PRESDIDENT" / "PRESIDENT"). Compares code points as
// given: callers fold first.
bool one_misprint(std::string_view a, std::string_view b);

// Chinese, Japanese and Korean letters (kana, CJK ideographs, hangul), which a language
// writes without spaces between words.
bool is_cjk(char32_t cp);

// Words of a line for judging its shape, in scripts written without spaces too: a run of
// CJK letters counts one word per two letters (a Chinese headline is several words).
std::size_t shape_words(std::string_view s);

// True when the line ends as a sentence or a clause does: . , ! ? : ; … and their
// full-width forms 。，！？：；.
bool ends_with_punctuation(std::string_view s);

// A word of split_words() without the marks around it: ASCII , . ; : ! ? ( ) " ' and
// guillemets « » at either end ("Hey," -> "Hey", "Dean»" -> "Dean", "(Laughter.)" ->
// "Laughter"). A word equal to its bare_word() has no such marks.
std::string_view bare_word(std::string_view w);

// `w` without the marks of `marks` at its end, any number of them, each compared whole (a
// mark of several bytes, "»", "”", "’", is taken off only where the word ends with all of
// them: their bytes also end letters, the second byte of "»" is the second of "л").
std::string_view without_trailing_marks(std::string_view w, std::string_view marks);

// True when `folded` is one of the words of List (an array of string_view, folded): the
// list is hashed on first use, since the parsers ask about nearly every word of every
// label and title.
template <const auto& List>
bool in_list(std::string_view folded) {
  static const std::unordered_set<std::string_view> set(std::begin(List), std::end(List));
  return set.contains(folded);
}

}  // namespace transcript::scan
