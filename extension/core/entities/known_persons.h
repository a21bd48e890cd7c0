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
};

std::span<const KnownPersonName> known_person_names();

}  // namespace transcript
