// One text prepared for matching: folded once, cut into words once, with each word's place
// in the original text and its capitalisation there.
//
// Folding loses case, but acronyms match only in capitals (US, not us) and gazetteer names
// only when capitalised (Того the country, not того the pronoun), so shape() looks at the
// original letters of a word. Spans go back to the original through the fold map, so
// ß -> ss and the like never shift them.
//
// An AnalyzedText is a reusable buffer: keep one per connection and call analyze() for each
// row; it does not own the original text, which must outlive it. analyze_row() keeps its
// own copy instead, and does the work once when a row is asked for twice in a row.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/text/case_fold.h"
#include "core/text/word_tokens.h"

namespace transcript {

struct WordShape {
  bool capitalised = false;  // the first letter is a capital (or the word has no letters)
  bool all_caps = false;     // no lower-case letter
};

class AnalyzedText {
 public:
  // Valid UTF-8 in.
  void analyze(std::string_view original);
  // The same for one row of a statement, on a copy of its bytes: when they equal those of
  // the last analyze_row() (and no analyze() came between), the analysis stands as it is,
  // id() included. A statement that calls two functions on one row ("SELECT
  // transcript_snippet(text, q) ... WHERE transcript_find(text, q) > 0") folds and splits
  // the row once.
  void analyze_row(std::string_view original);

  std::string_view original() const { return original_; }
  // Identifies this analysis: unique in the process, renewed by every analyze().
  std::uint64_t id() const { return id_; }
  const std::string& folded() const { return folded_.text; }
  const std::vector<WordToken>& words() const { return words_; }
  std::size_t size() const { return words_.size(); }

  // The folded word without a possessive ending.
  std::string_view word(std::size_t i) const {
    return std::string_view(folded_.text).substr(words_[i].begin, words_[i].stem_end - words_[i].begin);
  }
  // Byte span of word i in the original text (without a possessive ending). Worked out once
  // per word and analysis: a word's span is asked for by its shape, its match's end and the
  // tokenizer's offsets, and each asks the fold map.
  std::size_t original_begin(std::size_t i) const {
    OriginalSpan& s = spans_[i];
    if (s.begin == kUnknown) s.begin = static_cast<std::uint32_t>(folded_.map.to_original_start(words_[i].begin));
    return s.begin;
  }
  std::size_t original_end(std::size_t i) const {
    OriginalSpan& s = spans_[i];
    if (s.end == kUnknown) s.end = static_cast<std::uint32_t>(folded_.map.to_original_end(words_[i].stem_end));
    return s.end;
  }
  // Byte span of word i in the original text, possessive included.
  std::size_t original_full_end(std::size_t i) const { return folded_.map.to_original_end(words_[i].end); }

  // Where a match that ends with word i ends in the original: after the word, and after
  // the full stop of a trailing initial ("Лавров С.В.", "U.S."), which belongs to it.
  std::size_t match_end(std::size_t i) const;

  WordShape shape(std::size_t i) const;
  // Whether word i, as printed, has a capital after a lower-case letter (BiH, БиГ, McDonald).
  bool mixed_case(std::size_t i) const;

  // True when word i starts a sentence, so that its capital may be only the sentence's: the
  // text's first word, the first word of a line, or the first after . ! ? … (closing
  // quotes, brackets, dashes and spaces between), unless the full stop ends an abbreviation
  // or an initial ("Mr. Price", "N. Price", "U.S. Price": core/text/abbreviations.h).
  bool starts_sentence(std::size_t i) const;

  // True when word i may continue a mention that word i - 1 is part of: nothing but spaces,
  // commas, hyphens, quotes, brackets or apostrophes between them, or a full stop after an
  // abbreviation or an initial ("С.В.Лавров", "U.S.", "Mr. Price"). A semicolon, colon,
  // question or exclamation mark, a full stop after a word, or a line break ends a mention:
  // "in May; Theresa May" holds no "May Theresa".
  bool joined(std::size_t i) const;

 private:
  std::string_view original_;
  std::string row_;         // analyze_row()'s copy of the row
  bool row_valid_ = false;  // the analysis is of row_
  std::uint64_t id_ = 0;
  FoldedText folded_;
  std::vector<WordToken> words_;
  // Each word's original span, filled as it is asked for (kUnknown until then). Offsets fit
  // in 32 bits as WordToken's do.
  static constexpr std::uint32_t kUnknown = UINT32_MAX;
  struct OriginalSpan {
    std::uint32_t begin = kUnknown, end = kUnknown;
  };
  mutable std::vector<OriginalSpan> spans_;
};

}  // namespace transcript
