// Word shapes that tell Russian grammar (word_forms.h).
#include "core/transcript/word_forms.h"

#include <gtest/gtest.h>

namespace transcript {
namespace {

TEST(WordForms, SentenceOpeningFunctionWords) {
  for (const char* w : {"в", "во", "по", "на", "после", "накануне", "in", "during", "the"}) {
    EXPECT_TRUE(is_sentence_opening_function_word(w)) << w;
  }
  for (const char* w : {"в.", "президент", "и", "of", "", "вход"}) {
    EXPECT_FALSE(is_sentence_opening_function_word(w)) << w;
  }
}

TEST(WordForms, PastTenseVerbs) {
  for (const char* w : {"провёл", "доложила", "прошли", "началось", "встретился", "обсуждались",
                        "состоялась", "подписал"}) {
    EXPECT_TRUE(is_past_tense_verb(w, false)) << w;
  }
  // Capitalised: reflexive forms only, as -ли also ends names.
  EXPECT_TRUE(is_past_tense_verb("состоялся", true));
  EXPECT_TRUE(is_past_tense_verb("обсуждались", true));
  EXPECT_FALSE(is_past_tense_verb("эмомали", true));
  EXPECT_TRUE(is_past_tense_verb("эмомали", false));  // the shape alone cannot tell
  // Too short to tell, or other endings.
  for (const char* w : {"сил", "был", "стол", "встреча", "переговоры", "назначен", "представлены"}) {
    EXPECT_FALSE(is_past_tense_verb(w, false)) << w;
  }
}

TEST(WordForms, Nominatives) {
  for (const char* w : {"президент", "губернатор", "владимир", "путин", "генеральный", "рабочая",
                        "верховный"}) {
    EXPECT_TRUE(reads_as_nominative(w)) << w;
  }
  // Oblique cases of a headline: instrumental, genitive, dative; a compound; too short.
  for (const char* w : {"президентом", "андреем", "чибисом", "труфановых", "кириллу", "федерации",
                        "главой", "ураза-байрам", "сил", "марта"}) {
    EXPECT_FALSE(reads_as_nominative(w)) << w;
  }
  EXPECT_TRUE(reads_as_nominative_adjective("генеральный"));
  EXPECT_TRUE(reads_as_nominative_adjective("рабочая"));
  EXPECT_FALSE(reads_as_nominative_adjective("генеральным"));
  EXPECT_FALSE(reads_as_nominative_adjective("чий"));
  for (const char* w : {"владимир", "рустам", "сергей", "дмитрий", "ирина", "надежда"}) {
    EXPECT_TRUE(reads_as_nominative_given_name(w)) << w;
  }
  for (const char* w : {"владимиром", "сергеем", "ириной", "натальей", "марией", "сергею", "ирине",
                        "анна-мария", "ян"}) {
    EXPECT_FALSE(reads_as_nominative_given_name(w)) << w;
  }
  EXPECT_TRUE(ends_in_a_or_ya("глава"));
  EXPECT_TRUE(ends_in_a_or_ya("вероника"));
  EXPECT_FALSE(ends_in_a_or_ya("главы"));
  EXPECT_FALSE(ends_in_a_or_ya("ява"));  // three letters
}

}  // namespace
}  // namespace transcript
