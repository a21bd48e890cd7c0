// country_code() (core/entities/country_names.h) for the directory parser, remembered.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace transcript {

// Same answer as country_code(name). The parser asks about every short line of every page
// and about every entry's address and name, and pages repeat the same directory, so recent
// answers are kept per thread (no lock), bounded.
std::optional<std::string> directory_country_code(std::string_view name);

}  // namespace transcript
