// Russian names read back to the nominative (russian_name_cases.h).
#include "core/transcript/russian_name_cases.h"

#include <gtest/gtest.h>

namespace transcript {
namespace {

TEST(RussianNameCases, InstrumentalGivenNames) {
  EXPECT_EQ(undo_russian_instrumental_given_name("Иваном"), "Иван");
  EXPECT_EQ(undo_russian_instrumental_given_name("Амираном"), "Амиран");
  EXPECT_EQ(undo_russian_instrumental_given_name("Сергеем"), "Сергей");
  EXPECT_EQ(undo_russian_instrumental_given_name("Николаем"), "Николай");
  EXPECT_EQ(undo_russian_instrumental_given_name("Игорем"), "Игорь");  // a soft stem, not "Игорй"
  EXPECT_EQ(undo_russian_instrumental_given_name("Лазарем"), "Лазарь");
  EXPECT_EQ(undo_russian_instrumental_given_name("Францем"), "Франц");
  // Not an instrumental: as it is.
  EXPECT_EQ(undo_russian_instrumental_given_name("Ириной"), "Ириной");
  EXPECT_EQ(undo_russian_instrumental_given_name("Иван"), "Иван");
  EXPECT_EQ(undo_russian_instrumental_given_name("Ом"), "Ом");
}

TEST(RussianNameCases, InstrumentalSurnames) {
  EXPECT_EQ(undo_russian_instrumental_surname("Лавровым"), "Лавров");
  EXPECT_EQ(undo_russian_instrumental_surname("Хинштейном"), "Хинштейн");
  EXPECT_EQ(undo_russian_instrumental_surname("Александровским"), "Александровский");
  EXPECT_EQ(undo_russian_instrumental_surname("Лукашенко"), "Лукашенко");  // does not decline
}

TEST(RussianNameCases, GivenNameFirst) {
  struct Case {
    const char *a, *b, *c, *expected;
  };
  const Case cases[] = {
      {"Татьяна", "Алексеевна", "Голикова", "Татьяна Голикова"},         // nominative
      {"Тимур", "Витальевич", "Гущин", "Тимур Гущин"},
      {"Александром", "Евсеевичем", "Хинштейном", "Александр Хинштейн"},  // instrumental
      {"Сергеем", "Семёновичем", "Собяниным", "Сергей Собянин"},
      {"Игорем", "Ивановичем", "Кобзевым", "Игорь Кобзев"},
      {"Леонида", "Михайловича", "Фрадкина", "Леонид Фрадкин"},           // genitive
      {"Александра", "Александровича", "Козлова", "Александр Козлов"},
      {"Игоря", "Ивановича", "Кобзева", "Игорь Кобзев"},
      {"Артуру", "Валерьевичу", "Орлову", "Артур Орлов"},                 // dative
      {"Павлу", "Викторовичу", "Степанову", "Павел Степанов"},
      {"Сергею", "Викторовичу", "Лаврову", "Сергей Лавров"},
      {"Евгению", "Николаевичу", "Александровскому", "Евгений Александровский"},
      {"Татьяне", "Алексеевне", "Голиковой", "Татьяна Голикова"},         // a woman's dative
      {"Натальей", "Викторовной", "Бреус", "Наталья Бреус"},              // instrumental, indeclinable
      {"Марию", "Владимировну", "Захарову", "Мария Захарова"},            // accusative
      {"Анны", "Юрьевны", "Цивилевой", "Анна Цивилева"},                  // genitive
  };
  for (const Case& c : cases) {
    EXPECT_EQ(russian_name_around_patronymic(c.a, c.b, c.c, false).value_or("-"), c.expected) << c.a;
  }
}

TEST(RussianNameCases, SurnameFirst) {
  EXPECT_EQ(russian_name_around_patronymic("Голикова", "Татьяна", "Алексеевна", true).value_or("-"),
            "Татьяна Голикова");
  EXPECT_EQ(russian_name_around_patronymic("Прилепину", "Евгению", "Николаевичу", true).value_or("-"),
            "Евгений Прилепин");
  EXPECT_EQ(russian_name_around_patronymic("Эрку", "Алексею", "Алоисовичу", true).value_or("-"), "Алексей Эрк");
  EXPECT_EQ(russian_name_around_patronymic("Козловым", "Александром", "Александровичем", true).value_or("-"),
            "Александр Козлов");
  EXPECT_EQ(russian_name_around_patronymic("Абрамович", "Роман", "Аркадьевич", true).value_or("-"),
            "Роман Абрамович");
}

TEST(RussianNameCases, NotANameAroundAPatronymic) {
  // No patronymic in the middle / at the end.
  EXPECT_FALSE(russian_name_around_patronymic("Татьяна", "Голикова", "Заместитель", false));
  EXPECT_FALSE(russian_name_around_patronymic("Сергей", "Лавров", "Министр", true));
  // The given name's ending is not the patronymic's case: "Александр Евсеевичем" is no name.
  EXPECT_FALSE(russian_name_around_patronymic("Александр", "Евсеевичем", "Хинштейном", false));
  EXPECT_FALSE(russian_name_around_patronymic("Татьяной", "Алексеевна", "Голикова", false));
  // A patronymic where the given name should be; lower case; Latin; initials.
  EXPECT_FALSE(russian_name_around_patronymic("Владимирович", "Владимирович", "Путин", false));
  EXPECT_FALSE(russian_name_around_patronymic("татьяна", "Алексеевна", "Голикова", false));
  EXPECT_FALSE(russian_name_around_patronymic("Roman", "Arkadyevich", "Abramovich", false));
  EXPECT_FALSE(russian_name_around_patronymic("Т.", "Алексеевна", "Голикова", false));
  // Words that end like a patronymic but are none (too short a stem: "Бич", "Вна").
  EXPECT_FALSE(russian_name_around_patronymic("Иван", "Бич", "Петров", false));
}

}  // namespace
}  // namespace transcript
