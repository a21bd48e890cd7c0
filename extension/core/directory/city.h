// The city of a mission, from its name or else from its address.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace transcript {

// From the name: a trailing parenthesis ("Посольство России в США (Вашингтон)") or a
// closing preposition and place (directory_city_prepositions(): "… в Нью-Йорке",
// "Consulate General in New York", "Consulado General en Barcelona"), at most 4 words, a
// leading article dropped. A place that is a country ("Посольство России в Германии", "in
// the Argentine Republic") or an abbreviation ("при ООН") is not a city. Russian locatives
// are undone (locative_to_nominative).
// address, when given, helps choose between candidate nominatives.
std::optional<std::string> city_from_name(std::string_view name, std::string_view address = {});

// The city a mission's name gives without a preposition, for when neither the name's
// place nor the address gives one: after its last comma ("Australian Embassy, Moscow",
// "Embassy of Ireland, Moscow") or, in Latin script, the words after the kind phrase ("U.S.
// Embassy Moscow", "U.S. Consular Agency Belo Horizonte"); a qualifier in brackets
// ("(Honorary)") set aside. One to four capitalised words, never a country.
std::optional<std::string> city_after_kind(std::string_view name);

// The country a mission's name places it in: the words after its last preposition when
// they name a country, as printed without a leading article ("Посольство России в
// Германии" -> "Германии", "Embassy of … in the Argentine Republic" -> "Argentine
// Republic", "Embajada … en el Reino de España" -> "Reino de España"); nullopt otherwise
// ("Посольство Германии в Москве"); else a trailing parenthesis that names a country
// ("… in Munich (Germany)" -> "Germany").
std::optional<std::string> country_from_name(std::string_view name);

// From an address: after a leading postal code of five digits or more ("121099, Москва, …"
// -> "Москва"; a leading country is skipped: "Китай, 100600, г. Пекин, …" -> "Пекин"), or the
// last comma-separated part that is left once countries, postal codes and two-letter state
// codes are dropped ("9 East 91 Street, New York, NY, 10128, USA" -> "New York",
// "35 rue du Faubourg St Honoré, 75008 Paris, France" -> "Paris"). Never the first part,
// which is the street.
std::optional<std::string> city_from_address(std::string_view address);

// The nominative of a Russian place name in the locative case ("Нью-Йорке" -> "Нью-Йорк",
// "Москве" -> "Москва", "Софии" -> "София"). The ending -е is ambiguous (Хьюстоне <-
// Хьюстон, Москве <- Москва): a candidate that CLDR knows as a city (the Russian exemplar
// cities of ICU's time zone names) or that the hint text contains wins, else the
// masculine reading (drop -е). Text that is not Cyrillic is returned unchanged.
std::string locative_to_nominative(std::string_view place, std::string_view hint = {});

}  // namespace transcript
