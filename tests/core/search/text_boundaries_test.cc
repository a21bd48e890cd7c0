#include "core/search/text_boundaries.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace transcript {
namespace {

class TextBoundariesTest : public ::testing::Test {
 protected:
  // Every word of the text, walking forward.
  std::vector<std::string> words(std::string_view text) {
    b.set_text(text);
    std::vector<std::string> out;
    std::size_t pos = 0;
    while (auto w = b.next_word(pos)) {
      out.emplace_back(text.substr(w->begin, w->end - w->begin));
      pos = w->end;
    }
    return out;
  }
  // Every word of the text, walking backward.
  std::vector<std::string> words_back(std::string_view text) {
    b.set_text(text);
    std::vector<std::string> out;
    std::size_t pos = text.size();
    while (auto w = b.previous_word(pos)) {
      out.insert(out.begin(), std::string(text.substr(w->begin, w->end - w->begin)));
      pos = w->begin;
    }
    return out;
  }
  // The first word of each sentence.
  std::vector<std::string> sentence_openings(std::string_view text) {
    b.set_text(text);
    std::vector<std::string> out;
    std::size_t pos = 0;
    while (auto w = b.next_word(pos)) {
      if (b.starts_sentence(w->begin)) out.emplace_back(text.substr(w->begin, w->end - w->begin));
      pos = w->end;
    }
    return out;
  }
  TextBoundaries b;
};

TEST_F(TextBoundariesTest, WordsAreLettersAndDigitsBothWays) {
  const std::string text = "«Лавров», U.S. sanctions — 2020: don't; Lavrov's co-operation.";
  const std::vector<std::string> expected = {"Лавров", "U.S", "sanctions", "2020", "don't",
                                             "Lavrov's", "co", "operation"};
  EXPECT_EQ(words(text), expected);
  EXPECT_EQ(words_back(text), expected);
  EXPECT_TRUE(words("").empty());
  EXPECT_TRUE(words(" ,.— ").empty());
}

TEST_F(TextBoundariesTest, CombiningMarksStayInTheirWord) {
  // e + COMBINING ACUTE, и + COMBINING BREVE (й decomposed).
  const std::string text = "Jose\u0301 Сергеи\u0306 met";
  EXPECT_EQ(words(text), (std::vector<std::string>{"Jose\u0301", "Сергеи\u0306", "met"}));
  b.set_text(text);
  EXPECT_FALSE(b.is_word_boundary(4));  // between e and its accent
  EXPECT_TRUE(b.is_word_boundary(6));
}

TEST_F(TextBoundariesTest, WordAtOrAfter) {
  const std::string text = "one  two";
  b.set_text(text);
  EXPECT_EQ(b.word_at_or_after(1)->begin, 0u);
  EXPECT_EQ(b.word_at_or_after(3)->begin, 5u);
  EXPECT_EQ(b.word_at_or_after(6)->end, 8u);
  EXPECT_FALSE(b.word_at_or_after(8));
}

TEST_F(TextBoundariesTest, SentencesIgnoreAbbreviations) {
  EXPECT_EQ(sentence_openings("Mr. Smith met Dr. Jones. They spoke."),
            (std::vector<std::string>{"Mr", "They"}));
  EXPECT_EQ(sentence_openings("В 2020 г. Лавров приехал. Он сказал, т.е. Лавров сказал."),
            (std::vector<std::string>{"В", "Он"}));
  EXPECT_EQ(sentence_openings("The U.S. President spoke. S. Lavrov answered. Yes!"),
            (std::vector<std::string>{"The", "S", "Yes"}));
  EXPECT_EQ(sentence_openings("First line\nsecond line. Third? «Fourth»"),
            (std::vector<std::string>{"First", "second", "Third", "Fourth"}));
}

TEST_F(TextBoundariesTest, SentenceStartRespectsFloor) {
  const std::string text = "One two. Three four five.";
  b.set_text(text);
  EXPECT_EQ(b.sentence_start(19, 0), 9u);   // "five" -> "Three"
  EXPECT_EQ(b.sentence_start(19, 9), 9u);
  EXPECT_FALSE(b.sentence_start(19, 10));
  EXPECT_EQ(b.sentence_start(4, 0), 0u);    // the text's start
}

TEST_F(TextBoundariesTest, WideningOverAttachedPunctuation) {
  const std::string text = "He said «ОБСЕ». Then (co-op) ended";
  b.set_text(text);
  const std::size_t osce = text.find("ОБСЕ");
  EXPECT_EQ(b.widen_begin(osce, 0), text.find("«"));
  EXPECT_EQ(b.widen_end(osce + 8, text.size()), text.find(" Then"));
  const std::size_t co = text.find("co");
  EXPECT_EQ(b.widen_begin(co, 0), co - 1);
  EXPECT_EQ(b.widen_end(co + 2, text.size()), co + 2);  // "-op" follows: no widening
  EXPECT_EQ(b.widen_end(text.find("op") + 2, text.size()), text.find(" ended"));
  EXPECT_EQ(b.widen_end(text.size(), text.size()), text.size());
  // Never past the limit.
  EXPECT_EQ(b.widen_end(osce + 8, osce + 9), osce + 8);
}

}  // namespace
}  // namespace transcript
