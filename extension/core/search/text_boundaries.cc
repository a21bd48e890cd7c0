#include "core/search/text_boundaries.h"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/ubrk.h>
#include <unicode/utext.h>

#include <algorithm>
#include <iterator>
#include <stdexcept>
#include <string>

#include "core/text/abbreviations.h"
#include "core/text/utf8.h"

namespace transcript {
namespace {

bool is_closing_mark(char32_t c) {
  switch (c) {
    case '.': case '!': case '?': case ')': case ']': case '"': case '\'':
    case U'…': case U'»': case U'”': case U'’':
      return true;
    default:
      return false;
  }
}

bool is_opening_mark(char32_t c) {
  switch (c) {
    case '(': case '[': case '"': case '\'':
    case U'«': case U'“': case U'„': case U'‘':
      return true;
    default:
      return false;
  }
}

bool is_word_status(int32_t status) { return status >= UBRK_WORD_NONE_LIMIT; }

std::unique_ptr<icu::BreakIterator> make_iterator(bool sentences) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> it(
      sentences ? icu::BreakIterator::createSentenceInstance(icu::Locale::getRoot(), status)
                : icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
  if (U_FAILURE(status) || !it) {
    throw std::runtime_error(std::string("cannot create ICU break iterator: ") +
                             u_errorName(status));
  }
  return it;
}

// Start of the code point before pos (pos > 0, valid UTF-8).
std::size_t previous_char(std::string_view text, std::size_t pos) {
  do {
    --pos;
  } while (pos > 0 && is_continuation_byte(static_cast<unsigned char>(text[pos])));
  return pos;
}

}  // namespace

TextBoundaries::TextBoundaries() : words_(make_iterator(false)), sentences_(make_iterator(true)) {
  set_text({});
}

TextBoundaries::~TextBoundaries() = default;

void TextBoundaries::set_text(std::string_view text) {
  text_ = text;
  UErrorCode status = U_ZERO_ERROR;
  UText ut = UTEXT_INITIALIZER;
  // The iterators keep a shallow clone of this UText, which reads the caller's bytes.
  utext_openUTF8(&ut, text.empty() ? "" : text.data(), static_cast<int64_t>(text.size()), &status);
  words_->setText(&ut, status);
  sentences_->setText(&ut, status);
  utext_close(&ut);
  if (U_FAILURE(status)) {
    throw std::runtime_error(std::string("cannot set break iterator text: ") + u_errorName(status));
  }
}

bool TextBoundaries::is_word_boundary(std::size_t pos) {
  if (pos == 0 || pos >= text_.size()) return pos <= text_.size();
  return words_->isBoundary(static_cast<int32_t>(pos));
}

std::optional<TextSpan> TextBoundaries::next_word(std::size_t pos) {
  if (pos >= text_.size()) return std::nullopt;
  auto p = static_cast<int32_t>(pos);
  for (;;) {
    const int32_t r = words_->following(p);
    if (r == icu::BreakIterator::DONE) return std::nullopt;
    if (is_word_status(words_->getRuleStatus())) {
      return TextSpan{static_cast<std::size_t>(p), static_cast<std::size_t>(r)};
    }
    p = r;
  }
}

std::optional<TextSpan> TextBoundaries::previous_word(std::size_t pos) {
  auto p = static_cast<int32_t>(std::min(pos, text_.size()));
  while (p > 0) {
    const int32_t q = words_->preceding(p);
    if (q == icu::BreakIterator::DONE) return std::nullopt;
    // The rule status belongs to the segment that ends at the current boundary: step back
    // onto p to read the status of [q, p).
    words_->following(q);
    if (is_word_status(words_->getRuleStatus())) {
      return TextSpan{static_cast<std::size_t>(q), static_cast<std::size_t>(p)};
    }
    p = q;
  }
  return std::nullopt;
}

std::optional<TextSpan> TextBoundaries::word_at_or_after(std::size_t pos) {
  if (pos >= text_.size()) return std::nullopt;
  const auto p = static_cast<int32_t>(pos);
  if (words_->isBoundary(p)) return next_word(pos);
  const int32_t q = words_->preceding(p);
  const int32_t r = words_->following(q);
  if (r != icu::BreakIterator::DONE && is_word_status(words_->getRuleStatus())) {
    return TextSpan{static_cast<std::size_t>(q), static_cast<std::size_t>(r)};
  }
  return r == icu::BreakIterator::DONE ? std::nullopt : next_word(static_cast<std::size_t>(r));
}

bool TextBoundaries::ignored_sentence_break(std::size_t boundary) {
  const std::optional<TextSpan> before = previous_word(boundary);
  return before && abbreviation_before(boundary, *before);
}

std::size_t TextBoundaries::word_boundary_at_or_before(std::size_t pos) {
  if (pos >= text_.size()) return text_.size();
  while (pos > 0 && is_continuation_byte(static_cast<unsigned char>(text_[pos]))) --pos;
  if (pos == 0 || words_->isBoundary(static_cast<int32_t>(pos))) return pos;
  const int32_t q = words_->preceding(static_cast<int32_t>(pos));
  return q == icu::BreakIterator::DONE ? 0 : static_cast<std::size_t>(q);
}

std::size_t TextBoundaries::sentence_boundary_at_or_before(std::size_t pos) {
  if (pos >= text_.size()) return text_.size();
  while (pos > 0 && is_continuation_byte(static_cast<unsigned char>(text_[pos]))) --pos;
  if (pos == 0 || sentences_->isBoundary(static_cast<int32_t>(pos))) return pos;
  const int32_t q = sentences_->preceding(static_cast<int32_t>(pos));
  return q == icu::BreakIterator::DONE ? 0 : static_cast<std::size_t>(q);
}

std::size_t TextBoundaries::sentence_boundary_after(std::size_t pos) {
  if (pos >= text_.size()) return text_.size();
  const int32_t r = sentences_->following(static_cast<int32_t>(pos));
  return r == icu::BreakIterator::DONE ? text_.size() : static_cast<std::size_t>(r);
}

bool TextBoundaries::abbreviation_before(std::size_t boundary, TextSpan before) const {
  if (before.end > boundary) return false;
  const std::string_view gap = text_.substr(before.end, boundary - before.end);
  // Only a full stop right after the word can belong to an abbreviation; a new paragraph
  // always starts a sentence.
  if (gap.empty() || gap.front() != '.' || gap.find_first_of("\n\r") != std::string_view::npos) {
    return false;
  }
  return is_abbreviation(text_.substr(before.begin, before.end - before.begin));
}

std::optional<std::size_t> TextBoundaries::sentence_start(std::size_t word_begin,
                                                          std::size_t floor) {
  if (word_begin > text_.size()) return std::nullopt;
  const auto p = static_cast<int32_t>(word_begin);
  int32_t boundary = sentences_->isBoundary(p) ? p : sentences_->preceding(p);
  for (;;) {
    if (boundary == icu::BreakIterator::DONE || boundary < 0) boundary = 0;
    const auto b = static_cast<std::size_t>(boundary);
    const std::optional<TextSpan> first = next_word(b);
    const std::size_t first_word = first ? std::min(first->begin, word_begin) : word_begin;
    if (first_word < floor) return std::nullopt;
    if (b == 0 || !ignored_sentence_break(b)) return first_word;
    boundary = sentences_->preceding(boundary);
  }
}

std::size_t TextBoundaries::widen_end(std::size_t word_end, std::size_t limit) {
  limit = std::min(limit, text_.size());
  std::size_t pos = word_end;
  while (pos < limit) {
    std::size_t next = pos;
    const char32_t c = decode_utf8(text_, next);
    if (u_isUWhiteSpace(static_cast<UChar32>(c))) return pos;
    if (!is_closing_mark(c)) return word_end;
    pos = next;
  }
  return pos == text_.size() ? pos : word_end;
}

std::size_t TextBoundaries::widen_begin(std::size_t word_begin, std::size_t limit) {
  std::size_t pos = word_begin;
  while (pos > limit) {
    const std::size_t prev = previous_char(text_, pos);
    std::size_t at = prev;
    const char32_t c = decode_utf8(text_, at);
    if (u_isUWhiteSpace(static_cast<UChar32>(c))) return pos;
    if (!is_opening_mark(c)) return word_begin;
    pos = prev;
  }
  return pos == 0 ? pos : word_begin;
}

}  // namespace transcript
