#include "core/text/word_tokens.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/text/case_fold.h"

namespace transcript {
namespace {

std::vector<std::string> words(std::string_view folded, bool stems = false) {
  std::vector<WordToken> tokens;
  tokenize(folded, tokens);
  std::vector<std::string> out;
  for (const auto& t : tokens) {
    out.emplace_back(folded.substr(t.begin, (stems ? t.stem_end : t.end) - t.begin));
  }
  return out;
}

TEST(WordTokens, SplitsOnPunctuationAndHyphens) {
  EXPECT_EQ(words("co-operation in europe, 2020."),
            (std::vector<std::string>{"co", "operation", "in", "europe", "2020"}));
  EXPECT_EQ(words(""), std::vector<std::string>{});
  EXPECT_EQ(words(" \n— «»"), std::vector<std::string>{});
}

TEST(WordTokens, KeepsApostrophesBetweenLetters) {
  EXPECT_EQ(words("lavrov's o'brien belarus’s belarus’ don't"),
            (std::vector<std::string>{"lavrov's", "o'brien", "belarus’s", "belarus", "don't"}));
  EXPECT_EQ(words("lavrov's belarus’s o'brien", true),
            (std::vector<std::string>{"lavrov", "belarus", "o'brien"}));
}

TEST(WordTokens, MarksInitialsAndScripts) {
  std::vector<WordToken> tokens;
  const std::string folded = fold("С.В.Лавров, S. Lavrov, G20, Лаврoв");
  tokenize(folded, tokens);
  ASSERT_EQ(tokens.size(), 7u);
  EXPECT_TRUE(tokens[0].dot_after);
  EXPECT_TRUE(tokens[1].dot_after);
  EXPECT_FALSE(tokens[2].dot_after);
  EXPECT_EQ(tokens[2].script, WordScript::kCyrillic);
  EXPECT_EQ(tokens[3].script, WordScript::kLatin);
  EXPECT_TRUE(tokens[3].dot_after);
  EXPECT_EQ(tokens[5].script, WordScript::kLatin);  // g20: digits do not count
  EXPECT_EQ(tokens[6].script, WordScript::kMixed);
}

TEST(WordTokens, CombiningMarksStayInTheWord) {
  EXPECT_EQ(words("q\u0307x y"), (std::vector<std::string>{"q\u0307x", "y"}));
}

}  // namespace
}  // namespace transcript
