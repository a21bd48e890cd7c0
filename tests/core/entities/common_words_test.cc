// The common words of Debian's word lists (entities/common_words.h).
#include "core/entities/common_words.h"

#include <gtest/gtest.h>

#include "core/text/case_fold.h"

namespace transcript {
namespace {

TEST(CommonWords, SurnamesThatAreWords) {
  for (const char* word : {"price", "bush", "rice", "brown", "may", "gates", "белый", "мороз"}) {
    EXPECT_TRUE(is_common_word(fold(word))) << word;
  }
  // Read in the other script too: Moroz is a word, since мороз is one.
  EXPECT_TRUE(is_common_word("moroz"));
}

TEST(CommonWords, SurnamesThatAreNot) {
  for (const char* word : {"lavrov", "лавров", "putin", "путин", "lukashenko", "zakharova",
                           "macron", "петров", "иванов", "biden"}) {
    EXPECT_FALSE(is_common_word(fold(word))) << word;
  }
}

TEST(CommonWords, NameKeysCoverTheWords) {
  EXPECT_TRUE(is_common_name_key("price"));
  EXPECT_TRUE(is_common_name_key("moroz"));
  EXPECT_FALSE(is_common_name_key("lavrov"));
}

TEST(CommonWords, CalendarWords) {
  EXPECT_TRUE(is_calendar_word("may"));
  EXPECT_TRUE(is_calendar_word("monday"));
  EXPECT_TRUE(is_calendar_word("мая"));
  EXPECT_FALSE(is_calendar_word("price"));
  EXPECT_FALSE(is_calendar_word("sun"));  // an abbreviation of Sunday, and a surname
}

}  // namespace
}  // namespace transcript
