#include "core/text/case_fold.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace transcript {
namespace {

// The original text covered by the folded span [begin, end).
std::string original_span(std::string_view original, const FoldedText& f, std::size_t begin,
                          std::size_t end) {
  const std::size_t b = f.map.to_original_start(begin);
  const std::size_t e = f.map.to_original_end(end);
  return std::string(original.substr(b, e - b));
}

TEST(CaseFold, FoldsCaseAndCompatibilityForms) {
  EXPECT_EQ(fold("OSCE Lavrov"), "osce lavrov");
  EXPECT_EQ(fold("ЛАВРОВ Лавров"), "лавров лавров");
  EXPECT_EQ(fold("ﬁnal"), "final");
  EXPECT_EQ(fold("Ｌａｖｒｏｖ"), "lavrov");
  EXPECT_EQ(fold("a\u00A0b"), "a b");
}

TEST(CaseFold, SharpSMapsOffsetsBack) {
  const std::string original = "Die Straße ist groß";
  FoldedText f;
  fold_text(original, f);
  EXPECT_EQ(f.text, "die strasse ist gross");
  // "strasse" in the folded text is "Straße" in the original.
  const std::size_t b = f.text.find("strasse");
  EXPECT_EQ(original_span(original, f, b, b + 7), "Straße");
  // "ss" alone (inside the change) widens to the whole ß, never half of it.
  EXPECT_EQ(original_span(original, f, b + 4, b + 6), "ß");
  // After the change, offsets are exact again.
  const std::size_t g = f.text.find("gross");
  EXPECT_EQ(original_span(original, f, g, g + 5), "groß");
  EXPECT_EQ(original_span(original, f, f.text.find("ist"), f.text.find("ist") + 3), "ist");
}

TEST(CaseFold, KeepsShortIButFoldsYo) {
  EXPECT_EQ(fold("Сергей"), "сергей");
  EXPECT_EQ(fold("Ёлка"), "елка");
  EXPECT_EQ(fold("ещё"), "еще");
  // й written as и + combining breve composes to й and stays.
  EXPECT_EQ(fold("Серге\u0438\u0306"), "сергей");
  // ё written as е + combining diaeresis.
  EXPECT_EQ(fold("\u0415\u0308лка"), "елка");
}

TEST(CaseFold, RemovesDiacriticsFromLatinLettersOnly) {
  EXPECT_EQ(fold("Café Łódź Ørsted"), "cafe lodz orsted");
  EXPECT_EQ(fold("Cafe\u0301"), "cafe");
  // Stress marks on Cyrillic go; the letters stay.
  EXPECT_EQ(fold("Ла\u0301вров"), "лавров");
  // Greek keeps its accents: the rule is for Latin.
  EXPECT_EQ(fold("Ά"), "ά");
}

TEST(CaseFold, MapsOffsetsThroughDiacriticsAndMarks) {
  const std::string original = "Ла\u0301вров and Café Müller";
  FoldedText f;
  fold_text(original, f);
  EXPECT_EQ(f.text, "лавров and cafe muller");
  EXPECT_EQ(original_span(original, f, 0, f.text.find(' ')), "Ла\u0301вров");
  const std::size_t c = f.text.find("cafe");
  EXPECT_EQ(original_span(original, f, c, c + 4), "Café");
  const std::size_t m = f.text.find("muller");
  EXPECT_EQ(original_span(original, f, m, m + 6), "Müller");
}

TEST(CaseFold, HandlesTheEmptyTextAndAstralCharacters) {
  EXPECT_EQ(fold(""), "");
  const std::string original = "𝐀𝐁 OSCE";
  FoldedText f;
  fold_text(original, f);
  EXPECT_EQ(f.text, "ab osce");
  EXPECT_EQ(original_span(original, f, 0, 2), "𝐀𝐁");
  EXPECT_EQ(original_span(original, f, 3, 7), "OSCE");
}

}  // namespace
}  // namespace transcript

namespace transcript {
namespace {

// Fuzzing finds (tests/fuzz/regressions/fold): an equal-length change must not map byte
// for byte, and a mark removed from the last letter belongs to that letter.
TEST(CaseFold, EqualLengthChangesMapOnlyTheirEnds) {
  const std::string original = "a\u2474b";  // a ⑴ b: ⑴ folds to "(1)", 3 bytes either way
  FoldedText f;
  fold_text(original, f);
  EXPECT_EQ(f.text, "a(1)b");
  // Inside "(1)" no offset may fall inside "⑴" (bytes 1..4 of the original).
  for (std::size_t k = 2; k <= 3; ++k) {
    EXPECT_EQ(f.map.to_original_start(k), 1u) << k;
    EXPECT_EQ(f.map.to_original_end(k), 4u) << k;
  }
  EXPECT_EQ(f.map.to_original_start(4), 4u);
  EXPECT_EQ(f.map.to_original_end(5), original.size());
}

TEST(CaseFold, TrailingRemovedMarkBelongsToTheLetterBefore) {
  const std::string original = "ab\u0301";  // b + COMBINING ACUTE ACCENT
  FoldedText f;
  fold_text(original, f);
  EXPECT_EQ(f.text, "ab");
  EXPECT_EQ(f.map.to_original_end(2), original.size());
  EXPECT_EQ(f.map.to_original_start(1), 1u);
  // In the middle the letter after the mark starts after it.
  const std::string middle = "ab\u0301c";
  fold_text(middle, f);
  EXPECT_EQ(f.text, "abc");
  EXPECT_EQ(f.map.to_original_start(2), 4u);
  EXPECT_EQ(f.map.to_original_end(2), 4u);
}

// The map remembers where the last look-up landed (look-ups come word by word); the answers
// must not depend on the order of the questions.
TEST(CaseFold, OffsetsDoNotDependOnTheOrderOfLookUps) {
  const std::string original =
      "Die Straße \u2066ist\u2069 ﬁne, ab\u0301c \u2474 ЛАВРОВ und groß\u00A0Ende";
  FoldedText in_order, scrambled;
  fold_text(original, in_order);
  fold_text(original, scrambled);
  const std::size_t n = in_order.text.size();
  std::vector<std::size_t> start(n + 1), end(n + 1);
  for (std::size_t k = 0; k <= n; ++k) {
    start[k] = in_order.map.to_original_start(k);
    end[k] = in_order.map.to_original_end(k);
  }
  // Backwards, then in strides that jump over pieces, then forwards again.
  std::vector<std::size_t> order;
  for (std::size_t k = n + 1; k-- > 0;) order.push_back(k);
  for (std::size_t stride : {7u, 3u, 11u}) {
    for (std::size_t k = 0; k <= n; k += stride) order.push_back(k);
  }
  for (std::size_t k = 0; k <= n; ++k) order.push_back(k);
  for (std::size_t k : order) {
    EXPECT_EQ(scrambled.map.to_original_start(k), start[k]) << k;
    EXPECT_EQ(scrambled.map.to_original_end(k), end[k]) << k;
  }
  // And a text folded into the same buffers afterwards starts afresh.
  fold_text("ﬁ", scrambled);
  EXPECT_EQ(scrambled.map.to_original_start(1), 0u);
  EXPECT_EQ(scrambled.map.to_original_end(1), 3u);
}

}  // namespace
}  // namespace transcript
