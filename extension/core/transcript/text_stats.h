// Statistics of a turn's text, computed in one pass without allocating:
//   - words: runs of letters and digits (any script); an apostrophe or hyphen between two
//     letters or digits joins ("Lavrov's", "Nagorno-Karabakh", "COVID-19" are one word);
//   - lang: by the majority script of the letters — "en" for Latin, "ru" for Cyrillic,
//     "und" when there are no letters or most are of another script. (The script tells
//     Russian from English pages; it cannot tell English from French.)
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace transcript {

struct TextStats {
  std::size_t words = 0;
  std::size_t latin = 0;     // letters by script
  std::size_t cyrillic = 0;
  std::size_t other = 0;

  TextStats& operator+=(const TextStats& o) {
    words += o.words;
    latin += o.latin;
    cyrillic += o.cyrillic;
    other += o.other;
    return *this;
  }
  // "en", "ru" or "und".
  std::string lang() const;
};

TextStats text_stats(std::string_view text);

}  // namespace transcript
