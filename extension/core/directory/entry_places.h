// The page-level decisions about where a directory's entries are and whom they represent,
// taken once every entry of the page is known (the evidence comes from the parser, which
// reads each entry alone).
//
// For each entry, in this order:
//   1. represents_code: the state its name says it represents (represented_state():
//      "Embassy of the Republic of Poland" -> PL, "Посольство России в США" -> RU,
//      "British Embassy Paris" -> GB). When most entries that have both a country line and
//      such a name represent that very country ("POLAND" / "Embassy of the Republic of
//      Poland"), the page's country lines name the sending state, and an entry without a
//      name of its own represents its country line's state ("BELIZE" / "Mr … / Honorary
//      Consul"). When at least two entries say and all agree, the page is one state's list
//      of its own missions, and its other missions represent that state too. Hotlines and
//      other services represent nobody.
//   2. The office's country, where its numbers are read (dial_region): the country that
//      ends its address, else the country of its city (city_region(): CLDR's exemplar
//      cities; a Chinese address's leading country), else the country its name places it
//      in, else the section heading's, else its country_code unless the page's country
//      lines name sending states, else the country of its numbers printed with "+" when
//      they agree. An entry still without one takes the page's: the most common office
//      country when it covers at least 60% of the entries that have one (a list of the
//      missions in one country), else the state most entries represent, when they are at
//      least 60% (a ministry's list of its missions abroad, read as its readers dial).
//   3. phones_e164: each phone read in that country (phone_to_e164). A number printed
//      without "+" and at least two digits shorter than the number before it in the same
//      field value ("(8-10-612) 6295-9033, 6295-9474", "8 (499) 690-41-86, 690-38-46")
//      takes that number's leading digits when that reading is valid.
//   4. country in its dictionary form (dictionary_country_name(): "Иране" -> "Иран").
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/directory/contact.h"

namespace transcript {

struct EntryPlaces {
  Contact* contact = nullptr;
  std::optional<std::string> address_code;       // the country that ends the address
  std::optional<std::string> name_country_code;  // the country the name places it in
  std::optional<std::string> section_code;       // the country the section heading names
  bool country_from_line = false;                // country is a country line's
  std::vector<int> phone_groups;                 // per phone: the field value it came from
};

void decide_entry_places(std::vector<EntryPlaces>& entries);

}  // namespace transcript
