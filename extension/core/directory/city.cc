// The city of a mission (see city.h). The only list of cities used is CLDR's, through
// ICU: the Russian exemplar cities of the time zones, to choose between the readings of
// an ambiguous locative ending.
#include "core/directory/city.h"

#include <unicode/locid.h>
#include <unicode/strenum.h>
#include <unicode/timezone.h>
#include <unicode/tznames.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <memory>
#include <unordered_set>
#include <vector>

#include "core/directory/country_lookup.h"
#include "core/directory/field_labels.h"
#include "core/directory/place_names.h"
#include "core/text/lines.h"
#include "core/text/utf8.h"

namespace transcript {
namespace {

std::string fold(std::string_view text) {
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  s.foldCase();
  s.findAndReplace(icu::UnicodeString(static_cast<UChar32>(0x0451)),
                   icu::UnicodeString(static_cast<UChar32>(0x0435)));
  std::string out;
  s.toUTF8String(out);
  return out;
}

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

bool has_cyrillic(std::string_view s) {
  // Cyrillic letters U+0400..U+04FF are the UTF-8 lead bytes 0xD0..0xD3.
  for (unsigned char c : s)
    if (c >= 0xD0 && c <= 0xD3) return true;
  return false;
}

// Han ideographs (lead bytes E4..E9 of U+4000..U+9FFF).
bool has_han(std::string_view s) {
  for (unsigned char c : s)
    if (c >= 0xE4 && c <= 0xE9) return true;
  return false;
}

bool has_digit(std::string_view s) {
  for (char c : s)
    if (c >= '0' && c <= '9') return true;
  return false;
}

std::vector<std::string_view> split(std::string_view text, char separator) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  while (true) {
    std::size_t end = text.find(separator, start);
    parts.push_back(trim(text.substr(start, end == std::string_view::npos ? text.npos : end - start)));
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  return parts;
}

const std::unordered_set<std::string>& exemplar_cities_ru() {
  static const std::unordered_set<std::string> cities = [] {
    std::unordered_set<std::string> out;
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::TimeZoneNames> names(
        icu::TimeZoneNames::createInstance(icu::Locale("ru"), status));
    std::unique_ptr<icu::StringEnumeration> ids(icu::TimeZone::createTimeZoneIDEnumeration(
        UCAL_ZONE_TYPE_CANONICAL_LOCATION, nullptr, nullptr, status));
    if (U_FAILURE(status) || !names || !ids) return out;
    while (const icu::UnicodeString* id = ids->snext(status)) {
      if (U_FAILURE(status)) break;
      icu::UnicodeString city;
      names->getExemplarLocationName(*id, city);
      std::string utf8;
      city.toUTF8String(utf8);
      if (utf8.empty()) continue;
      out.insert(fold(utf8));
      if (auto comma = utf8.find(','); comma != std::string::npos)
        out.insert(fold(utf8.substr(0, comma)));  // "Нью-Сейлем, Северная Дакота"
    }
    return out;
  }();
  return cities;
}

// Candidate nominatives of one word in the locative, the default reading first.
std::vector<std::string> word_candidates(const std::string& word, bool last) {
  if (!has_cyrillic(word)) return {word};
  // Only the last part of a hyphenated name declines: Нью-Йорке, Буэнос-Айресе; but where a
  // preposition joins two parts, the first: Франкфурте-на-Майне, Ростове-на-Дону,
  // Булони-сюр-Мер (the part after the preposition is in its own case already).
  std::size_t hyphen = word.rfind('-');
  std::string head = hyphen == std::string::npos ? "" : word.substr(0, hyphen + 1);
  std::string w = hyphen == std::string::npos ? word : word.substr(hyphen + 1);
  std::string tail;
  for (std::string_view joint : {"-на-", "-сюр-", "-ан-", "-ам-", "-об-", "-де-", "-ла-"}) {
    const std::size_t at = word.find(joint);
    if (at == std::string::npos || at == 0) continue;
    head.clear();
    w = word.substr(0, at);
    tail = word.substr(at);
    break;
  }
  auto stem = [&](std::size_t bytes) { return head + w.substr(0, w.size() - bytes) + tail; };
  // (`with`: the stem and an ending, the tail after a joining preposition kept.)
  auto with = [&](std::size_t bytes, std::string_view ending) {
    std::string out = head + w.substr(0, w.size() - bytes);
    out.append(ending);
    return out + tail;
  };
  if (w.size() <= 2) return {word};
  if (ends_with(w, "ии")) return {with(2, "я")};
  // Сиднее <- Сидней, Корее <- Корея; Анталье <- Анталья.
  if (ends_with(w, "ее")) return {with(2, "й"), with(2, "я")};
  if (ends_with(w, "ье")) return {with(2, "я"), stem(2)};
  if (!last && ends_with(w, "ем")) return {with(4, "ий"), word};
  if (!last && ends_with(w, "ом")) return {with(4, "ый"), word};
  if (!last && ends_with(w, "ой")) return {with(4, "ая"), word};
  // A city in -л- takes its soft sign more often than not (Марселе <- Марсель, Эрбиле,
  // Монреале, Тирасполе; Сиэтле <- Сиэтл); the exemplar cities settle Кабул, Стамбул, Сеул.
  if (ends_with(w, "ле")) return {with(2, "ь"), stem(2), with(2, "а"), with(2, "я")};
  if (ends_with(w, "е")) return {stem(2), with(2, "а"), with(2, "я"), with(2, "ь")};
  if (ends_with(w, "и")) return {word, with(2, "ь")};
  return {word};
}

// True when needle occurs in text as whole words ("Женев" is not in "Женева").
bool contains_word(const std::string& text, const std::string& needle) {
  if (needle.empty()) return false;
  auto letter_at = [&](std::size_t pos) {
    if (pos >= text.size()) return false;
    while (pos > 0 && is_continuation_byte(static_cast<unsigned char>(text[pos]))) --pos;
    return u_isalpha(static_cast<UChar32>(decode_utf8(text, pos))) != 0;
  };
  for (std::size_t at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) {
    bool starts = at == 0 || !letter_at(at - 1);
    bool ends = !letter_at(at + needle.size());
    if (starts && ends) return true;
  }
  return false;
}

}  // namespace

std::string locative_to_nominative(std::string_view place, std::string_view hint) {
  std::vector<std::string> words;
  for (std::string_view w : split(place, ' '))
    if (!w.empty()) words.emplace_back(w);
  if (words.empty() || !has_cyrillic(place)) return std::string(place);
  std::vector<std::vector<std::string>> options;
  for (std::size_t i = 0; i < words.size(); ++i)
    options.push_back(word_candidates(words[i], i + 1 == words.size()));
  // Every combination, default readings first; at most 4 words of 4 readings.
  std::vector<std::string> phrases{""};
  for (std::size_t i = 0; i < options.size() && i < 4; ++i) {
    std::vector<std::string> next;
    for (const std::string& p : phrases)
      for (const std::string& o : options[i]) next.push_back(p.empty() ? o : p + " " + o);
    phrases = std::move(next);
  }
  const std::string folded_hint = fold(hint);
  for (const std::string& p : phrases) {
    std::string f = fold(p);
    if (exemplar_cities_ru().count(f) || contains_word(folded_hint, f)) return p;
  }
  return phrases.front();
}

namespace {

struct Place {
  std::string_view text;        // as printed, without a leading article
  const CityPreposition* preposition;
  std::string_view printed;     // as printed ("Los Angeles", "the Argentine Republic")
};

// The words after the last preposition of a name (directory_city_prepositions()), at most
// max_words of them, a trailing parenthesis set aside; nullopt when there is none.
std::optional<Place> place_in_name(std::string_view name, std::size_t max_words) {
  std::string_view rest = trim(name);
  if (!rest.empty() && rest.back() == ')') {
    std::size_t open = rest.rfind('(');
    if (open != std::string_view::npos) rest = trim(rest.substr(0, open));
  }
  std::vector<std::string_view> words;
  for (std::string_view w : split(rest, ' '))
    if (!w.empty()) words.push_back(w);
  for (std::size_t i = words.size(); i-- > 0;) {
    std::string folded = fold(words[i]);
    const CityPreposition* found = nullptr;
    for (const CityPreposition& p : directory_city_prepositions())
      if (folded == p.word) found = &p;
    if (!found) continue;
    if (i + 1 == words.size() || words.size() - i - 1 > max_words) return std::nullopt;
    std::string_view place(words[i + 1].data(),
                           words.back().data() + words.back().size() - words[i + 1].data());
    return Place{strip_leading_article(place), found, place};
  }
  return std::nullopt;
}

}  // namespace

namespace {

// "Республике Абхазия", "Kingdom of …": a place named with a word for a state is not a
// city, even when it is no country that country_code() knows.
bool names_a_state(std::string_view place) {
  static const std::vector<std::string> stems = [] {
    std::vector<std::string> out;
    for (const char* w : {"республик", "королевств", "федераци", "княжеств", "эмират", "султанат", "republic",
                          "kingdom", "federation", "principality", "emirate", "sultanate", "república", "reino",
                          "république", "royaume", "republik", "königreich", "fürstentum"})
      out.push_back(fold(w));
    return out;
  }();
  for (std::string_view w : split(place, ' ')) {
    const std::string f = fold(w);
    for (const std::string& stem : stems)
      if (f.starts_with(stem)) return true;
  }
  return false;
}

// A trailing "(…)" that qualifies the mission rather than naming its place: "(Honorary)".
bool is_qualifier(std::string_view inner) {
  for (std::string_view word : directory_honorary_words()) {
    std::string w = fold(word);
    if (!w.empty() && w.back() == '*') w.pop_back();
    if (fold(inner).starts_with(w)) return true;
  }
  return false;
}

// A city as names print it: one to four words, the first capitalised (in a script with
// capitals), no digits, not a country, not all capitals (an abbreviation: "при ООН", "at
// the UN").
std::optional<std::string> as_city(std::string_view place) {
  place = trim(place);
  while (!place.empty() && (place.back() == '.' || place.back() == ',')) place.remove_suffix(1);
  if (place.empty() || has_digit(place) || split(place, ' ').size() > 4) return std::nullopt;
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(place.data(), static_cast<int32_t>(place.size())));
  bool all_caps = true, cased = false;
  for (int32_t k = 0; k < u.length(); ++k) {
    if (u_islower(u.charAt(k))) all_caps = false;
    if (u_islower(u.charAt(k)) || u_isupper(u.charAt(k))) cased = true;
  }
  // A script without capitals (Arabic "موسكو", "سانت بطرسبرغ"): a letter first is enough.
  if (!cased) {
    if (!u_isalpha(u.char32At(0))) return std::nullopt;
  } else if (all_caps || !u_isupper(u.char32At(0))) {
    return std::nullopt;
  }
  if (directory_country_code(place) || names_a_state(place)) return std::nullopt;
  return std::string(place);
}

// Chinese: "格鲁吉亚驻上海总领事馆": the place between 驻 and the kind phrase.
std::optional<std::string_view> han_place(std::string_view name) {
  const std::size_t at = name.find("驻");
  if (at == std::string_view::npos) return std::nullopt;
  std::string_view rest = name.substr(at + 3);
  std::size_t end = rest.size();
  for (const KindPhrase& k : directory_kind_phrases()) {
    if (std::string_view(k.lang) != "zh") continue;
    const std::size_t p = rest.find(k.phrase);
    if (p != std::string_view::npos && p < end) end = p;
  }
  rest = rest.substr(0, end);
  if (rest.empty()) return std::nullopt;
  return rest;
}

}  // namespace

std::optional<std::string> city_from_name(std::string_view name, std::string_view address) {
  std::string_view rest = trim(name);
  // Chinese: a city CLDR knows ("上海", "纽约"); "常驻北约代表团" names an organisation.
  if (auto han = han_place(rest)) {
    if (auto city = find_han_city(*han); city && city->at == 0 && city->length == han->size())
      return std::string(*han);
    return std::nullopt;
  }
  // "… (Вашингтон)": the parenthesis names the city, unless it names a country or
  // qualifies the mission ("(Honorary)"), which is set aside.
  if (!rest.empty() && rest.back() == ')') {
    std::size_t open = rest.rfind('(');
    if (open != std::string_view::npos) {
      std::string_view inner = trim(rest.substr(open + 1, rest.size() - open - 2));
      if (is_qualifier(inner)) {
        rest = trim(rest.substr(0, open));
      } else if (!inner.empty() && !has_digit(inner) && !directory_country_code(inner)) {
        return std::string(inner);
      }
    }
  }
  // The last preposition that introduces a place.
  if (auto found = place_in_name(rest, 5)) {
    std::string_view place = found->printed;
    if (place.empty()) return std::nullopt;
    // "в г. Екатеринбурге": the abbreviation of "город" (city).
    if (place.starts_with("г. ")) place = trim(place.substr(3));
    if (directory_country_code(place) || names_a_state(place)) return std::nullopt;
    if (std::string_view(found->preposition->lang) == "ru") {
      if (!as_city(place)) return std::nullopt;
      std::string city = locative_to_nominative(place, address);
      if (directory_country_code(city)) return std::nullopt;
      return city;
    }
    if (auto city = as_city(place)) return city;
    return std::nullopt;
  }
  return std::nullopt;
}

std::optional<std::string> city_after_kind(std::string_view name) {
  std::string_view rest = trim(name);
  if (!rest.empty() && rest.back() == ')') {
    const std::size_t open = rest.rfind('(');
    if (open == std::string_view::npos || !is_qualifier(trim(rest.substr(open + 1, rest.size() - open - 2))))
      return std::nullopt;
    rest = trim(rest.substr(0, open));
  }
  if (place_in_name(rest, 5)) return std::nullopt;
  const auto kind = find_kind_match(rest);
  if (!kind) return std::nullopt;
  const std::vector<std::string_view> spans = kind_word_spans(rest);
  if (kind->word + kind->length > spans.size()) return std::nullopt;
  const std::size_t kind_end =
      static_cast<std::size_t>(spans[kind->word + kind->length - 1].data() - rest.data()) +
      spans[kind->word + kind->length - 1].size();
  if (const std::size_t comma = rest.rfind(','); comma != std::string_view::npos && comma >= kind_end)
    return as_city(rest.substr(comma + 1));
  // After the kind phrase itself only in Latin script: in Russian the words that follow it
  // are the state's genitive ("Посольство России").
  const std::string_view after = trim(rest.substr(kind_end));
  const auto lead = static_cast<unsigned char>(after.empty() ? 0 : after[0]);
  if (!after.empty() && lead < 0x80 && kind->word + kind->length < spans.size()) return as_city(after);
  return std::nullopt;
}

std::optional<std::string> country_from_name(std::string_view name) {
  if (auto han = han_place(trim(name))) {
    if (auto country = find_han_country(*han); country && country->at == 0 && country->length == han->size())
      return std::string(*han);
    return std::nullopt;
  }
  auto found = place_in_name(name, 7);
  if (found && !found->text.empty() && directory_country_code(found->text)) return std::string(found->text);
  // "… in Munich (Germany)": a trailing parenthesis that names a country.
  std::string_view rest = trim(name);
  if (!rest.empty() && rest.back() == ')') {
    std::size_t open = rest.rfind('(');
    if (open != std::string_view::npos) {
      std::string_view inner = trim(rest.substr(open + 1, rest.size() - open - 2));
      if (!inner.empty() && !has_digit(inner) && directory_country_code(inner)) return std::string(inner);
    }
  }
  return std::nullopt;
}

std::optional<std::string> city_from_address(std::string_view address) {
  // Chinese: "北京市朝阳区…", "德国柏林拉普勒大街24号": after a leading country, a city CLDR
  // knows, else what ends in 市 (city) or 特区 (special district).
  if (auto han = find_han_country(address); han || has_han(address)) {
    std::string_view rest = address;
    if (han && han->at == 0) rest = rest.substr(han->length);
    if (auto city = find_han_city(rest); city && city->at == 0) return std::string(rest.substr(0, city->length));
    for (std::string_view marker : {"特区", "市"}) {
      const std::size_t at = rest.find(marker);
      if (at != std::string_view::npos && at > 0 && at <= 18) return std::string(rest.substr(0, at));
    }
    if (han) return std::nullopt;
  }
  std::vector<std::string_view> parts;
  for (std::string_view p : split(address, ','))
    if (!p.empty()) parts.push_back(p);
  // "г. Сухум, ул. Гулиа, д. 22": the part the abbreviation of "город" (city) marks.
  for (std::string_view p : parts)
    if (p.starts_with("г. ") && !has_digit(p)) return std::string(trim(p.substr(3)));
  // "Тегеран, ул. Нофль-ле-Шато, д. 39": the city first, as CLDR knows it.
  if (parts.size() > 1 && !has_digit(parts[0]) && city_region(parts[0])) return std::string(parts[0]);
  // "Китай, 100600, г. Пекин, …": a leading country is not the street.
  if (parts.size() > 2 && !has_digit(parts[0]) && directory_country_code(parts[0])) parts.erase(parts.begin());
  if (parts.size() < 2) return std::nullopt;
  // A postal code has five digits or more: "79, rue de Prony" and "40-50, boulevard …" start
  // with house numbers.
  auto is_postcode = [](std::string_view p) {
    std::size_t digits = 0;
    for (char c : p) {
      if (c >= '0' && c <= '9') ++digits;
      else if (c != ' ' && c != '-') return false;
    }
    return digits >= 5;
  };
  // "121099, Москва, …": Russian order, postal code first.
  if (is_postcode(parts[0])) {
    std::string_view city = parts[1];
    if (city.substr(0, 3) == "г.") city = trim(city.substr(3));
    if (!city.empty() && !has_digit(city)) return std::string(city);
    return std::nullopt;
  }
  // Two capitals, dots allowed: NY, N.Y., TX, D.C.
  auto is_state = [](std::string_view w) {
    int caps = 0;
    for (char c : w) {
      if (c >= 'A' && c <= 'Z') ++caps;
      else if (c != '.') return false;
    }
    return caps == 2;
  };
  // A part that opens with an abbreviation in lower case is a street or a house ("ул.
  // Гулиа", "д. 22", "оф. 305"); "Co. Dublin" is a county.
  auto not_a_place = [](std::string_view p) {
    const std::string_view first = p.substr(0, p.find(' '));
    if (first == "Co." || first == "County") return true;
    if (first.size() < 2 || first.back() != '.' || first.size() > 9) return false;
    std::size_t pos = 0;
    return u_islower(static_cast<UChar32>(decode_utf8(first, pos))) != 0;
  };
  for (std::size_t i = parts.size(); i-- > 1;) {
    if (directory_country_code(parts[i]) || not_a_place(parts[i])) continue;
    std::vector<std::string_view> kept;
    for (std::string_view w : split(parts[i], ' ')) {
      if (w.empty() || has_digit(w) || is_state(w) || w == "-" || w == "–") continue;
      kept.push_back(w);
    }
    if (kept.empty()) continue;
    std::string city;
    for (std::string_view w : kept) city += (city.empty() ? "" : " ") + std::string(w);
    return city;
  }
  return std::nullopt;
}

}  // namespace transcript
