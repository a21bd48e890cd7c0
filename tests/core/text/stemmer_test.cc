#include "core/text/stemmer.h"

#include <gtest/gtest.h>

#include "core/text/input_error.h"

namespace transcript {
namespace {

TEST(Stemmer, StemsEnglishAndRussian) {
  Stemmer en("english");
  EXPECT_EQ(en.stem("sanctions"), "sanction");
  EXPECT_EQ(en.stem("nations"), "nation");
  Stemmer ru("ru");
  EXPECT_EQ(ru.stem("федерации"), ru.stem("федерация"));
  EXPECT_EQ(ru.stem("штатов"), ru.stem("штаты"));
}

TEST(Stemmer, BreaksNamesAsNotesSay) {
  // Why name keys never use Snowball.
  Stemmer ru("russian");
  EXPECT_NE(std::string(ru.stem("лавров")), std::string(ru.stem("лаврова")));
}

TEST(Stemmer, UnknownLanguageIsAnInputError) {
  EXPECT_THROW(Stemmer("klingon"), InputError);
  try {
    Stemmer s("xx");
  } catch (const InputError& e) {
    EXPECT_STREQ(e.what(), "unknown language 'xx'");
  }
}

TEST(Stemmer, ListsLanguages) {
  const auto langs = Stemmer::languages();
  EXPECT_NE(std::find(langs.begin(), langs.end(), "russian"), langs.end());
  EXPECT_NE(std::find(langs.begin(), langs.end(), "english"), langs.end());
}

}  // namespace
}  // namespace transcript
