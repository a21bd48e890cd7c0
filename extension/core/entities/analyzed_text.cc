#include "core/entities/analyzed_text.h"

#include <unicode/uchar.h>

#include "core/text/utf8.h"

namespace transcript {

void AnalyzedText::analyze(std::string_view original) {
  original_ = original;
  fold_text(original, folded_);
  words_.clear();
  tokenize(folded_.text, words_);
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

WordShape AnalyzedText::shape(std::size_t i) const {
  const std::string_view span =
      original_.substr(original_begin(i), original_end(i) - original_begin(i));
  WordShape shape{true, true};
  bool first = true;
  for (std::size_t pos = 0; pos < span.size();) {
    const char32_t cp = decode_utf8(span, pos);
    const auto c = static_cast<UChar32>(cp);
    if (!u_isalpha(c)) continue;
    const bool lower = u_islower(c) && !u_isupper(c) && !u_istitle(c);
    if (first && lower) shape.capitalised = false;
    if (lower) shape.all_caps = false;
    first = false;
  }
  return shape;
}

}  // namespace transcript
