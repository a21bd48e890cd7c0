#include "core/directory/country_lookup.h"

#include <unordered_map>

#include "core/entities/country_names.h"

namespace transcript {

std::optional<std::string> directory_country_code(std::string_view name) {
  thread_local std::unordered_map<std::string, std::optional<std::string>> cache;
  std::string key(name);
  if (auto it = cache.find(key); it != cache.end()) return it->second;
  if (cache.size() >= 4096) cache.clear();
  std::optional<std::string> code = country_code(name);
  cache.emplace(std::move(key), code);
  return code;
}

}  // namespace transcript
