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

constexpr bool is_ascii(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

// The longest entry ("напр": eight bytes), and the longest ASCII one, in bytes.
constexpr std::size_t kLongestEntry = [] {
  std::size_t n = 0;
  for (std::string_view a : kAbbreviations) n = std::max(n, a.size());
  return n;
}();
constexpr std::size_t kLongestAscii = [] {
  std::size_t n = 0;
  for (std::string_view a : kAbbreviations) {
    if (is_ascii(a)) n = std::max(n, a.size());
  }
  return n;
}();

}  // namespace

bool is_abbreviation(std::string_view word) {
  if (word.find('.') != std::string_view::npos) return true;
  // ASCII (most words): no ICU, and nothing longer than the longest English entry can be one.
  if (is_ascii(word)) {
    if (word.size() == 1) return word[0] >= 'A' && word[0] <= 'Z';
    if (word.size() > kLongestAscii) return false;
    char lower[kLongestAscii];
    for (std::size_t k = 0; k < word.size(); ++k) {
      lower[k] = word[k] >= 'A' && word[k] <= 'Z' ? static_cast<char>(word[k] - 'A' + 'a') : word[k];
    }
    return std::find(std::begin(kAbbreviations), std::end(kAbbreviations),
                     std::string_view(lower, word.size())) != std::end(kAbbreviations);
  }
  // ASCII and Cyrillic U+0400..U+047F (lead bytes D0, D1) keep their length in lower case:
  // longer than the longest entry, such a word is none.
  if (word.size() > kLongestEntry &&
      std::all_of(word.begin(), word.end(), [](char ch) {
        const auto c = static_cast<unsigned char>(ch);
        return c < 0xC0 || c == 0xD0 || c == 0xD1;  // ASCII, continuation bytes, D0, D1
      })) {
    return false;
  }
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
