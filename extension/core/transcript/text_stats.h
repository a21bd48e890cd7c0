// Statistics of a turn's text, computed in one pass without allocating:
//   - words: runs of letters and digits (any script); an apostrophe or hyphen between two
//     letters or digits joins ("Lavrov's", "Nagorno-Karabakh", "COVID-19" are one word);
//   - lang: the majority script of the letters, then the evidence of language_guess.h
//     within it ("en", "fr", "de", … for Latin; "ru", "uk", "be" for Cyrillic; "ar", "zh",
//     … for other scripts); "und" when there are no letters.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "core/text/language_guess.h"

namespace transcript {

struct TextStats {
  std::size_t words = 0;
  std::size_t latin = 0;     // letters by script
  std::size_t cyrillic = 0;
  std::size_t other = 0;

  LanguageEvidence evidence;  // from the text's first kEvidenceBytes

  TextStats& operator+=(const TextStats& o) {
    words += o.words;
    latin += o.latin;
    cyrillic += o.cyrillic;
    other += o.other;
    evidence += o.evidence;
    return *this;
  }
  // "en", "fr", "ru", "uk", …, or "und" (guess_language).
  std::string lang() const;
  // The text alone settles its language (language_guess.h: confident()).
  bool lang_confident() const;
};

TextStats text_stats(std::string_view text);

}  // namespace transcript
