// scan.h: the small character helpers every parser uses.
#include <gtest/gtest.h>
#include <unicode/uchar.h>

#include <string>

#include "core/text/lines.h"
#include "core/text/utf8.h"
#include "core/transcript/scan.h"

namespace transcript {
namespace {

std::string utf8_of(char32_t cp) {
  std::string s;
  append_utf8(s, cp);
  return s;
}

TEST(Scan, FoldWordLowersAsIcuDoes) {
  // The two-byte fast paths (ASCII, Cyrillic U+0400..U+045F) and ICU's path for the rest
  // give u_tolower() for every character of the first three blocks of two-byte UTF-8.
  for (char32_t cp = 1; cp < 0x800; ++cp) {
    if (cp >= 0xD800 && cp <= 0xDFFF) continue;
    const std::string expected = utf8_of(static_cast<char32_t>(u_tolower(static_cast<UChar32>(cp))));
    EXPECT_EQ(scan::fold_word(utf8_of(cp)), expected) << "U+" << std::hex << static_cast<unsigned>(cp);
  }
  EXPECT_EQ(scan::fold_word("ЛАВРОВ Ёлка ЃЅЏ Ѡ Déjà"), "лавров ёлка ѓѕџ ѡ déjà");
}

TEST(Scan, SpaceLengthSeesEverySpaceItKnows) {
  // Inline lead-byte rejection: each space the parsers know is still found, and no other
  // character of the first 0x3100 code points is a space.
  for (char32_t cp = 1; cp < 0x3100; ++cp) {
    if (cp >= 0xD800 && cp <= 0xDFFF) continue;
    const std::string s = utf8_of(cp);
    const bool space = cp == ' ' || cp == '\t' || cp == '\f' || cp == '\v' || cp == 0xA0 ||
                       (cp >= 0x2000 && cp <= 0x200B) || cp == 0x202F || cp == 0x205F || cp == 0x3000;
    EXPECT_EQ(space_length_at(s, 0), space ? s.size() : 0u) << "U+" << std::hex << static_cast<unsigned>(cp);
  }
  EXPECT_EQ(space_length_at("\xEF\xBB\xBF", 0), 3u);  // U+FEFF
  EXPECT_EQ(space_length_at("\xD0\xB0", 0), 0u);
}

TEST(Scan, OpeningQuotes) {
  // “ ‘ « ‹ (initial punctuation), „ ‚ (German, Polish), and the typewriter's ".
  for (char32_t cp : {U'\u201C', U'\u2018', U'\u00AB', U'\u2039', U'\u201E', U'\u201A', U'"'}) {
    EXPECT_TRUE(scan::is_opening_quote(cp)) << "U+" << std::hex << static_cast<unsigned>(cp);
  }
  // Closing marks, the apostrophe and letters open nothing.
  for (char32_t cp : {U'\u201D', U'\u2019', U'\u00BB', U'\u203A', U'\'', U'A', U'\u0416', U'('}) {
    EXPECT_FALSE(scan::is_opening_quote(cp)) << "U+" << std::hex << static_cast<unsigned>(cp);
  }
}

TEST(Scan, CapitalLettersAreUpperCase) {
  EXPECT_EQ(scan::capital_letters("KAMIKAWA"), 8u);
  EXPECT_EQ(scan::capital_letters("PRESIDENT XI"), 11u);
  EXPECT_EQ(scan::capital_letters("D'UKRAINE"), 8u);
  EXPECT_EQ(scan::capital_letters("ПУТИН"), 5u);
  EXPECT_EQ(scan::capital_letters("Putin"), 0u);
  EXPECT_EQ(scan::capital_letters("EUR-lex"), 0u);
  // Letters of scripts without case are no capitals: an Arabic or a Chinese word is not
  // printed in capitals (it was read as an acronym, and a short line as a heading).
  EXPECT_EQ(scan::capital_letters("نحن"), 0u);  // نحن
  EXPECT_EQ(scan::capital_letters("外交部"), 0u);  // 外交部
  EXPECT_EQ(scan::capital_letters("2024"), 0u);
}

}  // namespace
}  // namespace transcript
