#include "core/search/text_boundaries.h"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/ubrk.h>
#include <unicode/utext.h>

#include <algorithm>
#include <iterator>
#include <stdexcept>
#include <string>

#include "core/search/simple_breaks.h"
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
  simple_ = SimpleBreaks::covers(text);
  if (simple_) {
    breaks_ = SimpleBreaks(text);
    return;
  }
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

// The seven questions every walk below is made of, answered by SimpleBreaks for a text it
// covers and by ICU's iterators otherwise (the same answers: simple_breaks.h). Positions are
// character starts; kDone is ICU's DONE.

bool TextBoundaries::word_boundary(std::size_t pos) {
  return simple_ ? breaks_.is_word_boundary(pos) : words_->isBoundary(static_cast<int32_t>(pos));
}

std::size_t TextBoundaries::word_following(std::size_t pos, bool* is_word) {
  if (simple_) {
    if (pos >= text_.size()) return kDone;
    return breaks_.next_word_boundary(pos, is_word);
  }
  const int32_t r = words_->following(static_cast<int32_t>(pos));
  if (r == icu::BreakIterator::DONE) return kDone;
  *is_word = is_word_status(words_->getRuleStatus());
  return static_cast<std::size_t>(r);
}

std::size_t TextBoundaries::word_preceding(std::size_t pos) {
  if (simple_) return pos == 0 ? kDone : breaks_.previous_word_boundary(pos);
  const int32_t q = words_->preceding(static_cast<int32_t>(pos));
  return q == icu::BreakIterator::DONE ? kDone : static_cast<std::size_t>(q);
}

bool TextBoundaries::sentence_boundary(std::size_t pos) {
  return simple_ ? breaks_.is_sentence_boundary(pos)
                 : sentences_->isBoundary(static_cast<int32_t>(pos));
}

std::size_t TextBoundaries::sentence_following(std::size_t pos) {
  if (simple_) return pos >= text_.size() ? kDone : breaks_.next_sentence_boundary(pos);
  const int32_t r = sentences_->following(static_cast<int32_t>(pos));
  return r == icu::BreakIterator::DONE ? kDone : static_cast<std::size_t>(r);
}

std::size_t TextBoundaries::sentence_preceding(std::size_t pos) {
  if (simple_) return pos == 0 ? kDone : breaks_.previous_sentence_boundary(pos);
  const int32_t q = sentences_->preceding(static_cast<int32_t>(pos));
  return q == icu::BreakIterator::DONE ? kDone : static_cast<std::size_t>(q);
}

std::size_t TextBoundaries::char_start(std::size_t pos) const {
  while (pos > 0 && pos < text_.size() && is_continuation_byte(static_cast<unsigned char>(text_[pos]))) {
    --pos;
  }
  return pos;
}

bool TextBoundaries::is_word_boundary(std::size_t pos) {
  if (pos == 0 || pos >= text_.size()) return pos <= text_.size();
  return word_boundary(pos);
}

std::optional<TextSpan> TextBoundaries::next_word(std::size_t pos) {
  if (pos >= text_.size()) return std::nullopt;
  std::size_t p = char_start(pos);
  for (;;) {
    bool is_word = false;
    const std::size_t r = word_following(p, &is_word);
    if (r == kDone) return std::nullopt;
    if (is_word) return TextSpan{p, r};
    p = r;
  }
}

std::optional<TextSpan> TextBoundaries::previous_word(std::size_t pos) {
  std::size_t p = char_start(std::min(pos, text_.size()));
  while (p > 0) {
    const std::size_t q = word_preceding(p);
    if (q == kDone) return std::nullopt;
    // The rule status belongs to the segment that ends at the boundary after q: step back
    // onto it to read the status of [q, p).
    bool is_word = false;
    word_following(q, &is_word);
    if (is_word) return TextSpan{q, p};
    p = q;
  }
  return std::nullopt;
}

std::optional<TextSpan> TextBoundaries::word_at_or_after(std::size_t pos) {
  if (pos >= text_.size()) return std::nullopt;
  const std::size_t p = char_start(pos);
  if (word_boundary(p)) return next_word(p);
  const std::size_t q = word_preceding(p);
  bool is_word = false;
  const std::size_t r = word_following(q == kDone ? 0 : q, &is_word);
  if (r != kDone && is_word) return TextSpan{q == kDone ? 0 : q, r};
  return r == kDone ? std::nullopt : next_word(r);
}

bool TextBoundaries::ignored_sentence_break(std::size_t boundary) {
  const std::optional<TextSpan> before = previous_word(boundary);
  return before && abbreviation_before(boundary, *before);
}

std::size_t TextBoundaries::word_boundary_at_or_before(std::size_t pos) {
  if (pos >= text_.size()) return text_.size();
  pos = char_start(pos);
  if (pos == 0 || word_boundary(pos)) return pos;
  const std::size_t q = word_preceding(pos);
  return q == kDone ? 0 : q;
}

std::size_t TextBoundaries::sentence_boundary_at_or_before(std::size_t pos) {
  if (pos >= text_.size()) return text_.size();
  pos = char_start(pos);
  if (pos == 0 || sentence_boundary(pos)) return pos;
  const std::size_t q = sentence_preceding(pos);
  return q == kDone ? 0 : q;
}

std::size_t TextBoundaries::sentence_boundary_after(std::size_t pos) {
  if (pos >= text_.size()) return text_.size();
  const std::size_t r = sentence_following(char_start(pos));
  return r == kDone ? text_.size() : r;
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
  const std::size_t p = word_begin < text_.size() ? char_start(word_begin) : word_begin;
  std::size_t boundary = p == 0 || p >= text_.size() || sentence_boundary(p) ? p : sentence_preceding(p);
  for (;;) {
    if (boundary == kDone) boundary = 0;
    const std::optional<TextSpan> first = next_word(boundary);
    const std::size_t first_word = first ? std::min(first->begin, word_begin) : word_begin;
    if (first_word < floor) return std::nullopt;
    if (boundary == 0 || !ignored_sentence_break(boundary)) return first_word;
    boundary = sentence_preceding(boundary);
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
