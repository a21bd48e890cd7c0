#include "core/entities/analyzed_text.h"

#include <gtest/gtest.h>

#include <string>

namespace transcript {
namespace {

// The shape of the only word of `word`: {capitalised, all capitals}.
std::pair<bool, bool> shape_of(std::string_view word) {
  AnalyzedText t;
  t.analyze(word);
  EXPECT_EQ(t.size(), 1u) << word;
  const WordShape s = t.shape(0);
  return {s.capitalised, s.all_caps};
}

TEST(AnalyzedText, WordShapesInLatinAndCyrillic) {
  using P = std::pair<bool, bool>;
  EXPECT_EQ(shape_of("Lavrov"), P(true, false));
  EXPECT_EQ(shape_of("NATO"), P(true, true));
  EXPECT_EQ(shape_of("lavrov"), P(false, false));
  EXPECT_EQ(shape_of("iPhone"), P(false, false));
  EXPECT_EQ(shape_of("McDonald"), P(true, false));
  EXPECT_EQ(shape_of("O'BRIEN"), P(true, true));
  EXPECT_EQ(shape_of("Лавров"), P(true, false));
  EXPECT_EQ(shape_of("ЛАВРОВ"), P(true, true));
  EXPECT_EQ(shape_of("лавров"), P(false, false));
  EXPECT_EQ(shape_of("Ёлкин"), P(true, false));   // U+0401, the edge of basic Cyrillic
  EXPECT_EQ(shape_of("ёлкин"), P(false, false));  // U+0451
  EXPECT_EQ(shape_of("ЯЩИК"), P(true, true));     // U+042F, the last capital
  EXPECT_EQ(shape_of("Ѣѣ"), P(true, false));      // U+0462 / U+0463: ICU's answer
  EXPECT_EQ(shape_of("ǅemal"), P(true, false));   // a title-case letter is no lower case
  EXPECT_EQ(shape_of("Élysée"), P(true, false));
  EXPECT_EQ(shape_of("élysée"), P(false, false));
}

TEST(AnalyzedText, DigitsAreNotLetters) {
  using P = std::pair<bool, bool>;
  EXPECT_EQ(shape_of("2020"), P(true, true));  // no letters: both hold
  EXPECT_EQ(shape_of("1990s"), P(false, false));
  EXPECT_EQ(shape_of("G20"), P(true, true));
  EXPECT_EQ(shape_of("20G"), P(true, true));
}

TEST(AnalyzedText, RowAskedTwiceIsAnalysedOnce) {
  AnalyzedText t;
  std::string row = "Lavrov met the OSCE chair.";
  t.analyze_row(row);
  const std::uint64_t first = t.id();
  EXPECT_EQ(t.size(), 5u);
  // The same bytes in another buffer (SQLite hands each function its own copy), the first
  // buffer gone: the analysis stands, on the text's own copy.
  std::string again = row;
  row.assign("xxxxxxxxxxxxxxxxxxxxxxxxxx");
  t.analyze_row(again);
  EXPECT_EQ(t.id(), first);
  EXPECT_EQ(t.original(), "Lavrov met the OSCE chair.");
  EXPECT_EQ(t.word(3), "osce");
  // Other bytes of the same length: analysed again.
  t.analyze_row("Lavrov met the OSCE chaIr.");
  EXPECT_NE(t.id(), first);
  const std::uint64_t second = t.id();
  EXPECT_EQ(t.size(), 5u);
  // analyze() between two rows: the next row is analysed again even when it repeats.
  t.analyze("Putin");
  EXPECT_EQ(t.size(), 1u);
  t.analyze_row("Lavrov met the OSCE chaIr.");
  EXPECT_NE(t.id(), second);
  EXPECT_EQ(t.size(), 5u);
  // An empty row, whose view may hold no data pointer at all, twice (a fuzzing find: the
  // comparison must not hand memcmp a null pointer).
  t.analyze_row(std::string_view());
  EXPECT_EQ(t.size(), 0u);
  const std::uint64_t empty = t.id();
  t.analyze_row(std::string_view());
  EXPECT_EQ(t.id(), empty);
}

}  // namespace
}  // namespace transcript
