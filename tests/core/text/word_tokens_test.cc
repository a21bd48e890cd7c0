#include "core/text/word_tokens.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "core/text/case_fold.h"
#include "core/text/utf8.h"
#include "../test_data_pages.h"

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

// tokenize() reads simple words 64 bytes at a time from bit masks and hands everything else
// to the walk a character at a time (tokenize_by_characters); both must give the same words,
// offsets, scripts, possessives and full stops.
void expect_same_words(std::string_view folded, const std::string& what) {
  std::vector<WordToken> fast, reference;
  tokenize(folded, fast);
  tokenize_by_characters(folded, reference);
  ASSERT_EQ(fast.size(), reference.size()) << what;
  for (std::size_t i = 0; i < fast.size(); ++i) {
    const WordToken &a = fast[i], &b = reference[i];
    ASSERT_TRUE(a.begin == b.begin && a.end == b.end && a.stem_end == b.stem_end &&
                a.script == b.script && a.dot_after == b.dot_after)
        << what << ": word " << i << " '" << folded.substr(b.begin, b.end - b.begin) << "' at "
        << b.begin << ", the block walk: " << a.begin << ".." << a.end;
  }
}

TEST(WordTokens, BlocksOfBytesGiveTheWordsOfTheWalkByCharacters) {
  // Pieces that meet at every position of a 64-byte block: simple words, words that cross a
  // block's end, Cyrillic letters split by it, apostrophes that join and that do not, other
  // scripts, marks, quotation marks and dashes, full stops, words longer than a block.
  const std::vector<std::string> pieces = {
      "a", "osce", "Lavrov", "g20", "2024", " ", "  ", "\n", ",", ".", "-", "'", "’", "ʼ", "s",
      "лавров", "ё", "ѣ", "я", "«", "»", "—", "é", "\u0307", "中国", "ß", "\u00a0",
      std::string(70, 'x'), std::string(40, 'z') + "\u0440\u0443", "o'brien", "belarus’s"};
  std::mt19937 random(20261207);
  for (int round = 0; round < 20000; ++round) {
    std::string text;
    const int count = static_cast<int>(random() % 60);
    for (int k = 0; k < count; ++k) text += pieces[random() % pieces.size()];
    expect_same_words(fold(text), "round " + std::to_string(round));
    expect_same_words(text, "unfolded round " + std::to_string(round));
    if (HasFatalFailure()) return;
  }
}

TEST(WordTokens, BlocksOfBytesOnTheTestPages) {
  std::size_t pages = 0;
  for (const std::string& text : test_data_pages()) {
    if (find_invalid_utf8(text)) continue;  // (tokenize() is given valid UTF-8 only)
    expect_same_words(fold(text), "test page " + std::to_string(pages));
    if (HasFatalFailure()) return;
    ++pages;
  }
  EXPECT_GT(pages, 100u);
}

}  // namespace
}  // namespace transcript
