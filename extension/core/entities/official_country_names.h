// Country names that CLDR (ICU) and iso-codes do not give but that foreign-ministry pages
// print all the time (PRC / КНР, USA / США, DR Congo, Burma, Кыргызстан …), the common
// English names used as canonical entity names where CLDR's display names are not what text
// writes (Congo - Kinshasa -> DR Congo), and the UN observer states. Data, in one file
// (official_country_names.cc); everything CLDR and iso-codes have comes from them
// (entities/country_names.h).
#pragma once

#include <span>
#include <string_view>

namespace transcript {

struct OfficialCountryName {
  const char* code;  // ISO 3166-1 alpha-2
  const char* lang;  // "en", "ru"
  const char* name;
};

std::span<const OfficialCountryName> official_country_names();

// The canonical English name of a country, where the rule of country_names.cc (CLDR's short
// or standard name, "&" written "and", "St." written "Saint", a trailing parenthesis left
// out) does not give the common English short name.
struct CommonCountryName {
  const char* code;
  const char* name;
};
std::span<const CommonCountryName> common_country_names();

// Non-member observer states of the UN General Assembly (ICU's region "UN" holds the 193
// members).
std::span<const std::string_view> un_observer_codes();

}  // namespace transcript
