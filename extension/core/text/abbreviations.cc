#include "core/text/abbreviations.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <iterator>
#include <string>

#include "core/text/utf8.h"

namespace transcript {
namespace {

constexpr std::string_view kAbbreviations[] = {
    // English titles and short forms
    "mr", "mrs", "ms", "messrs", "dr", "prof", "st", "jr", "sr", "vs", "gen", "col", "lt",
    "sgt", "capt", "rev", "hon", "gov", "sen", "rep", "amb", "approx", "fig", "cf",
    // Russian
    "г", "гг", "им", "ул", "см", "стр", "проф", "акад", "ген", "тов", "пр", "ст", "рис",
    "напр", "англ"};

}  // namespace

bool is_abbreviation(std::string_view word) {
  if (word.find('.') != std::string_view::npos) return true;
  std::size_t pos = 0;
  std::string lower;
  std::size_t letters = 0;
  bool upper = false;
  while (pos < word.size()) {
    const auto c = static_cast<UChar32>(decode_utf8(word, pos));
    ++letters;
    upper = u_isupper(c);
    append_utf8(lower, static_cast<char32_t>(u_tolower(c)));
  }
  if (letters == 1 && upper) return true;
  return std::find(std::begin(kAbbreviations), std::end(kAbbreviations), lower) !=
         std::end(kAbbreviations);
}

}  // namespace transcript
