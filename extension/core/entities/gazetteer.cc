#include "core/entities/gazetteer.h"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

#include "core/entities/analyzed_text.h"
#include "core/entities/common_words.h"
#include "core/entities/country_names.h"
#include "core/entities/known_persons.h"
#include "core/entities/organisations.h"
#include "core/entities/person_name.h"

namespace transcript {
namespace {

std::string join_name(const KnownPersonName& p) {
  std::string out;
  auto add = [&](const char* part) {
    if (!*part) return;
    if (!out.empty()) out += ' ';
    out += part;
  };
  if (p.surname_first) {
    add(p.surname);
    add(p.given);
  } else {
    add(p.given);
    add(p.patronymic);
    add(p.surname);
  }
  return out;
}

}  // namespace

const std::vector<EntityRow>& builtin_entity_rows() {
  static const std::vector<EntityRow> rows = [] {
    std::vector<EntityRow> out;
    std::set<std::string> seen;  // entity + alias + lang: CLDR repeats some forms
    auto add = [&](EntityRow row) {
      if (seen.insert(row.entity + '\x1f' + row.alias + '\x1f' + row.lang).second) {
        out.push_back(std::move(row));
      }
    };
    // The English and Russian rows of the one country table (country_names.h); the other
    // languages serve whole-name look-ups only ("Island" is Iceland in German and a word
    // in English).
    for (const CountryForm& f : country_forms()) {
      if (f.lang != "en" && f.lang != "ru") continue;
      add({country_entity_name(f.code), "country", f.code, f.name, f.lang});
    }
    for (const OrganisationAlias& a : organisation_aliases()) {
      add({a.entity, "organisation", a.code, a.alias, a.lang});
    }
    for (const KnownPersonName& p : known_person_names()) {
      add({p.entity, "person", "", join_name(p), p.lang});
    }
    return out;
  }();
  return rows;
}

void Gazetteer::add(std::uint32_t target, std::vector<Pattern> patterns) {
  for (Pattern& p : patterns) {
    matcher_.add_pattern(p, target);
    patterns_[target].push_back(std::move(p));
  }
}

void Gazetteer::add_phrase(std::uint32_t target, const EntityRow& row, TokenKeyer& keyer) {
  add(target, alias_patterns(row.alias, row.kind, keyer, /*case_rules=*/true));
  AnalyzedText text;
  text.analyze(row.alias);
  if (text.size() == 1 && text.words()[0].script == WordScript::kCyrillic && !text.shape(0).all_caps) {
    matcher_.add_cyrillic_name(target, text.word(0));
  }
  if (text.size() == 1 && text.words()[0].script == WordScript::kLatin) matcher_.add_latin_name(target, text.word(0));
  if (text.size() == 1 && text.shape(0).all_caps && row.kind == "organisation") {
    matcher_.add_acronym(target, text.word(0), text.words()[0].script);
  }
}

void Gazetteer::add_person(std::uint32_t target, const PersonName& name, bool surname_first,
                           std::string_view offices) {
  add(target, person_patterns(name, /*case_rules=*/true));
  if (name.surname < 0) return;
  matcher_.set_person(target);
  matcher_.set_offices(target, offices);
  for (int k : name.given) matcher_.set_person(target, name.words[k].folded, name.words[k].script);
  const NameWord& surname = name.words[name.surname];
  if (surname_first) matcher_.add_surname_spelling(target, surname.folded);
  // A woman's surname (Захарова, Кравцова, Матвеева, Собянина, Ахмадулина, Волынская) by its
  // Russian spelling.
  if (surname.script == WordScript::kCyrillic && is_common_word(surname.folded)) {
    for (std::string_view ending : {"ый", "ий", "ой"}) {
      if (surname.folded.ends_with(ending)) matcher_.set_adjective_surname(target);
    }
  }
  if (surname.script == WordScript::kCyrillic) {
    for (std::string_view ending : {"ова", "ева", "ёва",
                                    "ина", "ына", "ая"}) {
      if (surname.folded.ends_with(ending)) matcher_.set_feminine_surname(target);
    }
  }
}

Gazetteer::Gazetteer(std::span<const EntityRow> rows, TokenKeyer& keyer) {
  std::unordered_map<std::string, std::uint32_t> targets;
  for (const EntityRow& row : rows) {
    if (row.alias.empty()) continue;
    const std::string key = row.entity + '\x1f' + row.kind;
    auto it = targets.find(key);
    std::uint32_t target;
    if (it == targets.end()) {
      target_keys_.push_back(key);
      patterns_.emplace_back();
      target = matcher_.add_target({row.entity, row.kind, row.code});
      targets.emplace(key, target);
    } else {
      target = it->second;
    }
    if (row.kind == "person") {
      add_person(target, parse_person_name(row.alias), /*surname_first=*/false);
    } else {
      add_phrase(target, row, keyer);
    }
  }
}

std::vector<std::uint32_t> Gazetteer::resolve(std::string_view phrase, TokenKeyer& keyer) const {
  AnalyzedText text;
  text.analyze(phrase);
  std::vector<MatchSpan> spans;
  matcher_.scan(text, keyer, spans, ScanMode::kQuery);
  std::vector<std::uint32_t> out;
  if (spans.size() == 1 && spans[0].first_word == 0 && spans[0].end_word == text.size()) {
    out.push_back(spans[0].target);
  }
  return out;
}

const Gazetteer& builtin_gazetteer() {
  static const Gazetteer gazetteer = [] {
    Gazetteer g;
    TokenKeyer keyer;
    std::unordered_map<std::string, std::uint32_t> targets;
    auto target = [&](const EntityRow& row) {
      const std::string key = row.entity + '\x1f' + row.kind;
      auto it = targets.find(key);
      if (it != targets.end()) return it->second;
      g.target_keys_.push_back(key);
      g.patterns_.emplace_back();
      const std::uint32_t t = g.matcher_.add_target({row.entity, row.kind, row.code});
      targets.emplace(key, t);
      return t;
    };
    // Persons first from their parts (the rows only hold the joined names).
    std::map<std::string, const KnownPersonName*> persons;
    for (const KnownPersonName& p : known_person_names()) persons[std::string(p.entity) + '\x1f' + join_name(p)] = &p;
    for (const EntityRow& row : builtin_entity_rows()) {
      const std::uint32_t t = target(row);
      if (row.kind == "person") {
        const KnownPersonName* p = persons.at(row.entity + '\x1f' + row.alias);
        g.add_person(t, person_name_from_parts(p->given, p->patronymic, p->surname), p->surname_first, p->offices);
      } else {
        g.add_phrase(t, row, keyer);
      }
    }
    return g;
  }();
  return gazetteer;
}

}  // namespace transcript
