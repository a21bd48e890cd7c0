// Places from CLDR (see place_names.h).
#include "core/directory/place_names.h"

#include <unicode/locid.h>
#include <unicode/strenum.h>
#include <unicode/timezone.h>
#include <unicode/tznames.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cctype>
#include <memory>
#include <unordered_map>
#include <vector>

#include "core/directory/country_lookup.h"
#include "core/directory/field_labels.h"
#include "core/entities/country_names.h"
#include "core/entities/official_country_names.h"
#include "core/text/lines.h"
#include "core/text/utf8.h"

namespace transcript {
namespace {

std::string fold(std::string_view text) {
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  s.foldCase();
  s.findAndReplace(icu::UnicodeString(static_cast<UChar32>(0x0451)), icu::UnicodeString(static_cast<UChar32>(0x0435)));
  std::string out;
  s.toUTF8String(out);
  return out;
}

std::string to_utf8(const icu::UnicodeString& s) {
  std::string out;
  s.toUTF8String(out);
  return out;
}

struct Cities {
  std::unordered_map<std::string, std::string> region;  // folded name -> region
  std::vector<std::pair<std::string, std::string>> han;  // Chinese name -> region
};

const Cities& cities() {
  static const Cities all = [] {
    Cities out;
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::StringEnumeration> ids(
        icu::TimeZone::createTimeZoneIDEnumeration(UCAL_ZONE_TYPE_CANONICAL_LOCATION, nullptr, nullptr, status));
    if (U_FAILURE(status) || !ids) return out;
    std::vector<std::pair<icu::UnicodeString, std::string>> zones;
    while (const icu::UnicodeString* id = ids->snext(status)) {
      if (U_FAILURE(status)) break;
      char region[8] = {};
      UErrorCode st = U_ZERO_ERROR;
      icu::TimeZone::getRegion(*id, region, sizeof region, st);
      if (U_SUCCESS(st) && std::string_view(region).size() == 2) zones.emplace_back(*id, region);
    }
    for (const char* lang : {"en", "ru", "de", "fr", "es", "pt", "zh"}) {
      UErrorCode st = U_ZERO_ERROR;
      std::unique_ptr<icu::TimeZoneNames> names(icu::TimeZoneNames::createInstance(icu::Locale(lang), st));
      if (U_FAILURE(st) || !names) continue;
      for (const auto& [id, region] : zones) {
        icu::UnicodeString city;
        names->getExemplarLocationName(id, city);
        std::string name = to_utf8(city);
        if (name.empty()) continue;
        if (std::string_view(lang) == "zh") out.han.emplace_back(name, region);
        out.region.emplace(fold(name), region);
      }
    }
    return out;
  }();
  return all;
}

// CLDR's Chinese country names, longest first.
// iso-codes' Chinese names, official long names included (gen_han_country_names.py).
// A line per name, "DE 德意志联邦共和国" (one string: a table of pointers would cost the
// shared library a relocation per pointer).
constexpr std::string_view kHanCountryNames =
#include "core/directory/han_country_names.inc"
    ;

const std::vector<std::pair<std::string, std::string>>& han_countries() {
  static const std::vector<std::pair<std::string, std::string>> names = [] {
    std::vector<std::pair<std::string, std::string>> out;
    for (const char* const* c = icu::Locale::getISOCountries(); *c; ++c) {
      icu::UnicodeString display;
      icu::Locale("", *c).getDisplayCountry(icu::Locale("zh"), display);
      std::string name = to_utf8(display);
      if (!name.empty() && name != *c) out.emplace_back(name, *c);
    }
    // The long forms Chinese pages print ("中华人民共和国驻德意志联邦共和国大使馆").
    for (const Line& l : split_lines(kHanCountryNames)) {
      const std::string_view line = l.text;
      if (line.size() < 4 || line[2] != ' ') continue;
      const std::string_view code = line.substr(0, 2), name = line.substr(3);
      if (std::none_of(out.begin(), out.end(), [&](const auto& p) { return p.first == name; })) {
        out.emplace_back(std::string(name), std::string(code));
      }
    }
    std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
    return out;
  }();
  return names;
}

std::optional<HanPlace> find_han(std::string_view text, const std::vector<std::pair<std::string, std::string>>& names) {
  std::optional<HanPlace> best;
  for (const auto& [name, code] : names) {
    const std::size_t at = text.find(name);
    if (at == std::string_view::npos) continue;
    if (!best || at < best->at || (at == best->at && name.size() > best->length)) best = HanPlace{at, name.size(), code};
  }
  return best;
}

bool is_cyrillic(std::string_view s) {
  for (unsigned char c : s)
    if (c == 0xD0 || c == 0xD1) return true;
  return false;
}

std::vector<std::string> folded_words(std::string_view text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  for (std::size_t k = 0; k <= text.size(); ++k) {
    if (k == text.size() || text[k] == ' ' || text[k] == '-') {
      if (k > start) out.push_back(fold(text.substr(start, k - start)));
      start = k + 1;
    }
  }
  return out;
}

std::size_t common_prefix(const std::string& a, const std::string& b) {
  std::size_t n = 0;
  while (n < a.size() && n < b.size() && a[n] == b[n]) ++n;
  return n;
}

std::optional<std::string> code_of(std::string_view name) {
  name = trim(name);
  while (!name.empty() && (name.back() == '.' || name.back() == ',')) name.remove_suffix(1);
  if (name.empty()) return std::nullopt;
  return directory_country_code(name);
}

}  // namespace

std::optional<std::string> city_region(std::string_view city) {
  city = trim(city);
  if (city.empty() || city.size() > 80) return std::nullopt;
  const auto& map = cities().region;
  if (auto it = map.find(fold(city)); it != map.end()) return it->second;
  return std::nullopt;
}

std::optional<HanPlace> find_han_country(std::string_view text) { return find_han(text, han_countries()); }
std::optional<HanPlace> find_han_city(std::string_view text) { return find_han(text, cities().han); }

std::string dictionary_country_name(std::string_view printed, std::string_view code) {
  if (!is_cyrillic(printed) || code.size() != 2) return std::string(printed);
  struct Forms {
    std::unordered_map<std::string, std::vector<std::string>> by_code;  // ru nominatives, standard first
  };
  static const Forms forms = [] {
    Forms f;
    for (const CountryName& n : cldr_country_names())
      if (n.lang == "ru") {
        auto& v = f.by_code[n.code];
        if (n.form == "standard") v.insert(v.begin(), n.name);
        else v.push_back(n.name);
      }
    for (const OfficialCountryName& n : official_country_names())
      if (std::string_view(n.lang) == "ru") f.by_code[n.code].push_back(n.name);
    return f;
  }();
  const auto it = forms.by_code.find(std::string(code));
  if (it == forms.by_code.end() || it->second.empty()) return std::string(printed);
  const std::vector<std::string> words = folded_words(printed);
  const std::string* best = nullptr;
  std::size_t best_score = 0;
  for (const std::string& form : it->second) {
    const std::vector<std::string> fw = folded_words(form);
    if (fw == words) return std::string(printed);  // already a nominative form
    if (fw.size() != words.size()) continue;
    std::size_t score = 0;
    for (std::size_t k = 0; k < fw.size(); ++k) score += common_prefix(fw[k], words[k]);
    if (score > best_score) {
      best = &form;
      best_score = score;
    }
  }
  return best ? *best : it->second.front();
}

namespace {

// A German adjective of nationality, folded ("deutsche", "russische", "französisches",
// "britischen"): without its ending (-e, -er, -en, -es, -em) it ends in -sch; the country's
// name is its stem (without -isch) with a regular ending (Russland, Polen, Italien, Japan,
// Türkei, Ukraine, Kanada, Griechenland; Deutschland from "deutsch"; Brasilien from
// "brasilianisch"), else one of the irregular ones.
std::optional<std::string> country_of_german_adjective(const std::string& folded) {
  std::string base;
  for (std::string_view ending : {"e", "er", "en", "es", "em"}) {
    if (folded.size() > ending.size() + 4 && folded.ends_with(ending) &&
        std::string_view(folded).substr(0, folded.size() - ending.size()).ends_with("sch")) {
      base = folded.substr(0, folded.size() - ending.size());
      break;
    }
  }
  if (base.empty() && folded.size() > 5 && folded.ends_with("sch")) base = folded;
  if (base.empty()) return std::nullopt;
  static const std::unordered_map<std::string, std::string> kIrregular{
      {"französisch", "FR"}, {"britisch", "GB"},     {"chinesisch", "CN"}, {"amerikanisch", "US"},
      {"niederländisch", "NL"}, {"schweizerisch", "CH"}, {"dänisch", "DK"}, {"polnisch", "PL"},
      {"estnisch", "EE"},     {"portugiesisch", "PT"}, {"belarussisch", "BY"}};
  if (auto it = kIrregular.find(base); it != kIrregular.end()) return it->second;
  if (auto code = code_of(base + "land")) return code;  // deutsch -> Deutschland
  if (!base.ends_with("isch")) return std::nullopt;
  std::string stem = base.substr(0, base.size() - 4);
  if (stem.ends_with("ian")) stem.replace(stem.size() - 3, 3, "ien");  // brasilian -> Brasilien
  for (std::string_view ending : {"", "land", "ien", "en", "n", "ei", "e", "a", "enland", "stan", "istan"}) {
    if (auto code = code_of(stem + std::string(ending))) return code;
  }
  // mexikan -> Mexiko, kuban -> Kuba, vietnames -> Vietnam.
  for (const auto& [from, to] : {std::pair<std::string_view, std::string_view>{"an", "o"}, {"an", "a"}, {"es", ""}}) {
    if (stem.size() > from.size() + 2 && stem.ends_with(from)) {
      if (auto code = code_of(stem.substr(0, stem.size() - from.size()) + std::string(to))) return code;
    }
  }
  return std::nullopt;
}

}  // namespace

std::optional<std::string> country_of_adjective(std::string_view word) {
  word = trim(word);
  if (word.empty() || word.size() > 40) return std::nullopt;
  // "U.S.", "U.K.": an abbreviation with full stops.
  std::string bare;
  for (char c : word)
    if (c != '.') bare += c;
  if (auto code = code_of(bare)) return code;
  // "U.S.": an ISO code itself.
  if (bare.size() == 2 && bare != word && std::isupper(static_cast<unsigned char>(bare[0])) &&
      std::isupper(static_cast<unsigned char>(bare[1])))
    for (const char* const* c = icu::Locale::getISOCountries(); *c; ++c)
      if (bare == *c) return bare;
  // Regular endings: the country's name is the adjective with its ending replaced.
  static constexpr std::pair<std::string_view, std::string_view> kEndings[] = {
      {"ian", "ia"}, {"ian", ""},  {"ian", "y"}, {"ian", "a"},   {"ian", "e"},  {"ian", "ium"}, {"an", "a"},
      {"an", ""},    {"an", "o"},  {"n", ""},    {"ese", "a"},   {"ese", ""},   {"ese", "e"},   {"ish", "and"},
      {"ish", "en"}, {"ish", "ey"}, {"ish", ""}, {"i", ""},      {"ic", ""},    {"ic", "ia"},   {"", "ia"},
      {"", "y"},     {"", "stan"}, {"", "istan"}, {"", "land"}, {"", "s"}};
  for (const auto& [ending, replacement] : kEndings) {
    if (bare.size() <= ending.size() + 2 || !bare.ends_with(ending)) continue;
    std::string name = bare.substr(0, bare.size() - ending.size()) + std::string(replacement);
    if (auto code = code_of(name)) return code;
  }
  // Irregular adjectives CLDR does not hold.
  static const std::unordered_map<std::string, std::string> kIrregular{
      {"british", "GB"}, {"irish", "IE"},    {"french", "FR"},      {"dutch", "NL"},     {"swiss", "CH"},
      {"greek", "GR"},   {"danish", "DK"},   {"spanish", "ES"},     {"norwegian", "NO"}, {"portuguese", "PT"},
      {"lebanese", "LB"}, {"peruvian", "PE"}, {"argentine", "AR"},  {"filipino", "PH"},  {"cypriot", "CY"},
      {"monegasque", "MC"}, {"emirati", "AE"}};
  if (auto it = kIrregular.find(fold(bare)); it != kIrregular.end()) return it->second;
  return country_of_german_adjective(fold(bare));
}

std::optional<std::string> represented_state(std::string_view name) {
  name = trim(name);
  if (name.empty() || name.size() > 300) return std::nullopt;
  // Chinese: "格鲁吉亚驻中国大使馆", "格鲁吉亚常驻北约代表团": the country that opens the name.
  if (auto han = find_han_country(name); han && han->at == 0) return han->code;
  const auto kind = find_kind_match(name);
  if (!kind) return std::nullopt;
  const std::vector<std::string_view> spans = kind_word_spans(name);
  if (kind->word + kind->length > spans.size()) return std::nullopt;
  // Before the kind phrase: "U.S.", "British", "Australian".
  if (kind->word > 0) {
    const std::string_view before = trim(name.substr(0, static_cast<std::size_t>(spans[kind->word].data() - name.data())));
    if (auto code = country_of_adjective(before)) return code;
    if (kind->word == 1)
      if (auto code = country_of_adjective(spans[0])) return code;
  }
  // After it: skip further kind phrases ("Консульский отдел Посольства России"), a
  // genitive preposition ("of", "do", "de" …), then up to the place.
  std::size_t w = kind->word + kind->length;
  while (w < spans.size()) {
    const std::string_view rest = name.substr(static_cast<std::size_t>(spans[w].data() - name.data()));
    const auto next = find_kind_match(rest);
    if (!next || next->word != 0) break;
    w += next->length;
  }
  if (w >= spans.size()) return std::nullopt;
  // The text right after the kind phrase must continue it, not open a new part.
  const std::size_t end_of_kind = static_cast<std::size_t>(spans[w - 1].data() - name.data()) + spans[w - 1].size();
  const std::string_view gap = name.substr(end_of_kind, static_cast<std::size_t>(spans[w].data() - name.data()) - end_of_kind);
  if (gap.find_first_of(",(") != std::string_view::npos) return std::nullopt;
  static const std::vector<std::string> kGenitive{"of", "de", "do", "da", "dos", "das", "del", "der", "des",
                                                  "du", "von", "di", "della", "dello", "dei", "degli", "d", "dell"};
  const bool cyrillic = is_cyrillic(spans[w]);
  const std::string first = fold(spans[w]);
  // (An elided "d'" is a word of its own here: "Ambasciata d'Italia", "Ambassade d'Espagne".)
  if (std::find(kGenitive.begin(), kGenitive.end(), first) != kGenitive.end()) ++w;
  else if (!cyrillic) return std::nullopt;  // "British Embassy Paris": a place, not a genitive
  // Up to the place: a preposition, a comma, a bracket or a dash.
  std::vector<std::string_view> words;
  for (std::size_t k = w; k < spans.size(); ++k) {
    const std::string f = fold(spans[k]);
    bool stop = f == "при" || f == "at" || f == "to" || f == "bei" || f == "junto";
    for (const CityPreposition& p : directory_city_prepositions()) stop = stop || f == p.word;
    if (stop) break;
    const std::size_t end_k = static_cast<std::size_t>(spans[k].data() - name.data());
    if (k > w) {
      const std::size_t prev_end = static_cast<std::size_t>(spans[k - 1].data() - name.data()) + spans[k - 1].size();
      if (name.substr(prev_end, end_k - prev_end).find_first_of(",(–—") != std::string_view::npos) break;
    }
    words.push_back(spans[k]);
  }
  if (words.empty()) return std::nullopt;
  // The whole phrase ("the Republic of Poland", "Соединенных Штатов Америки"), else its
  // longest part that names a country, the first of equals: a tail ("the Republic of
  // Türkiye" -> "Türkiye"), or a head when the place follows without a preposition, as
  // German names print it ("Botschaft der Bundesrepublik Deutschland Moskau").
  for (std::size_t length = words.size(); length > 0; --length) {
    for (std::size_t from = 0; from + length <= words.size(); ++from) {
      const std::string_view last = words[from + length - 1];
      const std::string_view phrase(words[from].data(), last.data() + last.size() - words[from].data());
      if (auto code = code_of(phrase)) return code;
    }
  }
  return std::nullopt;
}

}  // namespace transcript
