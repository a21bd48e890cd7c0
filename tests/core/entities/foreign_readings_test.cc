// Latin names read by the letter rules of their languages (entities/foreign_readings.h).
#include "core/entities/foreign_readings.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "core/entities/analyzed_text.h"
#include "core/entities/token_keys.h"
#include "core/text/case_fold.h"

namespace transcript {
namespace {

bool has(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

TEST(ForeignReadings, EachLanguageReadsItsLetters) {
  // The reading Russian writes, as Latin letters (zh, kh, ts, ch, sh, y).
  const struct {
    const char* word;
    const char* reading;
  } cases[] = {
      {"barrot", "barro"},           {"jean-yves", "zhan-iv"},      {"maire", "mer"},
      {"bruno", "bryuno"},           {"laurent", "loran"},          {"darmanin", "darmanen"},
      {"jacques", "zhak"},           {"charles", "sharl"},          {"sejourne", "sezhurne"},
      {"stephane", "stefan"},        {"josep", "zhozep"},           {"jose", "khose"},
      {"jorge", "khorkhe"},          {"giorgia", "dzhordzha"},      {"luigi", "luidzhi"},
      {"gentiloni", "dzhentiloni"},  {"steinmeier", "shtaynmayer"}, {"scholz", "sholts"},
      {"volker", "folker"},          {"walter", "valter"},          {"sigmar", "zigmar"},
      {"guterres", "guterrish"},     {"antonio", "antoniu"},        {"bolsonaro", "bolsonaru"},
      {"fico", "fitso"},             {"morawiecki", "moravetski"},  {"szijjarto", "siyyarto"},
  };
  for (const auto& c : cases) {
    const std::vector<std::string> r = foreign_readings(c.word);
    EXPECT_TRUE(has(r, c.reading)) << c.word << " -> " << testing::PrintToString(r);
  }
}

TEST(ForeignReadings, KeysMeetTheRussianSpelling) {
  // The key of a reading is the name key of the Russian spelling.
  const struct {
    const char* latin;
    const char* cyrillic;
  } cases[] = {{"barrot", "барро"},         {"steinmeier", "штайнмайер"}, {"guterres", "гутерриш"},
               {"fico", "фицо"},            {"giorgia", "джорджа"},       {"jose", "хосе"},
               {"szijjarto", "сийярто"},    {"scholz", "шольц"}};
  for (const auto& c : cases) {
    EXPECT_TRUE(has(foreign_reading_keys(c.latin), name_key(c.cyrillic)) || name_key(c.latin) == name_key(c.cyrillic))
        << c.latin << " " << testing::PrintToString(foreign_reading_keys(c.latin)) << " vs " << name_key(c.cyrillic);
  }
}

TEST(ForeignReadings, NothingForWordsWithoutLatinLettersOrWithoutChange) {
  EXPECT_TRUE(foreign_readings("лавров").empty());
  EXPECT_TRUE(foreign_readings("").empty());
  EXPECT_TRUE(foreign_readings("123").empty());
  // Readings differ from the word and from each other.
  for (const char* w : {"drian", "lavrov", "barrot", "jean-yves"}) {
    const std::vector<std::string> r = foreign_readings(w);
    for (std::size_t k = 0; k < r.size(); ++k) {
      EXPECT_NE(r[k], w);
      for (std::size_t j = k + 1; j < r.size(); ++j) EXPECT_NE(r[k], r[j]);
    }
  }
  // A key that is a common word's is left out: French "china" would read шина (a tyre).
  EXPECT_TRUE(has(foreign_readings("china"), "shina"));
  EXPECT_FALSE(has(foreign_reading_keys("china"), name_key("шина")));
}

TEST(ForeignReadings, OnlyCapitalisedUncommonQueryWordsMayBeNames) {
  AnalyzedText t;
  t.analyze("Barrot visited Paris and barrot May Лавров Bank");
  ASSERT_EQ(t.size(), 8u);
  EXPECT_TRUE(may_be_foreign_name(t, 0));   // Barrot
  EXPECT_FALSE(may_be_foreign_name(t, 1));  // visited: not capitalised
  EXPECT_TRUE(may_be_foreign_name(t, 2));   // Paris: a proper noun (its French reading is
  EXPECT_FALSE(has(foreign_reading_keys("paris"), name_key("пари")));  // a word: left out)
  EXPECT_FALSE(may_be_foreign_name(t, 4));  // barrot: lower case
  EXPECT_FALSE(may_be_foreign_name(t, 5));  // May: a month
  EXPECT_FALSE(may_be_foreign_name(t, 6));  // Cyrillic
  EXPECT_FALSE(may_be_foreign_name(t, 7));  // Bank: a common word, capitalised or not
}

}  // namespace
}  // namespace transcript
