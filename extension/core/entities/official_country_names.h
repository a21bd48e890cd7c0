// Official long names and abbreviations of countries that CLDR does not give but that
// foreign-ministry pages print all the time (PRC / КНР, USA / США, UK, UAE / ОАЭ,
// DPRK / КНДР, Russian Federation / Российская Федерация …). Data, in one table
// (official_country_names.cc); everything CLDR has comes from cldr_country_names().
#pragma once

#include <span>

namespace transcript {

struct OfficialCountryName {
  const char* code;  // ISO 3166-1 alpha-2
  const char* lang;  // "en", "ru"
  const char* name;
};

std::span<const OfficialCountryName> official_country_names();

}  // namespace transcript
