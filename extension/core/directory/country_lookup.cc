// country_code() for the directory parser, remembered, with a second table of forms.
#include "core/directory/country_lookup.h"

#include <unicode/unistr.h>

#include <unordered_map>
#include <vector>

#include "core/entities/country_names.h"
#include "core/text/lines.h"

namespace transcript {
namespace {

struct CountryForm {
  const char* code;
  const char* lang;
  const char* name;
};

// Every ISO 3166-1 name, official long name and common name from iso-codes, in English,
// Spanish, French, German and Portuguese (generated, see gen_country_forms.py).
constexpr CountryForm kCountryForms[] = {
#include "core/directory/country_forms_data.inc"
};

// Folded (ICU case folding), typographic apostrophes read as ', runs of spaces collapsed.
std::string form_key(std::string_view text) {
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  s.foldCase();
  s.findAndReplace(icu::UnicodeString(static_cast<UChar32>(0x2019)), icu::UnicodeString("'"));
  std::string folded, out;
  s.toUTF8String(folded);
  for (char c : folded) {
    if (c == ' ' || c == '\t') {
      if (!out.empty() && out.back() != ' ') out += ' ';
      continue;
    }
    out += c;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// The code of a form of kCountryForms; a form shared by two countries is no answer.
std::optional<std::string> form_code(std::string_view name) {
  static const std::unordered_map<std::string, std::string> index = [] {
    std::unordered_map<std::string, std::string> ix;
    for (const CountryForm& f : kCountryForms) {
      auto [it, added] = ix.emplace(form_key(f.name), f.code);
      if (!added && it->second != f.code) it->second.clear();  // ambiguous
    }
    return ix;
  }();
  auto it = index.find(form_key(name));
  if (it == index.end() || it->second.empty()) return std::nullopt;
  return it->second;
}

std::optional<std::string> lookup(std::string_view name) {
  if (auto code = country_code(name)) return code;
  if (name.size() > 80) return std::nullopt;
  if (auto code = form_code(name)) return code;
  // "the Argentine Republic", "el Reino de España", "la République …": without the article.
  std::string_view rest = strip_leading_article(name);
  if (rest.size() != name.size() && !rest.empty()) {
    if (auto code = country_code(rest)) return code;
    return form_code(rest);
  }
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
