#include "core/entities/analyzed_text.h"

#include <unicode/uchar.h>

#include <atomic>

#include "core/text/abbreviations.h"
#include "core/text/utf8.h"

namespace transcript {

void AnalyzedText::analyze(std::string_view original) {
  static std::atomic<std::uint64_t> analyses{0};
  id_ = analyses.fetch_add(1, std::memory_order_relaxed) + 1;
  original_ = original;
  row_valid_ = false;
  fold_text(original, folded_);
  words_.clear();
  tokenize(folded_.text, words_);
  spans_.assign(words_.size(), OriginalSpan{});
}

void AnalyzedText::analyze_row(std::string_view original) {
  // (string_view's comparison: an empty row may have no data pointer, which memcmp may not
  // be given even for no bytes.)
  if (row_valid_ && original == std::string_view(row_)) return;
  row_.assign(original);
  analyze(row_);
  row_valid_ = true;
}

std::size_t AnalyzedText::match_end(std::size_t i) const {
  const WordToken& w = words_[i];
  if (w.dot_after && w.stem_end == w.end && w.script != WordScript::kDigits) {
    std::size_t letters = 0;
    for (std::size_t b = w.begin; b < w.end; ++b) {
      letters += !is_continuation_byte(static_cast<unsigned char>(folded_.text[b]));
    }
    // Two capitals are an acronym at the end of a sentence ("the EU."), not an initial.
    if (letters == 1 || (letters == 2 && !shape(i).all_caps)) {
      return folded_.map.to_original_end(w.end + 1);
    }
  }
  return original_end(i);
}

namespace {

// Marks that may stand between a sentence's end and its first word: quotes, brackets,
// dashes.
bool is_between_sentences(char32_t c) {
  switch (c) {
    case '"': case '\'': case '(': case ')': case '[': case ']': case '-': case '*':
    case U'«': case U'»': case U'“': case U'”': case U'„': case U'‘': case U'’':
    case U'–': case U'—':
      return true;
    default:
      return false;
  }
}

}  // namespace

bool AnalyzedText::starts_sentence(std::size_t i) const {
  std::size_t pos = original_begin(i);
  while (pos > 0) {
    std::size_t prev = pos - 1;
    while (prev > 0 && is_continuation_byte(static_cast<unsigned char>(original_[prev]))) --prev;
    std::size_t at = prev;
    const char32_t c = decode_utf8(original_, at);
    if (c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029 || c == 0x85) return true;
    if (c == '.' ) {
      // The word right before the full stop: an abbreviation or an initial ends nothing.
      if (i > 0 && original_end(i - 1) == prev) {
        const std::size_t b = original_begin(i - 1);
        return !is_abbreviation(original_.substr(b, prev - b));
      }
      return true;
    }
    if (c == '!' || c == '?' || c == U'…') return true;
    if (!u_isUWhiteSpace(static_cast<UChar32>(c)) && !is_between_sentences(c)) return false;
    pos = prev;
  }
  return true;
}

bool AnalyzedText::joined(std::size_t i) const {
  if (i == 0 || i >= words_.size()) return false;
  const std::size_t gap_begin = original_full_end(i - 1);
  const std::size_t gap_end = original_begin(i);
  if (gap_end <= gap_begin) return true;
  const std::string_view gap = original_.substr(gap_begin, gap_end - gap_begin);
  for (std::size_t pos = 0; pos < gap.size();) {
    const char32_t c = decode_utf8(gap, pos);
    switch (c) {
      case ';': case ':': case '!': case '?': case '\n': case '\r': case U'…': case 0x2028:
      case 0x2029:
        return false;
      case '.': {
        const std::size_t b = original_begin(i - 1);
        if (!is_abbreviation(original_.substr(b, original_end(i - 1) - b))) return false;
        break;
      }
      default:
        break;
    }
  }
  return true;
}

bool AnalyzedText::mixed_case(std::size_t i) const {
  const std::string_view span = original_.substr(original_begin(i), original_end(i) - original_begin(i));
  bool lower = false;
  for (std::size_t pos = 0; pos < span.size();) {
    const auto c = static_cast<UChar32>(decode_utf8(span, pos));
    if (u_islower(c)) {
      lower = true;
    } else if (lower && (u_isupper(c) || u_istitle(c))) {
      return true;
    }
  }
  return false;
}

WordShape AnalyzedText::shape(std::size_t i) const {
  const std::string_view span =
      original_.substr(original_begin(i), original_end(i) - original_begin(i));
  WordShape shape{true, true};
  bool first = true;
  for (std::size_t pos = 0; pos < span.size();) {
    // Letters: 1 not lower case, 2 lower case; ASCII and basic Cyrillic (U+0400..U+045F:
    // capitals below U+0430) without asking ICU.
    int letter;
    const auto b = static_cast<unsigned char>(span[pos]);
    if (b < 0x80) {
      ++pos;
      letter = static_cast<unsigned>((b | 0x20) - 'a') < 26 ? (b >= 'a' ? 2 : 1) : 0;
    } else {
      const std::size_t at = pos;
      const char32_t cp = decode_utf8(span, pos);
      if (pos - at == 2 && cp >= 0x0400 && cp < 0x0460) {
        letter = cp < 0x0430 ? 1 : 2;
      } else {
        const auto c = static_cast<UChar32>(cp);
        letter = !u_isalpha(c) ? 0 : (u_islower(c) && !u_isupper(c) && !u_istitle(c)) ? 2 : 1;
      }
    }
    if (!letter) continue;
    if (first && letter == 2) shape.capitalised = false;
    first = false;
    if (letter == 2) {
      shape.all_caps = false;
      break;  // the first letter decided capitalised; nothing can change either now
    }
  }
  return shape;
}

}  // namespace transcript
