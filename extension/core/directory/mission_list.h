// A list of missions by name alone, as a ministry's site keeps it in a menu (mfa.gov.by's
// "Belarusian Diplomatic Missions abroad": a <select> per region of "Azerbaijan - Baku
// (Embassy)", "China - Guangzhou (Consulate General)") or an index gives it (GOV.UK's
// embassies index: "British Embassy Buenos Aires" under "Argentina"). No addresses, no
// numbers: the directory parser (directory_parser.h) keeps no entry without fields, so
// such lists are read here, item by item:
//   - kind: find_kind() of the item (Embassy, Consulate General, Посольство …); an item
//     without one (a region, "ООН (Нью-Йорк)") is no entry;
//   - "Country - City (Kind)": the country before a spaced dash when it names one, the city
//     after it up to the bracket; else the country the list gives the item (an index's
//     heading), and the city the name's words after its kind phrase ("British Embassy
//     Buenos Aires" -> Buenos Aires) when they are no country;
//   - represents_code: the state the name says it represents (represented_state()), else
//     the one the list is said to represent (a heading "Belarusian Diplomatic Missions
//     abroad" -> BY, see list_represents());
//   - websites: the item's link when it is an http(s) URL.
// A list counts only when at least `min_entries` items (three for a page's menu) read as
// missions with a country, and most of its items do (a menu of languages or regions is no
// directory). A list a structured source files as missions (a content item's index) needs
// one. In a list that counts, an item printed in its missions' shape whose bracket names
// no kind ("Russia - Kazan (Division)": a branch of the embassy in Moscow; "Poland - Biala
// Podlaska (\uFFFD\uFFFD…)", its word lost) is a row too, of kind `other`, its
// designation left in the name.
//
// A page that lists its missions in menus may list its missions to international
// organisations in a menu beside them, by the organisation and the seat alone ("ООН
// (Нью-Йорк)", "ЕвроСоюз, НАТО (Брюссель)", "OSCE (Vienna)"): parse_organisation_missions()
// reads such a menu, called only for a page with a mission list that counts.
//
// Thread-safety: pure functions.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/directory/contact.h"

namespace transcript {

struct MissionListItem {
  std::string text;                    // as printed
  std::string link;                    // "" when none
  std::int64_t line = 0;               // 1-based line of the page where the item stands
  std::optional<std::string> country;  // the country the list files it under, as printed
};

// The entries of one list (seq numbered from 1 in list order), or none (see above).
std::vector<Contact> parse_mission_list(const std::vector<MissionListItem>& items,
                                        const std::optional<std::string>& represents,
                                        std::size_t min_entries = 3);

// The missions to international organisations of one menu: an item that names an
// organisation (organisations.h, any case; one of several before a comma is enough) with
// its seat in a closing bracket is a row of kind `permanent_mission`, `name` as printed,
// `city` the seat, no `country` (none is printed), `represents_code` the page's. The menu
// counts when at least two items, and most, read so.
std::vector<Contact> parse_organisation_missions(const std::vector<MissionListItem>& items,
                                                 const std::optional<std::string>& represents);

// The state a page's lines say its mission lists represent: a short line that names
// missions or embassies after an adjective of nationality ("Belarusian Diplomatic Missions
// abroad", "Russian embassies") — when every such line names the same state.
std::optional<std::string> list_represents(std::string_view text);

}  // namespace transcript
