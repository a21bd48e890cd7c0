// The city of a mission from its name or address.
#include "core/directory/city.h"

#include <gtest/gtest.h>

namespace transcript {
namespace {

TEST(CityFromName, Parenthesis) {
  EXPECT_EQ(city_from_name("Посольство России в США (Вашингтон)"), "Вашингтон");
  EXPECT_EQ(city_from_name("Посольство Соединенных Штатов Америки в России (Москва)"), "Москва");
}

TEST(CityFromName, RussianLocativeUndone) {
  EXPECT_EQ(city_from_name("Генеральное консульство России в Нью-Йорке"), "Нью-Йорк");
  EXPECT_EQ(city_from_name("Консульский отдел Посольства России в Вашингтоне"), "Вашингтон");
  EXPECT_EQ(city_from_name("Генеральное консульство России в Хьюстоне"), "Хьюстон");
  EXPECT_EQ(city_from_name("Постоянное представительство России при ООН в Нью-Йорке"), "Нью-Йорк");
  // CLDR knows Москва and Вена: the feminine reading of -е wins.
  EXPECT_EQ(city_from_name("Торговое представительство в Москве"), "Москва");
  EXPECT_EQ(city_from_name("Постоянное представительство России в Вене"), "Вена");
  EXPECT_EQ(city_from_name("Генеральное консульство России в Софии"), "София");
  // Where a preposition joins the parts, the first declines and the rest stays as printed.
  EXPECT_EQ(city_from_name("Генеральное консульство Республики Казахстан во Франкфурте-на-Майне"),
            "Франкфурт-на-Майне");
  EXPECT_EQ(city_from_name("Генеральное консульство России в Ростове-на-Дону"), "Ростов-на-Дону");
  EXPECT_EQ(city_from_name("Генеральное консульство в Буэнос-Айресе"), "Буэнос-Айрес");
  EXPECT_EQ(city_from_name("Генеральное консульство России в Рио-де-Жанейро"), "Рио-де-Жанейро");
  // -ле: the soft sign first (Марсель, Эрбиль, Монреаль), unless CLDR knows the city without
  // it (Стамбул, Кабул).
  EXPECT_EQ(city_from_name("Генеральное консульство России в Марселе"), "Марсель");
  EXPECT_EQ(city_from_name("Генеральное консульство России в Эрбиле"), "Эрбиль");
  EXPECT_EQ(city_from_name("Генеральное консульство России в Стамбуле"), "Стамбул");
  EXPECT_EQ(city_from_name("Посольство России в Кабуле"), "Кабул");
}

TEST(CityFromName, AddressDecidesAnAmbiguousLocative) {
  EXPECT_EQ(city_from_name("Генеральное консульство в Женеве", "ул. Мира 1, Женева"), "Женева");
  EXPECT_EQ(city_from_name("Генеральное консульство в Женеве"), "Женев");  // no evidence: masculine
}

TEST(CityFromName, CountriesAndOrganisationsAreNotCities) {
  EXPECT_EQ(city_from_name("Посольство России в Германии"), std::nullopt);
  EXPECT_EQ(city_from_name("Embassy of Russia in the United States"), std::nullopt);
  EXPECT_EQ(city_from_name("Постоянное представительство России при ООН"), std::nullopt);
  EXPECT_EQ(city_from_name("Посольство России (США)"), std::nullopt);
  EXPECT_EQ(city_from_name("British Embassy Paris"), std::nullopt);
  // Formal names, after an article.
  EXPECT_EQ(city_from_name("Embassy of the Russian Federation in the Argentine Republic"), std::nullopt);
  EXPECT_EQ(city_from_name("Embajada de Rusia en el Reino de España"), std::nullopt);
}

TEST(CountryFromName, ThePlaceAfterThePrepositionWhenACountry) {
  EXPECT_EQ(country_from_name("Посольство России в Германии"), "Германии");
  EXPECT_EQ(country_from_name("Посольство России на Кубе"), "Кубе");
  EXPECT_EQ(country_from_name("Посольство России в США (Вашингтон)"), "США");
  EXPECT_EQ(country_from_name("Embassy of the Russian Federation in the Argentine Republic"), "Argentine Republic");
  EXPECT_EQ(country_from_name("Embassy of the Russian Federation in the Federative Republic of Brazil"),
            "Federative Republic of Brazil");
  EXPECT_EQ(country_from_name("Embajada de la Federación de Rusia en el Reino de España"), "Reino de España");
  EXPECT_EQ(country_from_name("Ambassade de Russie en France"), "France");
  EXPECT_EQ(country_from_name("Посольство Германии в Москве"), std::nullopt);  // a city
  EXPECT_EQ(country_from_name("U.S. Embassy Moscow"), std::nullopt);
  EXPECT_EQ(country_from_name(""), std::nullopt);
  // A trailing parenthesis that names a country, when the place is a city.
  EXPECT_EQ(country_from_name("Consulate General of the Republic of Belarus in Munich (Germany)"), "Germany");
  EXPECT_EQ(country_from_name("Посольство России в Турции (Анкара)"), "Турции");
}

TEST(CityFromName, OtherLanguages) {
  EXPECT_EQ(city_from_name("Embassy of Ireland in Vienna"), "Vienna");
  EXPECT_EQ(city_from_name("Consulate General of Brazil in New York"), "New York");
  EXPECT_EQ(city_from_name("Embaixada do Brasil em Buenos Aires"), "Buenos Aires");
  EXPECT_EQ(city_from_name("Consulado General en Barcelona"), "Barcelona");
  EXPECT_EQ(city_from_name("Consulat général de France à Marseille"), "Marseille");
  EXPECT_EQ(city_from_name("Почетное консульство России на Пхукете"), "Пхукет");
}

TEST(CityFromAddress, Layouts) {
  EXPECT_EQ(city_from_address("121099, Москва, Большой Девятинский пер., д.8"), "Москва");
  EXPECT_EQ(city_from_address("9 East 91 Street, New York, NY, 10128, USA"), "New York");
  EXPECT_EQ(city_from_address("1333 West Loop South, Ste.1300, Houston, TX 77027"), "Houston");
  EXPECT_EQ(city_from_address("35 rue du Faubourg St Honoré, 75008 Paris, France"), "Paris");
  EXPECT_EQ(city_from_address("SES Av. das Nações, Quadra 801, 70408-900 Brasília - DF"), "Brasília");
  EXPECT_EQ(city_from_address("2650 Wisconsin Ave., NW., Washington D.C., 20007, USA"), "Washington");
  // House numbers are not postal codes; a leading country is not the street.
  EXPECT_EQ(city_from_address("79, rue de Prony, 75017 Paris, France"), "Paris");
  EXPECT_EQ(city_from_address("40-50, boulevard Lannes, 75116 Paris"), "Paris");
  EXPECT_EQ(city_from_address("Китай, 100600, г. Пекин, район Чаоян, ул. Ябао, 2"), "Пекин");
  EXPECT_EQ(city_from_address("1 Main Street"), std::nullopt);
  EXPECT_EQ(city_from_address(""), std::nullopt);
}

}  // namespace
}  // namespace transcript
