// International organisations that foreign-ministry pages name, with their English and
// Russian forms. No library holds these, so they are data, in one table
// (organisations.cc). Each row is one alias; `code` is the organisation's usual English
// abbreviation (or empty), the value of transcript_entities.code.
#pragma once

#include <span>
#include <string_view>

namespace transcript {

struct OrganisationAlias {
  const char* entity;  // canonical English name
  const char* code;    // usual English abbreviation, "" when none
  const char* lang;    // "en", "ru"
  const char* alias;
};

std::span<const OrganisationAlias> organisation_aliases();

// True when `word` is an organisation's abbreviation as the table prints it in capitals
// ("NATO", "OSCE", "UNESCO", "ОБСЕ", "ЮНЕСКО"): a word that keeps its capitals where a
// label in capitals is put in name case.
bool is_organisation_abbreviation(std::string_view word);

}  // namespace transcript
