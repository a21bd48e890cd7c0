#include "core/text/transliteration.h"

#include <gtest/gtest.h>

namespace transcript {
namespace {

TEST(Transliteration, FollowsBgnWithThePressSpellings) {
  EXPECT_EQ(transliterate("Сергей Лавров"), "Sergey Lavrov");
  EXPECT_EQ(transliterate("Лукашенко"), "Lukashenko");
  EXPECT_EQ(transliterate("Шойгу"), "Shoigu");
  EXPECT_EQ(transliterate("Зеленский"), "Zelensky");
  EXPECT_EQ(transliterate("Дмитрий Песков"), "Dmitry Peskov");
  EXPECT_EQ(transliterate("Мария Захарова"), "Maria Zakharova");
  EXPECT_EQ(transliterate("ДАРЧИЕВ Александр Никитич"), "DARCHIEV Aleksandr Nikitich");
  EXPECT_EQ(transliterate("Елена"), "Yelena");
  EXPECT_EQ(transliterate("Щукин"), "Shchukin");
}

TEST(Transliteration, LeavesOtherTextAlone) {
  EXPECT_EQ(transliterate(""), "");
  EXPECT_EQ(transliterate("OSCE, 2020 — ok"), "OSCE, 2020 — ok");
  EXPECT_EQ(transliterate("ОБСЕ и OSCE"), "OBSE i OSCE");
}

TEST(Transliteration, DropsSoftAndHardSigns) {
  EXPECT_EQ(transliterate("Гурьев"), "Guryev");
  EXPECT_EQ(transliterate("объявление"), "obyavlenie");
}

TEST(Transliteration, LetterTable) {
  ASSERT_NE(cyrillic_to_latin(U'ж'), nullptr);
  EXPECT_EQ(*cyrillic_to_latin(U'ж'), "zh");
  EXPECT_EQ(*cyrillic_to_latin(U'е'), "e");
  EXPECT_EQ(*cyrillic_to_latin(U'ь'), "");
  EXPECT_EQ(*cyrillic_to_latin(U'і'), "i");
  EXPECT_EQ(cyrillic_to_latin(U'z'), nullptr);
}

}  // namespace
}  // namespace transcript
