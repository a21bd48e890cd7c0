#include "core/text/script.h"

#include <gtest/gtest.h>

namespace transcript {
namespace {

TEST(Script, NamesTheScriptOfTheLetters) {
  EXPECT_EQ(script_code("Lavrov"), "Latn");
  EXPECT_EQ(script_code("Лавров"), "Cyrl");
  EXPECT_EQ(script_code("Лавров, 2020!"), "Cyrl");
  EXPECT_EQ(script_code("Αθήνα"), "Grek");
}

TEST(Script, MixedScriptsAreZmix) {
  EXPECT_EQ(script_code("Lavrov Лавров"), "Zmix");
  EXPECT_EQ(script_code("Лаврoв"), "Zmix");  // a Latin o hidden in a Cyrillic word
}

TEST(Script, NoLettersIsZyyy) {
  EXPECT_EQ(script_code(""), "Zyyy");
  EXPECT_EQ(script_code("2020-09-01"), "Zyyy");
  EXPECT_EQ(script_code("… — !?"), "Zyyy");
  EXPECT_EQ(script_code("\u0301"), "Zyyy");  // a combining mark alone is Inherited
}

}  // namespace
}  // namespace transcript
