// Gazetteers: sets of entities with their aliases, compiled once into one EntityMatcher.
//
// The built-in gazetteer (transcript_entities, and transcript_mentions without a
// gazetteer argument) holds:
//  - every country with its English and Russian names from the one country table
//    (entities/country_names.h: CLDR through ICU, iso-codes, and the forms they lack),
//    entity = the common English short name, code = ISO 3166-1 alpha-2;
//  - international organisations (entities/organisations.h), code = usual abbreviation;
//  - a modest list of people (entities/known_persons.h), matched in every form a page
//    mentions a person in (entities/entity_patterns.h).
// A user gazetteer is rows of (entity, alias, kind); kind "person" gives person patterns,
// anything else phrase patterns.
//
// Thread-safety: a Gazetteer is immutable once constructed. builtin_gazetteer() is built
// once per process on first use (thread-safe static) and shared by every connection; a
// user gazetteer belongs to one connection (rebuilt when its table changes).
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/entities/entity_matcher.h"
#include "core/entities/entity_patterns.h"
#include "core/entities/token_keys.h"

namespace transcript {

struct EntityRow {
  std::string entity;
  std::string kind;  // "country", "organisation", "person", or a user's kind ("" if none)
  std::string code;  // "" when none
  std::string alias;
  std::string lang;  // "en", "ru", or "" when unknown
};

// The rows of transcript_entities, one per alias, built once.
const std::vector<EntityRow>& builtin_entity_rows();

class Gazetteer {
 public:
  // A user gazetteer. Rows with an empty alias are skipped.
  Gazetteer(std::span<const EntityRow> rows, TokenKeyer& keyer);

  const EntityMatcher& matcher() const { return matcher_; }
  // Every pattern of one entity (target), for a query that names the entity.
  const std::vector<Pattern>& patterns_of(std::uint32_t target) const { return patterns_[target]; }

  // The entities whose aliases cover the whole of `phrase`, case ignored ("osce",
  // "Лукашенко", "Belarus"); empty when the phrase names none.
  std::vector<std::uint32_t> resolve(std::string_view phrase, TokenKeyer& keyer) const;

 private:
  friend const Gazetteer& builtin_gazetteer();
  Gazetteer() = default;
  void add(std::uint32_t target, std::vector<Pattern> patterns);
  // The patterns of an alias of an entity that is no person; a one-word name in Cyrillic or
  // Latin letters also bounds the target's one-word mentions in that script
  // (EntityMatcher::add_cyrillic_name, add_latin_name).
  void add_phrase(std::uint32_t target, const EntityRow& row, TokenKeyer& keyer);
  // The patterns of a person's name; a surname printed first (Chinese, Korean names) or a
  // woman's in -ова, -ева, -ина also bounds the person's one-word mentions (the surname
  // alone: EntityMatcher::add_surname_spelling, set_feminine_surname).
  // `offices`: KnownPersonName::offices (EntityMatcher::set_offices()).
  void add_person(std::uint32_t target, const PersonName& name, bool surname_first, std::string_view offices = {});

  EntityMatcher matcher_;
  std::vector<std::vector<Pattern>> patterns_;
  std::vector<std::string> target_keys_;
};

const Gazetteer& builtin_gazetteer();

}  // namespace transcript
