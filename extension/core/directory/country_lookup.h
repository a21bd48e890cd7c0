// country_code() (core/entities/country_names.h) for the directory parser, remembered, and
// tried again without a leading article.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace transcript {

// The ISO 3166-1 alpha-2 code of a country name, or nullopt: country_code(name) (the one
// country table: CLDR names in English and Russian, inflected Russian, iso-codes' names in
// English, Russian, Spanish, French, German and Portuguese such as "Argentine Republic",
// "Reino de España", "Royaume d'Espagne", "Deutschland", official forms); then the same
// without a leading article ("el Reino de España").
// The parser asks about every short line of every page and about every entry's address
// and name, and pages repeat the same directory, so recent answers are kept per thread
// (no lock), bounded.
std::optional<std::string> directory_country_code(std::string_view name);

// The name without a leading article (the, el, la, le, les, l', los, las, der, die, das,
// o, a), trimmed.
std::string_view strip_leading_article(std::string_view name);

}  // namespace transcript
