#include "core/directory/mission_list.h"

#include "core/directory/country_lookup.h"
#include "core/directory/field_labels.h"
#include "core/directory/place_names.h"
#include "core/entities/organisations.h"
#include "core/text/lines.h"

#include <algorithm>
#include <set>

namespace transcript {
namespace {

// The item split at its first spaced dash ("Azerbaijan - Baku (Embassy)").
std::optional<std::pair<std::string_view, std::string_view>> dash_parts(std::string_view text) {
  for (std::string_view dash : {" - ", " \u2013 ", " \u2014 "}) {
    const std::size_t at = text.find(dash);
    if (at != std::string_view::npos) return std::pair{trim(text.substr(0, at)), trim(text.substr(at + dash.size()))};
  }
  return std::nullopt;
}

// The name's words after its kind phrase ("British Embassy Buenos Aires" -> "Buenos Aires").
std::optional<std::string> words_after_kind(std::string_view name) {
  const auto match = find_kind_match(name);
  if (!match) return std::nullopt;
  const std::vector<std::string_view> words = kind_word_spans(name);
  if (match->word + match->length >= words.size()) return std::nullopt;
  const std::string_view first = words[match->word + match->length];
  const std::string_view rest = name.substr(static_cast<std::size_t>(first.data() - name.data()));
  std::string city = collapse_spaces(std::string(rest));
  if (city.empty() || directory_country_code(city)) return std::nullopt;
  return city;
}

// The bracketed designation that ends an item ("Kazan (Division)" -> "Division"), "" when
// the item ends otherwise.
std::string_view closing_bracket(std::string_view text) {
  if (!text.ends_with(')')) return {};
  const std::size_t open = text.rfind('(');
  if (open == std::string_view::npos) return {};
  return trim(text.substr(open + 1, text.size() - open - 2));
}

// Whether a part of an item is the name of an international organisation, in any case
// ("ООН", "ЕвроСоюз", "OSCE"), as organisations.cc spells them.
bool names_organisation(std::string_view part) {
  static const std::set<std::vector<std::string>> aliases = [] {
    std::set<std::vector<std::string>> out;
    for (const OrganisationAlias& a : organisation_aliases()) out.insert(directory_words(a.alias));
    return out;
  }();
  const std::vector<std::string> words = directory_words(part);
  return !words.empty() && aliases.contains(words);
}

// "ООН, Международные организации (Вена)": the organisations before the bracket, one of
// which has a name, and the place in it.
std::optional<std::string> organisation_place(std::string_view text) {
  const std::string_view place = closing_bracket(text);
  if (place.empty() || directory_country_code(place)) return std::nullopt;
  std::string_view names = trim(text.substr(0, text.rfind('(')));
  while (!names.empty()) {
    const std::size_t comma = names.find(',');
    if (names_organisation(trim(names.substr(0, comma)))) return std::string(place);
    if (comma == std::string_view::npos) break;
    names = trim(names.substr(comma + 1));
  }
  return std::nullopt;
}

}  // namespace

std::vector<Contact> parse_mission_list(const std::vector<MissionListItem>& items,
                                        const std::optional<std::string>& represents, std::size_t min_entries) {
  std::vector<Contact> out;
  // Items whose designation names no kind but that share the missions' shape
  // ("Russia - Kazan (Division)"): rows of kind `other` once the list counts.
  std::vector<bool> shaped_only;
  for (const MissionListItem& item : items) {
    const std::string text = collapse_spaces(item.text);
    std::optional<std::string> kind = find_kind(text);
    if (kind && *kind == "hotline") continue;
    const bool shaped = !kind && !closing_bracket(text).empty() && dash_parts(text);
    if (!kind && !shaped) continue;
    Contact c;
    c.kind = kind ? *kind : "other";
    c.name = text;
    c.line = item.line;
    if (const auto parts = dash_parts(text); parts && directory_country_code(parts->first)) {
      c.country = std::string(parts->first);
      std::string_view city = parts->second;
      if (const std::size_t bracket = city.find('('); bracket != std::string_view::npos) city = trim(city.substr(0, bracket));
      if (!city.empty() && !find_kind(city)) c.city = std::string(city);
    } else if (item.country) {
      c.country = item.country;
      c.city = words_after_kind(text);
    }
    if (c.country) c.country_code = directory_country_code(*c.country);
    if (!c.country_code) continue;
    c.represents_code = represented_state(text);
    if (!c.represents_code) c.represents_code = represents;
    if (item.link.starts_with("http://") || item.link.starts_with("https://")) c.websites.push_back(item.link);
    out.push_back(std::move(c));
    shaped_only.push_back(!kind);
  }
  const auto named = static_cast<std::size_t>(std::count(shaped_only.begin(), shaped_only.end(), false));
  if (named == 0 || named < min_entries || named * 2 < items.size()) return {};
  for (std::size_t k = 0; k < out.size(); ++k) out[k].seq = static_cast<int>(k) + 1;
  return out;
}

std::vector<Contact> parse_organisation_missions(const std::vector<MissionListItem>& items,
                                                 const std::optional<std::string>& represents) {
  std::vector<Contact> out;
  for (const MissionListItem& item : items) {
    const std::string text = collapse_spaces(item.text);
    std::optional<std::string> place = organisation_place(text);
    if (!place) continue;
    Contact c;
    c.kind = "permanent_mission";
    c.name = text;
    c.city = std::move(place);
    c.line = item.line;
    c.represents_code = represents;
    if (item.link.starts_with("http://") || item.link.starts_with("https://")) c.websites.push_back(item.link);
    out.push_back(std::move(c));
  }
  if (out.size() < 2 || out.size() * 2 < items.size()) return {};
  for (std::size_t k = 0; k < out.size(); ++k) out[k].seq = static_cast<int>(k) + 1;
  return out;
}

std::optional<std::string> list_represents(std::string_view text) {
  std::optional<std::string> found;
  for (const Line& line : split_lines(text)) {
    const std::string_view t = trim(line.text);
    if (t.empty() || t.size() > 80) continue;
    const std::vector<std::string> words = directory_words(t);
    bool names_missions = false;
    for (const std::string& w : words) {
      names_missions |= w == "missions" || w == "embassies" || w == "посольства" || w == "представительства" ||
                        w == "загранучреждения";
    }
    if (!names_missions || words.empty()) continue;
    const std::vector<std::string_view> printed = kind_word_spans(t);
    if (printed.empty()) continue;
    const std::optional<std::string> state = country_of_adjective(printed.front());
    if (!state) continue;
    if (found && *found != *state) return std::nullopt;
    found = state;
  }
  return found;
}

}  // namespace transcript
