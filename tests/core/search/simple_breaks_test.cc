// SimpleBreaks against ICU's iterators: every word and sentence boundary, every word's rule
// status, and the walks forward and backward from every character, on random strings over the
// covered classes and on the real pages of tests/data/corpus_sample.
#include "core/search/simple_breaks.h"

#include <gtest/gtest.h>
#include <unicode/brkiter.h>
#include <unicode/ubrk.h>
#include <unicode/utext.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "core/text/utf8.h"


namespace transcript {
namespace {

struct IcuBreaks {
  std::vector<std::size_t> boundaries;  // ascending, 0 and size included
  std::vector<bool> word;               // per segment: rule status >= UBRK_WORD_NONE_LIMIT
};

IcuBreaks icu_breaks(std::string_view text, bool sentences) {
  UErrorCode status = U_ZERO_ERROR;
  static const std::unique_ptr<icu::BreakIterator> word_iterator(
      icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
  static const std::unique_ptr<icu::BreakIterator> sentence_iterator(
      icu::BreakIterator::createSentenceInstance(icu::Locale::getRoot(), status));
  icu::BreakIterator* it = sentences ? sentence_iterator.get() : word_iterator.get();
  UText ut = UTEXT_INITIALIZER;
  utext_openUTF8(&ut, text.data(), static_cast<int64_t>(text.size()), &status);
  it->setText(&ut, status);
  EXPECT_TRUE(U_SUCCESS(status));
  IcuBreaks out;
  for (int32_t b = it->first(); b != icu::BreakIterator::DONE; b = it->next()) {
    if (!out.boundaries.empty()) out.word.push_back(it->getRuleStatus() >= UBRK_WORD_NONE_LIMIT);
    out.boundaries.push_back(static_cast<std::size_t>(b));
  }
  utext_close(&ut);
  return out;
}

std::vector<std::size_t> char_starts(std::string_view text) {
  std::vector<std::size_t> out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (!is_continuation_byte(static_cast<unsigned char>(text[i]))) out.push_back(i);
  }
  out.push_back(text.size());
  return out;
}

// Compares every answer of SimpleBreaks with ICU's on one covered text; returns false at the
// first difference (reported with the text).
bool agrees(std::string_view text) {
  const SimpleBreaks s(text);
  const IcuBreaks words = icu_breaks(text, false), sentences = icu_breaks(text, true);
  const std::vector<std::size_t> starts = char_starts(text);
  auto is_in = [](const std::vector<std::size_t>& v, std::size_t x) {
    return std::binary_search(v.begin(), v.end(), x);
  };
  for (std::size_t pos : starts) {
    const auto w_next = std::upper_bound(words.boundaries.begin(), words.boundaries.end(), pos);
    const auto s_next =
        std::upper_bound(sentences.boundaries.begin(), sentences.boundaries.end(), pos);
    const std::size_t w_expected_next = w_next == words.boundaries.end() ? text.size() : *w_next;
    const std::size_t s_expected_next =
        s_next == sentences.boundaries.end() ? text.size() : *s_next;
    const std::size_t w_expected_prev =
        pos == 0 ? 0 : *(std::lower_bound(words.boundaries.begin(), words.boundaries.end(), pos) - 1);
    const std::size_t s_expected_prev =
        pos == 0 ? 0
                 : *(std::lower_bound(sentences.boundaries.begin(), sentences.boundaries.end(), pos) - 1);
    EXPECT_EQ(s.is_word_boundary(pos), is_in(words.boundaries, pos)) << "word boundary at " << pos << " of \"" << text << '"';
    EXPECT_EQ(s.next_word_boundary(pos), w_expected_next) << "next word boundary after " << pos << " of \"" << text << '"';
    EXPECT_EQ(s.previous_word_boundary(pos), w_expected_prev) << "previous word boundary before " << pos << " of \"" << text << '"';
    EXPECT_EQ(s.is_sentence_boundary(pos), is_in(sentences.boundaries, pos)) << "sentence boundary at " << pos << " of \"" << text << '"';
    EXPECT_EQ(s.next_sentence_boundary(pos), s_expected_next) << "next sentence boundary after " << pos << " of \"" << text << '"';
    EXPECT_EQ(s.previous_sentence_boundary(pos), s_expected_prev) << "previous sentence boundary before " << pos << " of \"" << text << '"';
    if (::testing::Test::HasFailure()) return false;
  }
  for (std::size_t k = 1; k < words.boundaries.size(); ++k) {
    EXPECT_EQ(s.word_ends_at(words.boundaries[k]), words.word[k - 1])
        << "segment [" << words.boundaries[k - 1] << ", " << words.boundaries[k] << ") of \"" << text << '"';
    if (::testing::Test::HasFailure()) return false;
  }
  return true;
}

std::string utf8(char32_t cp) {
  std::string out;
  append_utf8(out, cp);
  return out;
}

TEST(SimpleBreaks, CoversPlainLettersAndPunctuationOnly) {
  EXPECT_TRUE(SimpleBreaks::covers(""));
  EXPECT_TRUE(SimpleBreaks::covers("Mr. Lavrov said: «ОБСЕ — это…» (2024), 3.14%."));
  EXPECT_TRUE(SimpleBreaks::covers("Ελλάδα, Հայաստան, مصر\r\n\t€ ₽ № “quotes”"));
  EXPECT_FALSE(SimpleBreaks::covers("Cafe\u0301"));           // a combining accent
  EXPECT_FALSE(SimpleBreaks::covers("soft\u00ADhyphen"));     // Format
  EXPECT_FALSE(SimpleBreaks::covers("\u00A9 2024"));          // Extended_Pictographic
  EXPECT_FALSE(SimpleBreaks::covers("\xF0\x9F\x98\x80"));     // an emoji
  EXPECT_FALSE(SimpleBreaks::covers("中国"));                  // ideographs
  EXPECT_FALSE(SimpleBreaks::covers("a\x01z"));               // a control character
  EXPECT_FALSE(SimpleBreaks::covers("\u05D0\u05D1"));         // Hebrew letters
}

TEST(SimpleBreaks, AgreesWithIcuOnTheHardCases) {
  for (const char* text : {
           "", "a", " ", ".", "\r\n", "\n\n", "a\r\nb", "don't", "U.S.A. Army", "e.g. this",
           "3.14 and 1,000,000", "a:b", "10:30", "a.1", "1.a", "a..b", "'a'", "a' b",
           "Dr. Smith. He left", "etc. and more", "Hi!! There?! Yes.", "(Yes.) No.",
           "He said \"stop.\" Then", "«Да». Нет", "т.е. Лавров", "в 2020 г. Лавров",
           "end.\nNew", "end. \n\nNew", "a.\u2019 B", "Q. 1. Answer", "a. 5 b", "x .y",
           "word\u2014word\u2013word", "Так… И", "A.B. C", "z.Z", "Z.Z", "ok .\u00A0Next",
           "\u0085line", "a\fb", "tab\tand  spaces", "1.5.6", "'tis", "rock 'n' roll",
           "Smith, J.: Title", "snake_case", "_", "__", "a_", "_1", "a _ b", "ends with ?", "?!", "...", ". . .", "а. б", "A. b", "1. 2",
       }) {
    SCOPED_TRACE(text);
    ASSERT_TRUE(SimpleBreaks::covers(text));
    ASSERT_TRUE(agrees(text));
  }
}

TEST(SimpleBreaks, AgreesWithIcuOnRandomStrings) {
  // Characters chosen to meet every rule often, and now and then any covered character.
  std::vector<std::string> common;
  for (const char* c : {"a", "b", "Z", "я", "Д", "ё", "1", "0", "9", ".", ".", ",", ";", ":",
                        "'", "\u2019", "\u2018", "\"", "!", "?", "(", ")", "[", "]", "«", "»",
                        "\u201C", "\u201D", "_", "\u203F", "\u201E", "-", "\u2013", "\u2014", "\u2026", " ",
                        " ", " ", "\t", "\n", "\r", "\u00A0", "\u2028", "\u0085", "/", "%",
                        "№", "$", "€", "é", "α", "Ω", "ا", "&", "@", "#", "*", "+", "="}) {
    common.emplace_back(c);
  }
  std::vector<std::string> any;
  for (char32_t cp = 1; cp < 0x2200; ++cp) {
    if (cp >= 0x800 && cp < 0x2000) continue;
    if (SimpleBreaks::covers(utf8(cp))) any.push_back(utf8(cp));
  }
  ASSERT_GT(any.size(), 1000u);
  std::mt19937 rng(20261206);
  for (int n = 0; n < 60000; ++n) {
    std::string text;
    const int length = 1 + static_cast<int>(rng() % 24);
    for (int i = 0; i < length; ++i) {
      text += rng() % 8 == 0 ? any[rng() % any.size()] : common[rng() % common.size()];
    }
    ASSERT_TRUE(SimpleBreaks::covers(text));
    ASSERT_TRUE(agrees(text));
  }
}

TEST(SimpleBreaks, AgreesWithIcuOnRealPages) {
  // Each paragraph of the sample pages that the rules cover (whole pages are too long for
  // the quadratic check above).
  // TRANSCRIPT_BREAKS_PAGES names another folder to check instead (the whole corpus).
  const char* other = std::getenv("TRANSCRIPT_BREAKS_PAGES");
  const std::string folder = other ? other : std::string(TRANSCRIPT_TEST_DATA) + "/corpus_sample";
  int covered = 0, paragraphs = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(folder)) {
    if (!entry.is_regular_file()) continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    const std::string page = s.str();
    if (find_invalid_utf8(page)) continue;
    for (std::size_t pos = 0; pos < page.size();) {
      std::size_t end = page.find("\n\n", pos);
      if (end == std::string::npos) end = page.size();
      const std::string_view paragraph =
          utf8_prefix(std::string_view(page).substr(pos, end - pos), 3000);
      pos = end + 2;
      if (paragraph.empty() || find_invalid_utf8(paragraph)) continue;
      ++paragraphs;
      if (!SimpleBreaks::covers(paragraph)) continue;
      ++covered;
      ASSERT_TRUE(agrees(paragraph)) << entry.path();
    }
  }
  std::printf("%d of %d paragraphs covered\n", covered, paragraphs);
  EXPECT_GT(paragraphs, 700);
  EXPECT_GT(covered, paragraphs * 9 / 10);
}

}  // namespace
}  // namespace transcript
