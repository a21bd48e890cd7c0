// A modest list of people that foreign-ministry pages name, with the parts of their names
// in English and Russian (known_persons.cc). Parts, not whole strings, because order is
// not universal (Xi Jinping, Kim Jong Un put the surname first) and the patterns need to
// know which word is the surname. Any other person can still be found by name
// (transcript_find) or given in a user gazetteer.
#pragma once

#include <span>

namespace transcript {

struct KnownPersonName {
  const char* entity;      // canonical English name
  const char* lang;        // "en", "ru"
  const char* given;       // may hold two words ("Recep Tayyip"); "" when none
  const char* patronymic;  // "" when none
  const char* surname;
  bool surname_first;      // printed surname first (Chinese, Korean names)
  // For a surname many others bear or that is a word (Rice, Gates, Brown, Kim, Wang): the
  // offices and ranks the person is named by, folded, one word each, space-separated
  // ("secretary state adviser"). An office before the surname alone must be one of them:
  // "Secretary Rice" is Condoleezza Rice, "Ambassador Rice" is not. "" (most people):
  // any office.
  const char* offices = "";
};

std::span<const KnownPersonName> known_person_names();

}  // namespace transcript
