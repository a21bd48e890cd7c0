// Word and sentence boundaries of UAX #29 computed directly, for texts whose every character
// has one of the simple break classes below; the same boundaries ICU's break iterators give
// (text_boundaries.h uses these when covers() says so, ICU's iterators otherwise).
//
// Why: a snippet asks for the words and sentences around each hit, and on turn text ICU's
// iterators (a state machine run over a UText, its rules compiled for all of Unicode) were
// most of a snippet's time, 2.5x the query's own scan (issue 18). The rules themselves, for
// letters, digits, spaces and punctuation, fit in a few comparisons of neighbouring classes.
//
// The classes come from ICU's own character properties (Word_Break, Sentence_Break), read
// once into a table for U+0000..U+07FF and U+2000..U+21FF; only the rules are written here.
// A text is covered when every code point lies in those ranges and has
//  - a Word_Break of ALetter, Numeric, MidLetter, MidNum, MidNumLet, Single_Quote,
//    Double_Quote, WSegSpace, CR, LF, Newline or Other (not Extend, Format, ZWJ,
//    ExtendNumLet, Hebrew_Letter, Katakana, Regional_Indicator), and
//  - a Sentence_Break other than Extend and Format, and
//  - no Extended_Pictographic property (emoji sequences have rules of their own), and is
//    not a control character other than tab, line feed, vertical tab, form feed, carriage
//    return and next line (U+0085).
// Latin, Cyrillic, Greek, Armenian and Arabic letters without combining marks, digits, the
// usual punctuation, quotes, dashes, the ellipsis and currency signs are covered; a text with
// a combining accent, a soft hyphen, an underscore, an emoji or an ideograph is not.
//
// Word rules (UAX #29 section 4.1): WB3 CR x LF; WB3a/b breaks around newlines; WB3d spaces
// stay together; WB5-WB7 letters joined, also across one MidLetter or MidNumLet/Single_Quote
// between letters ("don't", "U.S"); WB8-WB10 letters and digits joined; WB11/12 digits joined
// across one MidNum or MidNumLet/Single_Quote ("3.14", "1,000"); WB999 a break elsewhere.
// ICU's root rules treat the colon as Other, not as MidLetter (a:b is three segments), and so
// does this. A segment is a word (ICU's rule status >= UBRK_WORD_NONE_LIMIT) when it ends with
// a letter or a digit.
// Sentence rules (section 5.1): SB3 CR x LF; SB4 a break after a paragraph separator; SB6
// ATerm x Numeric; SB7 (Upper|Lower) ATerm x Upper; SB8 ATerm Close* Sp* x (not OLetter,
// Upper, Lower, ParaSep, SATerm)* Lower; SB8a SATerm Close* Sp* x (SContinue|SATerm);
// SB9/SB10 the closing marks and spaces stay with the terminator; SB11 a break after them.
//
// tests/core/simple_breaks_test.cc checks every boundary against ICU's iterators on random
// strings over the covered classes and on the corpus pages' turns.
//
// Thread-safety: the class table is built once (thread-safe static); a SimpleBreaks only
// reads its text.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace transcript {

class SimpleBreaks {
 public:
  // True when every character of text (valid UTF-8) has a class these rules cover.
  static bool covers(std::string_view text);

  // text: valid UTF-8 that covers() accepts, outliving this object.
  explicit SimpleBreaks(std::string_view text = {});

  // Positions are byte offsets at character starts; 0 and text.size() are boundaries of
  // both kinds.
  bool is_word_boundary(std::size_t pos) const;
  // The first word boundary after pos (text.size() at the end), the last before pos (0).
  // *word (when given): whether the segment that ends at the boundary returned is a word.
  std::size_t next_word_boundary(std::size_t pos, bool* word = nullptr) const;
  std::size_t previous_word_boundary(std::size_t pos) const;
  // Whether the segment that ends at the word boundary `end` (> 0) is a word.
  bool word_ends_at(std::size_t end) const;

  bool is_sentence_boundary(std::size_t pos) const;
  std::size_t next_sentence_boundary(std::size_t pos) const;
  std::size_t previous_sentence_boundary(std::size_t pos) const;

 private:
  std::string_view text_;
  const std::uint8_t* table_;  // the classes of simple_breaks.cc
};

}  // namespace transcript
