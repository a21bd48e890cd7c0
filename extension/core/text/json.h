// A minimal JSON writer for the array-valued columns (phones, emails, people …).
// Strings are escaped per RFC 8259; non-ASCII text is kept as UTF-8.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace transcript {

void append_json_string(std::string& out, std::string_view value);

// ["a","b"]
std::string json_array(const std::vector<std::string>& values);

// ["a",null] — nullopt becomes null.
std::string json_array(const std::vector<std::optional<std::string>>& values);

// [{"k1":"v","k2":"v"}, …] — each object's members in the order given.
std::string json_objects(
    const std::vector<std::vector<std::pair<std::string, std::string>>>& objects);

}  // namespace transcript
