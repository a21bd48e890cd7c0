// Places from CLDR (place_names.h): cities' countries, Chinese names, dictionary forms,
// adjectives of nationality and the state a mission's name represents.
#include "core/directory/place_names.h"

#include <gtest/gtest.h>

#include "core/directory/city.h"

namespace transcript {
namespace {

TEST(CityRegion, ExemplarCitiesInSeveralLanguages) {
  EXPECT_EQ(city_region("Dublin"), "IE");
  EXPECT_EQ(city_region("london"), "GB");
  EXPECT_EQ(city_region("Москва"), "RU");
  EXPECT_EQ(city_region("Wien"), "AT");
  EXPECT_EQ(city_region("Tbilisi"), "GE");
  EXPECT_EQ(city_region("柏林"), "DE");
  EXPECT_EQ(city_region("Waterford"), std::nullopt);
  EXPECT_EQ(city_region(""), std::nullopt);
}

TEST(HanPlaces, CountriesAndCitiesInsideText) {
  auto c = find_han_country("格鲁吉亚驻中国大使馆");
  ASSERT_TRUE(c);
  EXPECT_EQ(c->at, 0u);
  EXPECT_EQ(c->code, "GE");
  auto b = find_han_country("比利时布鲁塞尔利奥波德三世大道");
  ASSERT_TRUE(b);
  EXPECT_EQ(b->code, "BE");
  auto city = find_han_city("布鲁塞尔利奥波德三世大道");
  ASSERT_TRUE(city);
  EXPECT_EQ(city->at, 0u);
  EXPECT_EQ(city->code, "BE");
  EXPECT_FALSE(find_han_country("Embassy"));
  // Official long names (iso-codes' Chinese), as China's own missions print them.
  auto cn = find_han_country("中华人民共和国驻德意志联邦共和国大使馆");
  ASSERT_TRUE(cn);
  EXPECT_EQ(cn->at, 0u);
  EXPECT_EQ(cn->length, std::string_view("中华人民共和国").size());
  EXPECT_EQ(cn->code, "CN");
  auto de = find_han_country("德意志联邦共和国大使馆");
  ASSERT_TRUE(de);
  EXPECT_EQ(de->code, "DE");
  EXPECT_EQ(represented_state("中华人民共和国驻德意志联邦共和国大使馆"), "CN");
  EXPECT_EQ(country_from_name("中华人民共和国驻德意志联邦共和国大使馆"), "德意志联邦共和国");
}

TEST(DictionaryCountryName, RussianInflectionUndone) {
  EXPECT_EQ(dictionary_country_name("Иране", "IR"), "Иран");
  EXPECT_EQ(dictionary_country_name("Турции", "TR"), "Турция");
  EXPECT_EQ(dictionary_country_name("Великобритании", "GB"), "Великобритания");
  EXPECT_EQ(dictionary_country_name("Российской Федерации", "RU"), "Российская Федерация");
  // Already a dictionary form, or not Cyrillic: as printed.
  EXPECT_EQ(dictionary_country_name("США", "US"), "США");
  EXPECT_EQ(dictionary_country_name("Германия", "DE"), "Германия");
  EXPECT_EQ(dictionary_country_name("ARGENTINA", "AR"), "ARGENTINA");
}

TEST(CountryOfAdjective, RegularIrregularAndAbbreviations) {
  EXPECT_EQ(country_of_adjective("Australian"), "AU");
  EXPECT_EQ(country_of_adjective("Russian"), "RU");
  EXPECT_EQ(country_of_adjective("Brazilian"), "BR");
  EXPECT_EQ(country_of_adjective("Chinese"), "CN");
  EXPECT_EQ(country_of_adjective("Polish"), "PL");
  EXPECT_EQ(country_of_adjective("U.S."), "US");
  EXPECT_EQ(country_of_adjective("British"), "GB");
  EXPECT_EQ(country_of_adjective("Irish"), "IE");
  EXPECT_EQ(country_of_adjective("Consular"), std::nullopt);
  // German, inflected: the stem with a regular ending, or an irregular one.
  EXPECT_EQ(country_of_adjective("Deutsche"), "DE");
  EXPECT_EQ(country_of_adjective("Russische"), "RU");
  EXPECT_EQ(country_of_adjective("Italienischen"), "IT");
  EXPECT_EQ(country_of_adjective("Japanische"), "JP");
  EXPECT_EQ(country_of_adjective("Türkische"), "TR");
  EXPECT_EQ(country_of_adjective("Brasilianische"), "BR");
  EXPECT_EQ(country_of_adjective("Mexikanische"), "MX");
  EXPECT_EQ(country_of_adjective("Kasachische"), "KZ");
  EXPECT_EQ(country_of_adjective("Französisches"), "FR");
  EXPECT_EQ(country_of_adjective("Britische"), "GB");
  EXPECT_EQ(country_of_adjective("Neue"), std::nullopt);
  EXPECT_EQ(country_of_adjective("Konsularische"), std::nullopt);
}

TEST(RepresentedState, FromTheMissionsName) {
  EXPECT_EQ(represented_state("Embassy of the Republic of Poland"), "PL");
  EXPECT_EQ(represented_state("U.S. Embassy Moscow"), "US");
  EXPECT_EQ(represented_state("British Embassy Paris"), "GB");
  EXPECT_EQ(represented_state("Australian Consulate, Rio de Janeiro (Honorary)"), "AU");
  EXPECT_EQ(represented_state("Посольство России в США (Вашингтон)"), "RU");
  EXPECT_EQ(represented_state("Консульский отдел Посольства России в Вашингтоне"), "RU");
  EXPECT_EQ(represented_state("Постоянное представительство России при ООН в Нью-Йорке"), "RU");
  EXPECT_EQ(represented_state("Посольство Азербайджанской Республики в Российской Федерации"), "AZ");
  EXPECT_EQ(represented_state("Consulado-Geral do Brasil em Nova York"), "BR");
  EXPECT_EQ(represented_state("Embajada de España en Moscú"), "ES");
  EXPECT_EQ(represented_state("Consulate General of the Republic of Türkiye in Batumi"), "TR");
  EXPECT_EQ(represented_state("Honorary Consulate of Ireland, St Petersburg"), "IE");
  EXPECT_EQ(represented_state("格鲁吉亚驻中国大使馆"), "GE");
  // The place right after the state, without a preposition (German names): the longest
  // part that names a country.
  EXPECT_EQ(represented_state("Botschaft der Bundesrepublik Deutschland Moskau"), "DE");
  EXPECT_EQ(represented_state("Generalkonsulat der Bundesrepublik Deutschland Sankt Petersburg"), "DE");
  EXPECT_EQ(represented_state("Embassy of India Jakarta"), "IN");
  EXPECT_EQ(represented_state("Deutsche Botschaft Moskau"), "DE");
  EXPECT_EQ(represented_state("Ambassade de France en Russie"), "FR");
  // The name does not say.
  EXPECT_EQ(represented_state("Consular Section"), std::nullopt);
  EXPECT_EQ(represented_state("Горячая линия"), std::nullopt);
  EXPECT_EQ(represented_state("Embassy Row"), std::nullopt);
}

}  // namespace
}  // namespace transcript
