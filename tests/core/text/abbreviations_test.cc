#include "core/text/abbreviations.h"

#include <gtest/gtest.h>

namespace transcript {
namespace {

TEST(Abbreviations, ListedWordsInAnyCase) {
  for (std::string_view w : {"Mr", "MR", "mr", "Mrs", "Dr", "Prof", "vs", "approx", "MESSRS",
                             "Messrs", "Hon", "г", "гг", "Проф", "УЛ", "напр", "Англ"}) {
    EXPECT_TRUE(is_abbreviation(w)) << w;
  }
}

TEST(Abbreviations, FullStopsInsideAndSingleCapitals) {
  for (std::string_view w : {"U.S", "e.g", "т.е", "С.В", "S", "В", "Ё"}) {
    EXPECT_TRUE(is_abbreviation(w)) << w;
  }
}

TEST(Abbreviations, OtherWordsAreNot) {
  for (std::string_view w : {"", "s", "в", "Lavrov", "Smith", "Approximately", "Mister",
                             "messrsx", "Лавров", "гга", "2020", "ab"}) {
    EXPECT_FALSE(is_abbreviation(w)) << w;
  }
}

}  // namespace
}  // namespace transcript
