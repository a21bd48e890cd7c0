// country_code() for the directory parser, remembered: the one country table
// (core/entities/country_names.h), which holds iso-codes' forms in five languages too.
#include "core/directory/country_lookup.h"

#include <unordered_map>

#include "core/entities/country_names.h"
#include "core/text/lines.h"

namespace transcript {
namespace {

std::optional<std::string> lookup(std::string_view name) {
  if (auto code = country_code(name)) return code;
  if (name.size() > 80) return std::nullopt;
  // "el Reino de España", "la République …": without the article.
  std::string_view rest = strip_leading_article(name);
  if (rest.size() != name.size() && !rest.empty()) return country_code(rest);
  return std::nullopt;
}

}  // namespace

std::string_view strip_leading_article(std::string_view name) {
  static const char* const kArticles[] = {"the ", "The ", "THE ", "el ", "El ", "la ", "La ", "le ", "Le ",
                                          "les ", "Les ", "l'", "L'", "l’", "L’", "los ", "Los ", "las ",
                                          "Las ", "der ", "Der ", "die ", "Die ", "das ", "Das ", "o ", "a "};
  name = trim(name);
  for (const char* a : kArticles) {
    std::string_view article(a);
    if (name.size() > article.size() && name.substr(0, article.size()) == article)
      return trim(name.substr(article.size()));
  }
  return name;
}

std::optional<std::string> directory_country_code(std::string_view name) {
  thread_local std::unordered_map<std::string, std::optional<std::string>> cache;
  std::string key(name);
  if (auto it = cache.find(key); it != cache.end()) return it->second;
  if (cache.size() >= 4096) cache.clear();
  std::optional<std::string> code = lookup(name);
  cache.emplace(std::move(key), code);
  return code;
}

}  // namespace transcript
