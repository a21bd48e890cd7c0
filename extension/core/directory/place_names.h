// Places of directory entries that CLDR (through ICU) can tell: which country a city is
// in, Chinese country and city names, the dictionary form of a country's name, and the
// state a mission's name says it represents.
//
// Sources: the exemplar cities of ICU's time zone names in English, Russian, German,
// French, Spanish, Portuguese and Chinese, with each zone's region (TimeZone::getRegion);
// CLDR's country names (Locale::getDisplayCountry, and cldr_country_names() /
// official_country_names() of core/entities); country_lookup.h for names in any form.
// The one table typed here is a dozen English adjectives of nationality that no rule of
// shape derives from the country's name and that CLDR does not hold ("British", "Irish",
// "Dutch" …): see country_of_adjective().
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace transcript {

// The region of a city CLDR knows as a time zone's exemplar city, in any of the languages
// above ("Dublin" -> IE, "Москва" -> RU, "Wien" -> AT, "柏林" -> DE); nullopt otherwise.
// Case-insensitive.
std::optional<std::string> city_region(std::string_view city);

// A Chinese name inside text: where it starts, its length in bytes and its code (a
// country) or itself (a city). The longest name found at the earliest position wins.
struct HanPlace {
  std::size_t at = 0, length = 0;
  std::string code;  // ISO alpha-2 (for a city: its region)
};
// CLDR's Chinese country names ("格鲁吉亚", "美国", "比利时").
std::optional<HanPlace> find_han_country(std::string_view text);
// CLDR's Chinese exemplar cities ("布鲁塞尔", "柏林", "纽约").
std::optional<HanPlace> find_han_city(std::string_view text);

// The country as a dictionary gives it, in the language it is printed in: a Russian name
// inflected by its sentence becomes the nominative form CLDR or the official list holds
// for code with the same number of words ("Иране" -> "Иран", "Российской Федерации" ->
// "Российская Федерация"; CLDR's standard name when no form has as many words). A name
// already in one of those forms ("США", "Германия") and names in other scripts are
// returned as printed.
std::string dictionary_country_name(std::string_view printed, std::string_view code);

// The country an English adjective of nationality names ("Australian", "Russian",
// "U.S.", "British"): the word itself as a country name ("U.S." -> "US"), the country
// names that regular endings derive ("-n", "-ian", "-ese", "-ish", "-i" …: Australian ->
// Australia, Brazilian -> Brazil, Chinese -> China, Polish -> Poland), else the table of
// irregular ones. nullopt when none.
std::optional<std::string> country_of_adjective(std::string_view word);

// The state a mission's name says it represents: before the kind phrase an adjective or
// abbreviation ("U.S. Embassy Moscow", "British Embassy Paris", "Australian Embassy,
// Moscow"); after it a genitive ("Embassy of the Republic of Poland", "Embaixada do
// Brasil em …", "Посольство России в США", "Консульский отдел Посольства России в …")
// up to the place ("in", "в", "при", "em" …, a comma or a bracket); in Chinese the country
// before 驻 ("格鲁吉亚驻中国大使馆"). nullopt when the name does not say.
std::optional<std::string> represented_state(std::string_view name);

}  // namespace transcript
