#include "core/entities/name_match.h"

#include <gtest/gtest.h>

namespace transcript {
namespace {

class NameMatchTest : public ::testing::TestWithParam<bool> {
 protected:
  double match(std::string_view a, std::string_view b) {
    return name_match(a, b, context, GetParam() ? &builtin_gazetteer() : nullptr);
  }
  MatchContext context;
};

// Run with and without the gazetteer: the name scorer must hold on its own.
INSTANTIATE_TEST_SUITE_P(WithAndWithoutGazetteer, NameMatchTest, ::testing::Bool());

TEST_P(NameMatchTest, SamePersonScoresHigh) {
  EXPECT_GE(match("Sergey Lavrov", "С.В.Лавров"), 0.9);
  EXPECT_GE(match("ДАРЧИЕВ Александр Никитич", "Alexander Darchiev"), 0.9);
  EXPECT_GE(match("Sergei Lavrov", "Sergey Lavrov"), 0.9);
  EXPECT_GE(match("Лаврова", "Lavrov"), 0.9);
  EXPECT_GE(match("Lavrov Sergey", "Sergey Lavrov"), 0.9);
  EXPECT_GE(match("Shoygu", "Шойгу"), 0.9);
  EXPECT_GE(match("Zelenskiy", "Зеленского"), 0.9);
  EXPECT_GE(match("Лавров Сергей Викторович", "S. V. Lavrov"), 0.9);
}

TEST_P(NameMatchTest, DifferentPersonsScoreLow) {
  EXPECT_LE(match("Sergey Lavrov", "Sergei Shoigu"), 0.5);
  EXPECT_LE(match("Dmitry Peskov", "Dmitry Medvedev"), 0.5);
  EXPECT_LE(match("Vladimir Putin", "Vladimir Zelensky"), 0.5);
  EXPECT_LE(match("Belarus", "Belarusian"), 0.5);
  EXPECT_LE(match("Sergey Lavrov", "Maria Lavrova"), 0.5);
  EXPECT_EQ(match("", "Lavrov"), 0.0);
}

TEST(NameMatch, GazetteerJoinsAliases) {
  MatchContext context;
  EXPECT_EQ(name_match("USA", "США", context, &builtin_gazetteer()), 1.0);
  EXPECT_EQ(name_match("ОБСЕ", "Organization for Security and Co-operation in Europe", context,
                       &builtin_gazetteer()),
            1.0);
}

TEST(NameMatch, EditSimilarity) {
  EXPECT_DOUBLE_EQ(edit_similarity("abc", "abc"), 1.0);
  EXPECT_DOUBLE_EQ(edit_similarity("", "abc"), 0.0);
  EXPECT_DOUBLE_EQ(edit_similarity("", ""), 1.0);
  EXPECT_DOUBLE_EQ(edit_similarity("aleksandr", "aleksander"), 0.9);
}

}  // namespace
}  // namespace transcript
