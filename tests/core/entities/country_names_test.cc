// Country names from ICU's CLDR data and the name -> ISO code lookup.
#include "core/entities/country_names.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

namespace transcript {
namespace {

bool has(const std::string& code, const std::string& name, const std::string& lang,
         const std::string& form) {
  const auto& names = cldr_country_names();
  return std::any_of(names.begin(), names.end(), [&](const CountryName& n) {
    return n.code == code && n.name == name && n.lang == lang && n.form == form;
  });
}

TEST(CldrCountryNames, StandardShortAndVariantFormsInBothLanguages) {
  EXPECT_TRUE(has("US", "United States", "en", "standard"));
  EXPECT_TRUE(has("US", "Соединенные Штаты", "ru", "standard"));
  EXPECT_TRUE(has("US", "США", "ru", "short"));
  EXPECT_TRUE(has("GB", "UK", "en", "short"));
  EXPECT_TRUE(has("CI", "Ivory Coast", "en", "variant"));
  EXPECT_TRUE(has("CZ", "Чешская Республика", "ru", "variant"));
  EXPECT_TRUE(has("DE", "Германия", "ru", "standard"));
}

TEST(CldrCountryNames, EveryCodeIsTwoCapitalLettersWithARealName) {
  std::set<std::string> codes;
  for (const CountryName& n : cldr_country_names()) {
    ASSERT_EQ(n.code.size(), 2u) << n.name;
    EXPECT_TRUE(std::isupper(static_cast<unsigned char>(n.code[0])) &&
                std::isupper(static_cast<unsigned char>(n.code[1])));
    EXPECT_NE(n.name, n.code);
    EXPECT_TRUE(n.lang == "en" || n.lang == "ru");
    codes.insert(n.code);
  }
  EXPECT_GT(codes.size(), 240u);
  EXPECT_FALSE(codes.count("UN"));  // not a country, though CLDR names it
}

TEST(CountryCode, StandardShortAndVariantForms) {
  EXPECT_EQ(country_code("США"), "US");
  EXPECT_EQ(country_code("United States"), "US");
  EXPECT_EQ(country_code("Соединенные Штаты"), "US");
  EXPECT_EQ(country_code("Ivory Coast"), "CI");
  EXPECT_EQ(country_code("Côte d’Ivoire"), "CI");
  EXPECT_EQ(country_code("Cote d'Ivoire"), "CI");
  EXPECT_EQ(country_code("UK"), "GB");
  EXPECT_EQ(country_code("Brazil"), "BR");
}

TEST(CountryCode, IgnoresCaseAndYo) {
  EXPECT_EQ(country_code("united states"), "US");
  EXPECT_EQ(country_code("UNITED STATES"), "US");
  EXPECT_EQ(country_code("ГЕРМАНИЯ"), "DE");
  EXPECT_EQ(country_code("Соединённые Штаты"), "US");
}

TEST(CountryCode, OfficialLongFormsNotInCldr) {
  EXPECT_EQ(country_code("United States of America"), "US");
  EXPECT_EQ(country_code("Соединенные Штаты Америки"), "US");
  EXPECT_EQ(country_code("Russian Federation"), "RU");
  EXPECT_EQ(country_code("Российская Федерация"), "RU");
  EXPECT_EQ(country_code("USA"), "US");
  EXPECT_EQ(country_code("РФ"), "RU");
  EXPECT_EQ(country_code("в РФ"), "RU");
  // From the one table of official forms the gazetteer uses too.
  EXPECT_EQ(country_code("Белоруссия"), "BY");
  EXPECT_EQ(country_code("в Белоруссии"), "BY");
  EXPECT_EQ(country_code("Great Britain"), "GB");
  EXPECT_EQ(country_code("us"), std::nullopt);  // the English word, never the code
}

// CLDR's short names in Spanish, French, German and Portuguese where iso-codes gives only
// the official form ("Fédération de Russie"): gen_cldr_country_forms.py.
TEST(CountryCode, CldrShortNamesOfOtherLanguages) {
  EXPECT_EQ(country_code("Russie"), "RU");
  EXPECT_EQ(country_code("Russland"), "RU");
  EXPECT_EQ(country_code("Rusia"), "RU");
  EXPECT_EQ(country_code("R\u00fassia"), "RU");
  EXPECT_EQ(country_code("Corea del Sur"), "KR");
  EXPECT_EQ(country_code("Bi\u00e9lorussie"), "BY");
  EXPECT_EQ(country_code("Syrie"), "SY");
  EXPECT_EQ(country_code("Turquie"), "TR");
}

TEST(CountryCode, InflectedRussian) {
  EXPECT_EQ(country_code("Соединенных Штатов Америки"), "US");
  EXPECT_EQ(country_code("России"), "RU");
  EXPECT_EQ(country_code("Германии"), "DE");
  EXPECT_EQ(country_code("Франции"), "FR");
  EXPECT_EQ(country_code("в США"), "US");
  EXPECT_EQ(country_code("во Франции"), "FR");
  EXPECT_EQ(country_code("Российской Федерации"), "RU");
  EXPECT_EQ(country_code("Китаем"), "CN");
  EXPECT_EQ(country_code("Египте"), "EG");
  EXPECT_EQ(country_code("Польши"), "PL");
  EXPECT_EQ(country_code("Беларуси"), "BY");
  EXPECT_EQ(country_code("Республики Корея"), "KR");
  EXPECT_EQ(country_code("Гвинеи-Бисау"), "GW");
  EXPECT_EQ(country_code("Южно-Африканской Республики"), "ZA");
  EXPECT_EQ(country_code("Мальдив"), "MV");
  EXPECT_EQ(country_code("Чили"), "CL");
}

TEST(CountryCode, InflectionKeepsSimilarNamesApart) {
  EXPECT_EQ(country_code("Нигер"), "NE");
  EXPECT_EQ(country_code("Нигера"), "NE");
  EXPECT_EQ(country_code("Нигерия"), "NG");
  EXPECT_EQ(country_code("Нигерии"), "NG");
  EXPECT_EQ(country_code("Гвинеи"), "GN");
  EXPECT_EQ(country_code("Экваториальной Гвинеи"), "GQ");
}

TEST(CountryCode, ParenthesisedPartIsOptional) {
  EXPECT_EQ(country_code("Myanmar"), "MM");
  EXPECT_EQ(country_code("Myanmar (Burma)"), "MM");
  EXPECT_EQ(country_code("Гонконг"), "HK");
  // Both sets of Virgin Islands lose their qualifier: ambiguous, so no answer.
  EXPECT_EQ(country_code("Виргинские острова"), std::nullopt);
}

TEST(CountryCode, NotACountry) {
  EXPECT_EQ(country_code(""), std::nullopt);
  EXPECT_EQ(country_code("   "), std::nullopt);
  EXPECT_EQ(country_code("Вашингтон"), std::nullopt);
  EXPECT_EQ(country_code("Embassy"), std::nullopt);
  EXPECT_EQ(country_code("us"), std::nullopt);
  EXPECT_EQ(country_code("в"), std::nullopt);
}

}  // namespace
}  // namespace transcript
