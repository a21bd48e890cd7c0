// The city of a mission, from its name or else from its address.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace transcript {

// From the name: a trailing parenthesis ("Посольство России в США (Вашингтон)") or a
// closing "в/во/in/em/no/na <place>" ("… в Нью-Йорке", "Consulate General in New York").
// A place that is a country ("Посольство России в Германии") or an abbreviation
// ("при ООН") is not a city. Russian locatives are undone (locative_to_nominative).
// address, when given, helps choose between candidate nominatives.
std::optional<std::string> city_from_name(std::string_view name, std::string_view address = {});

// From an address: after a leading postal code ("121099, Москва, …" -> "Москва"), or the
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
