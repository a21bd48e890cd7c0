// Page-level place decisions (see entry_places.h).
#include "core/directory/entry_places.h"

#include <map>

#include "core/directory/city.h"
#include "core/directory/phone_numbers.h"
#include "core/directory/place_names.h"

namespace transcript {
namespace {

bool is_mission(const Contact& c) { return c.kind != "hotline" && c.kind != "other"; }

std::string digits_of(std::string_view s) {
  std::string out;
  for (char c : s)
    if (c >= '0' && c <= '9') out += c;
  return out;
}

bool has_plus(std::string_view s) {
  for (char c : s) {
    if (c == '+') return true;
    if (c >= '0' && c <= '9') return false;
  }
  return false;
}

// The most common value and the share of the candidates it covers.
std::optional<std::string> majority(const std::vector<std::string>& values, std::size_t of, double share) {
  std::map<std::string, std::size_t> count;
  for (const std::string& v : values) ++count[v];
  const std::string* best = nullptr;
  std::size_t best_n = 0;
  for (const auto& [v, n] : count)
    if (n > best_n) {
      best = &v;
      best_n = n;
    }
  if (!best || of == 0 || static_cast<double>(best_n) < share * static_cast<double>(of)) return std::nullopt;
  return *best;
}

std::optional<std::string> office_region(const EntryPlaces& e, bool sending_lines) {
  const Contact& c = *e.contact;
  if (e.address_code) return e.address_code;
  if (c.city)
    if (auto r = city_region(*c.city)) return r;
  if (c.address) {
    if (auto han = find_han_country(*c.address); han && han->at == 0) return han->code;
    if (auto city = city_from_address(*c.address))
      if (auto r = city_region(*city)) return r;
  }
  if (e.name_country_code) return e.name_country_code;
  if (e.section_code) return e.section_code;
  if (c.country_code && !(e.country_from_line && sending_lines)) return c.country_code;
  std::optional<std::string> plus;
  for (const auto* list : {&c.phones, &c.faxes, &c.hotlines})
    for (const std::string& p : *list) {
      auto r = phone_region(p);
      if (!r) continue;
      if (plus && *plus != *r) return std::nullopt;
      plus = r;
    }
  return plus;
}

}  // namespace

void decide_entry_places(std::vector<EntryPlaces>& entries) {
  // 1. Whom each entry represents.
  std::size_t both = 0, same = 0;
  for (EntryPlaces& e : entries) {
    Contact& c = *e.contact;
    if (c.name && is_mission(c)) c.represents_code = represented_state(*c.name);
    if (e.country_from_line && c.country_code && c.represents_code) {
      ++both;
      if (*c.country_code == *c.represents_code) ++same;
    }
  }
  const bool sending_lines = both > 0 && same * 2 > both;
  std::vector<std::string> stated;
  for (EntryPlaces& e : entries) {
    Contact& c = *e.contact;
    if (sending_lines && !c.represents_code && e.country_from_line && c.country_code && c.kind != "hotline")
      c.represents_code = c.country_code;
    if (c.represents_code) stated.push_back(*c.represents_code);
  }
  if (stated.size() >= 2)
    if (auto own = majority(stated, stated.size(), 1.0))
      for (EntryPlaces& e : entries)
        if (!e.contact->represents_code && is_mission(*e.contact)) e.contact->represents_code = own;

  // 2. Where each office is; the page's country for the others.
  std::vector<std::optional<std::string>> regions;
  std::vector<std::string> found, represented;
  for (const EntryPlaces& e : entries) {
    regions.push_back(office_region(e, sending_lines));
    if (regions.back()) found.push_back(*regions.back());
    if (e.contact->represents_code) represented.push_back(*e.contact->represents_code);
  }
  std::optional<std::string> page = majority(found, found.size(), 0.6);
  if (!page) page = majority(represented, entries.size(), 0.6);

  for (std::size_t i = 0; i < entries.size(); ++i) {
    Contact& c = *entries[i].contact;
    const std::string region = regions[i] ? *regions[i] : page.value_or("");
    c.dial_region = region;
    // 3. The numbers.
    c.phones_e164.clear();
    const std::vector<int>& groups = entries[i].phone_groups;
    for (std::size_t k = 0; k < c.phones.size(); ++k) {
      std::optional<std::string> e164 = phone_to_e164(c.phones[k], region);
      // Shorter than the number before it in the same value, and without a "+": it shares
      // that number's prefix when that reading is valid, even where the short digits
      // alone would make some other valid number (226-511-83 after (8-10-4930) 229-11-10).
      if (k > 0 && k < groups.size() && groups[k] == groups[k - 1] && !has_plus(c.phones[k])) {
        if (auto joined = phone_with_shared_prefix(c.phones[k - 1], c.phones[k]);
            joined && digits_of(c.phones[k]).size() + 2 <= digits_of(c.phones[k - 1]).size())
          if (auto shared = phone_to_e164(*joined, region); shared && is_valid_e164(*shared)) e164 = shared;
      }
      c.phones_e164.push_back(std::move(e164));
    }
    // 4. The country as a dictionary gives it.
    if (c.country && c.country_code) c.country = dictionary_country_name(*c.country, *c.country_code);
  }
}

}  // namespace transcript
