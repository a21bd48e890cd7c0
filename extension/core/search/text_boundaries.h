// Word and sentence boundaries of one text, for the edges of snippets (issue 5).
//
// Words are the segments of ICU's word BreakIterator (UAX #29) that hold a letter, a digit
// or an ideograph (rule status >= UBRK_WORD_NONE_LIMIT); spaces and punctuation are the
// segments between them. UAX #29 never breaks inside a grapheme cluster (a letter and its
// combining marks stay together), so an edge on a word boundary never splits a grapheme.
//
// Sentences come from ICU's sentence BreakIterator, with a guard: ICU breaks after
// "Dr. Smith", "в 2020 г. Лавров", "т.е. Лавров" or "S. Lavrov" because a capital follows
// the full stop. A boundary whose full stop follows an abbreviation is ignored:
//  - a word of the list in text_boundaries.cc (Mr, Mrs, Dr, Prof, St, vs, г, гг, им, ул,
//    см, проф …), compared in lower case;
//  - a word with a full stop inside (U.S, e.g, i.e, т.е, и.о, С.В): ICU joins such letters
//    into one word;
//  - a single capital letter (an initial: "S. Lavrov", "В. Путин").
// Sentence ends that abbreviations often close too ("etc.", "т.д.", "и др.") are kept.
//
// Cost: a text whose characters all have simple break classes (letters without combining
// marks, digits, spaces, the usual punctuation: simple_breaks.h) is answered by SimpleBreaks,
// the same rules written for those classes, which ICU's iterators answered about four times
// slower; ICU's iterators answer the rest. set_text() reads the text once to tell which.
// Creating ICU break iterators is expensive, so a TextBoundaries is made once per connection
// and given each row with set_text(), which opens a UTF-8 UText on the row's bytes (no
// conversion to UTF-16; native offsets are byte offsets) when ICU is to answer. Every query
// walks outward from a given position; nothing but set_text() reads the whole text.
//
// Thread-safety: none (ICU iterators keep a position); one per connection.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string_view>

#include <unicode/uversion.h>

#include "core/search/simple_breaks.h"

U_NAMESPACE_BEGIN
class BreakIterator;
U_NAMESPACE_END

namespace transcript {

// A byte span of the text, end exclusive.
struct TextSpan {
  std::size_t begin = 0, end = 0;
};

class TextBoundaries {
 public:
  // Creates the ICU iterators (root locale). Throws std::runtime_error when ICU cannot.
  TextBoundaries();
  ~TextBoundaries();
  TextBoundaries(const TextBoundaries&) = delete;
  TextBoundaries& operator=(const TextBoundaries&) = delete;

  // The text every other call refers to: valid UTF-8 that outlives the calls.
  void set_text(std::string_view text);
  std::string_view text() const { return text_; }

  // True when byte offset pos is a word boundary (0 and the text's size are).
  bool is_word_boundary(std::size_t pos);

  // The first word that ends after pos: the word containing pos, or the next one.
  std::optional<TextSpan> word_at_or_after(std::size_t pos);
  // The first word beginning at or after pos (a boundary).
  std::optional<TextSpan> next_word(std::size_t pos);
  // The last word ending at or before pos (a boundary).
  std::optional<TextSpan> previous_word(std::size_t pos);

  // The first word of the sentence that holds the word beginning at word_begin, when that
  // sentence starts at or after `floor`; nullopt otherwise. The text's first word starts a
  // sentence.
  std::optional<std::size_t> sentence_start(std::size_t word_begin, std::size_t floor);
  bool starts_sentence(std::size_t word_begin) {
    return sentence_start(word_begin, word_begin) == word_begin;
  }

  // For callers that walk sentences themselves (forward, which ICU does fastest): the last
  // word boundary at or before pos; the last ICU sentence boundary at or before pos and the
  // first after it (the text's size at the end), unguarded; and the guard: whether the
  // sentence boundary at `boundary`, whose previous word is `before`, follows an abbreviation.
  std::size_t word_boundary_at_or_before(std::size_t pos);
  std::size_t sentence_boundary_at_or_before(std::size_t pos);
  std::size_t sentence_boundary_after(std::size_t pos);
  bool abbreviation_before(std::size_t boundary, TextSpan before) const;

  // Edges widened over punctuation that belongs to the words inside: from a word's end over
  // closing marks (. ! ? … ) ] » ” ’ ") when only such marks stand before the next space or
  // the text's end; from a word's begin back over opening marks (( [ « “ „ ‘ ") up to a space
  // or the text's start. Otherwise the edge is returned unchanged. Never past limit.
  std::size_t widen_end(std::size_t word_end, std::size_t limit);
  std::size_t widen_begin(std::size_t word_begin, std::size_t limit);

 private:
  static constexpr std::size_t kDone = static_cast<std::size_t>(-1);
  bool word_boundary(std::size_t pos);
  std::size_t word_following(std::size_t pos, bool* is_word);
  std::size_t word_preceding(std::size_t pos);
  bool sentence_boundary(std::size_t pos);
  std::size_t sentence_following(std::size_t pos);
  std::size_t sentence_preceding(std::size_t pos);
  std::size_t char_start(std::size_t pos) const;
  bool ignored_sentence_break(std::size_t boundary);

  std::string_view text_;
  bool simple_ = false;  // breaks_ answers, ICU's iterators are not given the text
  SimpleBreaks breaks_;
  std::unique_ptr<icu::BreakIterator> words_;
  std::unique_ptr<icu::BreakIterator> sentences_;
};

}  // namespace transcript
