#include "core/entities/russian_noun_forms.h"

#include <gtest/gtest.h>

#include <string_view>

namespace transcript {
namespace {

bool form(std::string_view nominative, std::string_view word) {
  return is_russian_noun_form(russian_noun_forms(nominative), word);
}

TEST(RussianNounForms, CaseFormsByTheNominativesEnding) {
  for (std::string_view w : {"Дания", "Дании", "Данию", "Данией", "ДАНИИ"}) EXPECT_TRUE(form("Дания", w)) << w;
  for (std::string_view w : {"Украина", "Украины", "Украине", "Украину", "Украиной"}) {
    EXPECT_TRUE(form("Украина", w)) << w;
  }
  for (std::string_view w : {"Гвинея", "Гвинеи", "Гвинее", "Гвинею", "Гвинеей"}) EXPECT_TRUE(form("Гвинея", w)) << w;
  for (std::string_view w : {"Беларусь", "Беларуси", "Беларусью"}) EXPECT_TRUE(form("Беларусь", w)) << w;
  for (std::string_view w : {"Китай", "Китая", "Китаю", "Китаем", "Китае"}) EXPECT_TRUE(form("Китай", w)) << w;
  for (std::string_view w : {"Казахстан", "Казахстана", "Казахстану", "Казахстаном", "Казахстане"}) {
    EXPECT_TRUE(form("Казахстан", w)) << w;
  }
  for (std::string_view w : {"Нидерланды", "Нидерландов", "Нидерландах"}) EXPECT_TRUE(form("Нидерланды", w)) << w;
  // A fleeting vowel, and ё read as е.
  for (std::string_view w : {"Египет", "Египта", "Египтом", "Египте"}) EXPECT_TRUE(form("Египет", w)) << w;
  EXPECT_TRUE(form("Соединённое", "Соединенное"));
}

TEST(RussianNounForms, IndeclinableNamesHaveOneForm) {
  EXPECT_TRUE(form("Самоа", "Самоа"));
  EXPECT_FALSE(form("Самоа", "Самоы"));
  EXPECT_FALSE(form("Самоа", "Самое"));
  EXPECT_TRUE(form("Мали", "Мали"));
  EXPECT_FALSE(form("Мали", "Малая"));
  EXPECT_FALSE(form("Мали", "Мало"));
  EXPECT_TRUE(form("Перу", "Перу"));
  EXPECT_FALSE(form("Перу", "Пьер"));
}

TEST(RussianNounForms, WordsThatOnlyShareAKeyAreNoForm) {
  for (std::string_view w : {"Данное", "Данный", "Данная", "Данные", "Дань", "Дана", "Даниил"}) {
    EXPECT_FALSE(form("Дания", w)) << w;
  }
  EXPECT_FALSE(form("Йемен", "Ему"));
  EXPECT_FALSE(form("Чехия", "Чехов"));
  EXPECT_FALSE(form("Сербия", "Сербы"));
  EXPECT_FALSE(form("Россия", "Русса"));
  EXPECT_FALSE(form("Грузия", "Георгия"));
  EXPECT_FALSE(form("Румыния", "Романа"));
  EXPECT_FALSE(form("Египет", "Египетский"));
}

}  // namespace
}  // namespace transcript
