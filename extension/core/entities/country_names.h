// Country names from ICU's CLDR data, and the reverse lookup name -> ISO code.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace transcript {

struct CountryName {
  std::string code;  // ISO 3166-1 alpha-2
  std::string name;  // as CLDR gives it
  std::string lang;  // "en", "ru"
  std::string form;  // "standard", "short", "variant"
};

// Every CLDR country name in English and Russian (standard, short and variant forms), for
// every two-letter region code that ICU knows as a country. Built once, thread-safe.
const std::vector<CountryName>& cldr_country_names();

// The ISO 3166-1 alpha-2 code of a country name in English or Russian, in any case, in the
// standard, short or variant form or an official long form, inflected Russian included
// ("Соединенных Штатов Америки" -> "US"). nullopt when the name is not a country.
std::optional<std::string> country_code(std::string_view name);

}  // namespace transcript
