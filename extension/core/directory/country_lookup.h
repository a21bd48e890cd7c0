// country_code() (core/entities/country_names.h) for the directory parser, remembered, and
// extended to the forms directories print that it does not know.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace transcript {

// The ISO 3166-1 alpha-2 code of a country name, or nullopt. First country_code(name) (CLDR
// names in English and Russian, inflected Russian, official forms); then the names and
// official long names of iso-codes in English, Spanish, French, German and Portuguese
// ("Argentine Republic", "Reino de España", "Royaume d'Espagne", "Deutschland"); then the
// same without a leading article ("the Argentine Republic", "el Reino de España").
// The parser asks about every short line of every page and about every entry's address
// and name, and pages repeat the same directory, so recent answers are kept per thread
// (no lock), bounded.
std::optional<std::string> directory_country_code(std::string_view name);

// The name without a leading article (the, el, la, le, les, l', los, las, der, die, das,
// o, a), trimmed.
std::string_view strip_leading_article(std::string_view name);

}  // namespace transcript
